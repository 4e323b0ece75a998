"""Turning a cluster of mention readings into one `Entity` with a global key."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kg.resolve.clusters import Reading, most_common_label
from kg.resolve.keys import local_key, type_group
from kg.resolve.linking import is_acronym

ORGANIZATION, PLACE = "organization", "place"     # type groups (kg.resolve.keys)
from kg.types import Entity


def make_entity(readings: Sequence[Reading]) -> Entity:
    """A linked cluster takes the gazetteer's key, type and labels; others their fullest name."""
    names = [r for r in readings if not r.is_role]
    aliases = _aliases(names)
    entry = next((r.entry for r in names if r.entry), None)
    if entry:
        return entry.entity(aliases)
    best = _fullest_name(names)
    label_type = _acronym_type(names, best) or most_common_label(names)
    return Entity(key=local_key(label_type, best.key), type=label_type,
                  label=best.mention.normal or best.mention.text, aliases=aliases)


def _acronym_type(names: Sequence[Reading], best: Reading) -> str | None:
    """An unknown acronym the NER read now as a place, now as an organization («ГУАМ») is the
    organization: places the gazetteer does not know are rarely written in capitals."""
    if not is_acronym(best.mention.text):
        return None
    organizations = [r.mention.label for r in names if type_group(r.mention.label) == ORGANIZATION]
    places = [r for r in names if type_group(r.mention.label) == PLACE]
    return Counter(organizations).most_common(1)[0][0] if organizations and places else None


def _aliases(names: Sequence[Reading]) -> frozenset[str]:
    """Surface forms, normal forms and the other names extractors gave (role phrases and pronouns
    are no names); a normal form that differs from a surface form only in case adds nothing."""
    surfaces = {r.mention.text for r in names}
    folded = {text.casefold() for text in surfaces}
    normals = {r.mention.normal for r in names if r.mention.normal and r.mention.normal.casefold() not in folded}
    given = {alias for r in names for alias in r.mention.aliases}
    return frozenset(surfaces | normals | given)


def _fullest_name(readings: Sequence[Reading]) -> Reading:
    """The name with most words, then the most frequent, then the first: "Касым-Жомарт Токаев"."""
    counts = Counter(r.key for r in readings)
    order = {reading.key: -i for i, reading in reversed(list(enumerate(readings)))}
    return max(readings, key=lambda r: (len(r.key.split()), counts[r.key], order[r.key]))


def merge_same_key(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Clusters that still got the same key (rare) become one entity with all their aliases."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        known = merged.get(entity.key)
        merged[entity.key] = entity if known is None else Entity(
            key=known.key, type=known.type, label=known.label, aliases=known.aliases | entity.aliases,
            wikidata=known.wikidata, lang=known.lang, labels=known.labels)
    return merged
