"""Merge the per-article views of an entity into one description per key."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.errors import ValidationError
from kg.vocab import entity_iri
from kg.types import ArticleFacts, Entity


def _mentioned(result: ArticleFacts) -> Iterator[Entity]:
    """Listed entities first, then any that only appear inside facts."""
    yield from result.entities
    for fact in result.facts:
        yield fact.subject
        if isinstance(fact.object, Entity):
            yield fact.object


def merged_entities(results: Iterable[ArticleFacts]) -> list[Entity]:
    """One entity per key, sorted by key; the first seen (in the given order) sets type and label.

    Aliases and extra labels are united, since each article may have seen other surface forms.
    """
    merged: dict[str, Entity] = {}
    for result in results:
        for entity in _mentioned(result):
            first = merged.setdefault(entity.key, entity)
            if first is not entity:
                merged[entity.key] = replace(
                    first, aliases=first.aliases | entity.aliases,
                    labels=first.labels + tuple(p for p in entity.labels if p not in first.labels),
                    wikidata=first.wikidata or entity.wikidata)
    _check_distinct_iris(merged)
    return [merged[key] for key in sorted(merged)]


def _check_distinct_iris(entities: dict[str, Entity]) -> None:
    """Slugging is not injective ("a b" and "a-b"); two keys sharing an IRI would fuse two things."""
    seen: dict[str, str] = {}
    for key in entities:
        other = seen.setdefault(entity_iri(key), key)
        if other != key:
            raise ValidationError(f"entity keys {other!r} and {key!r} map to the same IRI {entity_iri(key)}")
