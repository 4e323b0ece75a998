"""Linking the names of one article to gazetteer entries.

A name links when its lemma key is a name of exactly one entry of a compatible type. Short,
ambiguous names ("Совет", "Союз", "Альянс") link only when a full name of the same entry is
linked elsewhere in the same article.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.gazetteer.gazetteer import Gazetteer, GazetteerEntry, NameMatch
from kg.resolve.keys import can_link, type_group
from kg.types import Lemmatize


@dataclass(frozen=True)
class Name:
    """What linking needs of a mention: its lemma key and its NER/extractor class."""

    key: str
    label: str
    acronym: bool = False       # written in capitals («ГУАМ», «ШОС»)
    located: bool = False       # after a preposition of place («в Белом доме», «перед Кремлём»)


def link_names(names: Sequence[Name], gazetteer: Gazetteer,
               lemmatize: Lemmatize) -> list[GazetteerEntry | None]:
    """The entry each name links to (None: unknown or ambiguous), in input order."""
    matches = [_compatible(name, gazetteer.matches(name.key, lemmatize), lemmatize) for name in names]
    firm = [_single([m for m in found if not m.context_only], name) for name, found in zip(names, matches)]
    linked_here = {entry.key for entry in firm if entry}
    return [entry or _single([m for m in found if m.entry.key in linked_here], name)
            for entry, name, found in zip(firm, names, matches)]


INTERGOVERNMENTAL = "IntergovernmentalOrganization"


def _compatible(name: Name, found: tuple[NameMatch, ...], lemmatize: Lemmatize) -> list[NameMatch]:
    return [match for match in found if can_link(name.label, match.entry.type)
            and not _place_word_as_organization(name, match.entry, lemmatize)
            and not (name.located and name.key in {lemmatize(m) for m in match.entry.metonyms})
            and not (name.acronym and not _has_acronym(match.entry))]


def _has_acronym(entry: GazetteerEntry) -> bool:
    """An acronym («ГУАМ», the organization) names no entry spelt only as a word («Гуам», the island)."""
    return any(is_acronym(name) for name in (entry.ru, *entry.abbreviations, *entry.aliases))


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _place_word_as_organization(name: Name, entry: GazetteerEntry, lemmatize: Lemmatize) -> bool:
    """A one-word place ("в Москве") is the place, not a club or company of the same name; only
    an abbreviation the NER took for a place ("СНГ"), a metonym ("Кремль") or a one-word alias of
    an intergovernmental organization ("вступила в Евросоюз": no place bears such a name) may still
    name an organization."""
    own_words = (*entry.abbreviations, *entry.metonyms,
                 *(entry.aliases if entry.type == INTERGOVERNMENTAL else ()))
    return (type_group(name.label) == "place" and type_group(entry.type) == "organization"
            and len(name.key.split()) == 1
            and name.key not in {lemmatize(short) for short in own_words})


def is_located(text: str, start: int, prepositions: frozenset[str]) -> bool:
    """Whether the word right before `start` is a preposition of place (`prepositions`, the
    language's coreference lexicon): «в Белом доме»."""
    before = text[max(0, start - 20):start]
    words = re.findall(r"\w+", before)
    return bool(words) and before[-1:].isspace() and before.rstrip().endswith(words[-1]) \
        and words[-1].lower() in prepositions


def _single(found: list[NameMatch], name: Name) -> GazetteerEntry | None:
    """The one entry meant, preferring the mention's own type group; None when still ambiguous."""
    entries = {match.entry.key: match.entry for match in found}
    if len(entries) > 1:
        same_group = [e for e in entries.values() if type_group(e.type) == type_group(name.label)]
        entries = {entry.key: entry for entry in same_group}
    return next(iter(entries.values())) if len(entries) == 1 else None
