"""Events of one article: their own node per article, and their names with either name of their organization.

An event is an occurrence reported by one article, so its key is scoped to the article: «саммит
ШОС» of 2007 and of 2024 are two nodes, and the bare «саммит» of one article never merges with
another article's. An event named with its organization («7-е заседание Совета глав
государств-участников Шанхайской организации сотрудничества») is also known by the other names
the article gives that organization («… ШОС»), and one named with its place («саммит ОДКБ в
Минске») by the name without it, and without the ordinals and adjectives before its head
(«двухдневный саммит ШОС» is also «саммит ШОС»), without who took part («… с участием лидеров»), and
with the article's organization for a common noun standing for it («саммит организации» is also
«саммит ОДКБ»); these variants join its aliases.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from kg.resolve.keys import type_group
from kg.resolve.lexicon import EventNaming
from kg.types import Entity, Mention

EVENT = "event"
INTERGOVERNMENTAL = "IntergovernmentalOrganization"
RENAMED = {EVENT, "document"}            # type groups whose names may hold organizations and places
PARENTHESIS = re.compile(r"\s*\([^()]*\)")


def is_event(entity: Entity) -> bool:
    return type_group(entity.type) == EVENT


def scoped_key(key: str, article_id: str) -> str:
    """«event/sammit-shos» → «event/<article id>/sammit-shos»."""
    group, _, rest = key.partition("/")
    return f"{group}/{article_id}/{rest}"


def with_name_variants(entity_of: Mapping[Mention, Entity], mentions: Sequence[Mention], naming: EventNaming,
                       reference: Callable[[str], bool] = lambda word: False) -> dict[Mention, Entity]:
    """Every event and document gets, as aliases, its names with each organization in them renamed by
    the article's other names for it, without a parenthesis inside («… в парламентской ассамблее (ПА)
    …»), and for an event without the place it ends with («саммит ОДКБ в Минске» is also «саммит ОДКБ»)."""
    organizations = {e.key: e for e in entity_of.values() if type_group(e.type) == "organization"}
    places = [m for m in mentions if m in entity_of and type_group(entity_of[m].type) == "place"]
    variants: dict[str, set[str]] = {}
    main = _main_organization(entity_of)
    for named in (m for m in mentions if m in entity_of and type_group(entity_of[m].type) in RENAMED):
        name = named.normal or named.text
        found = variants.setdefault(entity_of[named].key, set())
        for organization in organizations.values():
            names = {organization.label, *organization.aliases}
            for known in (n for n in names if len(n) > 1 and n in name):
                found.update(name.replace(known, other) for other in names - {known})
        if is_event(entity_of[named]):
            found.update(_without_place(name, named, places, naming))
            found.update(v for n in {name, *found} for v in _with_organization(n, main, reference))
            found.update(_shorter_names({name, *found}, naming))
        found.update(variant for variant in (PARENTHESIS.sub("", n).strip() for n in {name, *found}) if variant != name)
    for key, nouns in _bare_nouns(entity_of).items():
        found = variants.setdefault(key, set())
        found.update(_with_head(n, noun, naming) for n in set(found) for noun in nouns if len(n.split()) > 1)
    renamed = {key: names - {""} for key, names in variants.items() if names}
    return {m: replace(e, aliases=e.aliases | renamed[e.key]) if e.key in renamed else e
            for m, e in entity_of.items()}


def _main_organization(entity_of: Mapping[Mention, Entity]) -> Entity | None:
    """The intergovernmental organization the article names most often, when one does."""
    counts = Counter(e.key for e in entity_of.values() if e.type == INTERGOVERNMENTAL)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(e for e in entity_of.values() if e.key == ranked[0][0])


def _with_organization(name: str, organization: Entity | None, reference: Callable[[str], bool]) -> set[str]:
    """«саммит организации в Бишкеке» in an article about the ОДКБ → «саммит ОДКБ в Бишкеке», …: a
    common noun standing for the article's organization inside an event's name, replaced by its names."""
    names = {organization.label, *organization.aliases} if organization is not None else set()
    if not names or any(own in name for own in names):
        return set()          # named with the organization already («саммит Шанхайской организации …»)
    words = name.split()
    at = [i for i, word in enumerate(words) if word[:1].islower() and reference(word)]
    return {" ".join([*words[:i], other, *words[i + 1:]])
            for i in at[:1] for other in names}


def _shorter_names(names: set[str], naming: EventNaming) -> set[str]:
    """The names and every shorter name an event is called by, each cut applied to the others' results too
    («двухдневный саммит стран «Большой двадцатки»» → «саммит стран …» → «саммит «Большой двадцатки»»)."""
    found = set(names)
    for _ in range(MAX_CUTS):
        cut = {PARENTHESIS.sub("", n).strip() for n in found} | {naming.participants.sub("", n) for n in found}
        cut |= {variant for n in found for variant in _without_member_states(n, naming)}
        cut |= {variant for n in found if (variant := _without_modifiers(n, naming))}
        if cut <= found:
            break
        found |= cut
    return found


def _without_member_states(name: str, naming: EventNaming) -> set[str]:
    """«Совет глав правительств государств-членов ШОС» → «Совет глав правительств ШОС», «Совет глав
    государств — членов ШОС» → «Совет глав государств ШОС», «саммит государств ГУАМ» → «саммит ГУАМ»:
    the member states an organization's body or meeting is named with are often left out."""
    found = {naming.member_states.sub("", name), naming.member_suffix.sub(r"\1", name),
             naming.of_states.sub(r"\1 ", name)}
    return {variant for variant in found if variant != name}


def _bare_nouns(entity_of: Mapping[Mention, Entity]) -> dict[str, set[str]]:
    """The one-word nouns («заседание», «форум») an article's event is also called by."""
    found: dict[str, set[str]] = {}
    for mention, entity in entity_of.items():
        words = (mention.normal or mention.text).split()
        if is_event(entity) and len(words) == 1 and words[0].isalpha():
            found.setdefault(entity.key, set()).add(words[0].lower())
    return found


def _with_head(name: str, noun: str, naming: EventNaming) -> str:
    """«переговоры лидеров стран ОДКБ» called «заседание» → «заседание лидеров стран ОДКБ»: the
    event's name with the noun it is also called by in place of its head (the leading modifiers off)."""
    while (shorter := _without_modifiers(name, naming)) is not None:
        name = shorter
    words = name.split()
    return " ".join([noun, *words[1:]])


def _without_modifiers(name: str, naming: EventNaming) -> str | None:
    """«двухдневный саммит ШОС» → «саммит ШОС», «XVI саммит БРИКС» → «саммит БРИКС»: the name without
    its first ordinal or descriptive adjective (repeated by `_shorter_names` down to its head noun,
    the shortest phrase it is called by)."""
    words = name.split()
    if len(words) > 1 and naming.leading_modifier.fullmatch(words[0]):
        return " ".join(words[1:])        # one at a time: «очередное десятое заседание» is also «десятое заседание»
    return None


def _without_place(name: str, event: Mention, places: Sequence[Mention], naming: EventNaming) -> list[str]:
    """«саммит ОДКБ в Минске» → «саммит ОДКБ», also with a date after the place («заседание Высшего
    Евразийского экономического совета в Минске 10 октября» → «заседание … совета»): the name up to a
    place the article names inside it."""
    inside = [place.text for place in places if event.start < place.start and place.end <= event.end]
    found = []
    for place in inside:
        for preposition in naming.place_prepositions:
            cut = name.find(f" {preposition} {place}")
            if cut > 0:
                found.append(name[:cut])
    return found


MAX_CUTS = 4
