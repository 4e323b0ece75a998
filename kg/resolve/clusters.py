"""Grouping the mentions of one article into clusters that name the same thing.

Rules, in order: the same gazetteer entry; the same type group and lemma key; another name an
extractor gave both (a post's names); an abbreviation equal to the initials of a longer name; a
person's shorter name (surname, given name, first name + surname, initials) of one fuller name;
a name in Latin letters in brackets right after a name of the same type group («Дэвид Эберсман (David Ebersman)»); an organization's or
event's shorter name inside a fuller one (kg.resolve.containment); role phrases ("Глава
государства", "организация", "мероприятие") to the article's dominant person, country,
organization or event. Role phrases with no clear referent stay unresolved.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kg.resolve.containment import EVENT, ORGANIZATION, event_reference_target, merge_contained
from kg.gazetteer.gazetteer import GazetteerEntry
from kg.resolve.keys import type_group
from kg.nlp.base import fold
from kg.resolve.lemmas import initials, is_abbreviation
from kg.resolve.lexicon import Lexicon
from kg.types import Lemmatize, Mention


INTERNATIONAL = "IntergovernmentalOrganization"
BRACKET_AFTER = re.compile(r" ?\( ?")
MIN_SURNAME_STEM = 4   # «яров» of «яровой»; shorter stems are too many names' («ким», «ли»)
GATHERINGS = {"Event", "Meeting", "Summit"}     # event classes a bare «мероприятие», «заседание» may mean


@dataclass(frozen=True)
class Reading:
    """One mention as resolution sees it."""

    mention: Mention
    key: str                          # lemma key of its normal form
    entry: GazetteerEntry | None      # gazetteer link, if any
    role: str | None = None           # a role phrase: the type group of the dominant entity it means

    @property
    def is_role(self) -> bool:
        return self.role is not None

    @property
    def group(self) -> str:
        return type_group(self.mention.label)


class _Partition:
    """Union-find over reading indices."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        self.parent[self.find(second)] = self.find(first)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for item in range(len(self.parent)):
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())


def cluster(readings: Sequence[Reading], lexicon: Lexicon, lemmatize: Lemmatize, text: str = "") -> list[list[int]]:
    """Index lists of readings that corefer (`text`: the article's, which the mentions' offsets
    index); unresolved role phrases are left out."""
    partition = _Partition(len(readings))
    named = [i for i, reading in enumerate(readings) if not reading.is_role]
    _merge_same_name(readings, named, partition)
    _merge_bracketed_transliterations(readings, named, partition, text)
    _merge_shared_aliases(readings, named, partition, lemmatize)
    _merge_abbreviations(readings, named, partition, lexicon)
    _merge_short_person_names(readings, named, partition, lexicon.surname_endings)
    merge_contained(readings, named, partition, lexicon.dominance_ratio, lexicon.events.place_prepositions)
    _merge_capitalized_references(readings, named, partition, lexicon)
    groups = [g for g in partition.groups() if not readings[g[0]].is_role]
    _attach_named_event_references(readings, groups)
    for role_group in {reading.role for reading in readings if reading.is_role}:
        dominant = _dominant(readings, groups, role_group, lexicon)
        if role_group == ORGANIZATION:
            dominant = _main_international_organization(readings, groups) or dominant
        for i in (i for i, reading in enumerate(readings) if reading.role == role_group and not _placed(i, groups)):
            if dominant is not None:
                dominant.append(i)
    return [sorted(group) for group in groups]


def _attach_named_event_references(readings, groups: list[list[int]]) -> None:
    """A bare «саммит» joins the event whose name has that noun («саммит государств ГУАМ») first, so
    that the event it names counts it when the article's dominant event is chosen for a bare noun
    no name has («Для участия в форуме …» after «открывается саммит …», «саммита», «саммита»)."""
    events = [g for g in groups if _is_of(readings, g, EVENT)]
    for i in (i for i, reading in enumerate(readings) if reading.role == EVENT):
        target = event_reference_target(readings, i, events)
        if target is not None:
            target.append(i)


def _placed(index: int, groups: list[list[int]]) -> bool:
    return any(index in group for group in groups)


def _merge_capitalized_references(readings, named, partition, lexicon: Lexicon) -> None:
    """«председательствовать в Организации»: a capitalized «Организация», «Содружество» that no fuller
    name of the article contains is the article's intergovernmental organization."""
    alone = [i for i in named if readings[i].group == ORGANIZATION and readings[i].entry is None
             and readings[i].key in lexicon.organization_references
             and sum(partition.find(j) == partition.find(i) for j in named) == 1]
    if not alone:
        return
    groups = [g for g in partition.groups() if not readings[g[0]].is_role]
    main = _main_international_organization(readings, groups)
    for i in alone:
        if main is not None:
            partition.union(main[0], i)


def _merge_same_name(readings, named, partition) -> None:
    first_with: dict[tuple[str, str], int] = {}
    for i in named:
        reading = readings[i]
        identity = ("entry", reading.entry.key) if reading.entry else (reading.group, reading.key)
        partition.union(first_with.setdefault(identity, i), i)


def _merge_bracketed_transliterations(readings, named, partition, text: str) -> None:
    """«Дэвид Эберсман (David Ebersman)», «Форин-офис (Foreign Office)»: the original spelling in
    brackets right after a name is another name of the same thing."""
    by_start = {readings[i].mention.start: i for i in named}
    for i in named:
        name = readings[i].mention
        opening = BRACKET_AFTER.match(text, name.end)
        j = by_start.get(opening.end()) if opening else None
        if j is None or readings[j].group != readings[i].group or not is_latin(readings[j].mention.text):
            continue
        if is_latin(name.text) or not text.startswith(")", readings[j].mention.end):
            continue
        partition.union(i, j)


def is_latin(name: str) -> bool:
    """Written in Latin letters only (digits and punctuation aside)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


def _merge_shared_aliases(readings, named, partition, lemmatize: Lemmatize) -> None:
    """"министр иностранных дел России" joins "министр иностранных дел Российской Федерации" when
    the extractor named both with the same other name ("министр иностранных дел Россия")."""
    first_with: dict[tuple[str, str], int] = {}
    for i in named:
        reading = readings[i]
        for alias in reading.mention.aliases:
            identity = (reading.group, lemmatize(alias))
            partition.union(first_with.setdefault(identity, i), i)


def _merge_abbreviations(readings, named, partition, lexicon: Lexicon) -> None:
    """"ШОС" joins "Шанхайская организация сотрудничества" when its letters are the initials."""
    for i in named:
        short = readings[i]
        if short.entry or not is_abbreviation(short.mention.text):
            continue
        letters = fold(short.mention.text)
        targets = {partition.find(j) for j in named
                   if j != i and readings[j].group == short.group and len(readings[j].key.split()) > 1
                   and initials(readings[j].key, lexicon.initials_skip) == letters}
        if len(targets) == 1:
            partition.union(targets.pop(), i)


def _merge_short_person_names(readings, named, partition, endings: frozenset[str] = frozenset()) -> None:
    """"Токаев" joins "Касым-Жомарт Токаев" when exactly one fuller name in the article fits
    (`_is_fuller_name`). Longer names join first, so the fuller names of one person are one
    target when a bare surname comes («Борис Грызлов», «Грызлов Борис Вячеславович», «Грызлов»).
    A gazetteer name of several words joins only a fuller name no entry links («Сергей Лавров» and
    «Лавров Сергей Викторович»): two entries are two people. A name whose own cluster has a
    fuller name already joins no other («Лукашенко», linked with «А. Лукашенко», and «Виктор
    Лукашенко»). Where no fuller name has the short name's words as they are, one that has them up
    to a surname's ending is its fuller name, on the same terms (`endings`: «Яровой», read alone as
    «яров», of «Ирина Яровая», «ирина яровой»)."""
    people = [i for i in named if readings[i].group == "person"]
    for i in sorted(people, key=lambda i: -len(readings[i].key.split())):
        short, own = readings[i].key.split(), partition.find(i)
        targets = _fuller_name_targets(readings, people, partition, short, _same_word)
        if not targets and endings:
            targets = _fuller_name_targets(readings, people, partition, short,
                                           lambda word, other: _same_surname(word, other, endings))
        if readings[i].entry and len(short) > 1:
            targets -= {partition.find(j) for j in people if readings[j].entry} - {own}
        if len(targets) == 1 and own not in targets:
            partition.union(targets.pop(), i)


def _fuller_name_targets(readings, people, partition, short: list[str], same) -> set[int]:
    return {partition.find(j) for j in people if _is_fuller_name(readings[j].key.split(), short, same)}


def _same_word(word: str, other: str) -> bool:
    return word == other


def _same_surname(word: str, other: str, endings: frozenset[str]) -> bool:
    """Whether two lemmas are one surname with other endings («яров», «яровой»): a common stem of at least four letters, each rest a listed ending. A given name is
    not a surname's stem («иван», «иванов»: «ов» is no ending)."""
    if word == other:
        return True
    stem = len(os.path.commonprefix([word, other]))
    return stem >= MIN_SURNAME_STEM and word[stem:] in endings and other[stem:] in endings


def _is_fuller_name(full: list[str], short: list[str], same=_same_word) -> bool:
    """Whether the lemma words `short` name the person `full` names, with fewer words or initials:
    the surname («Токаев»), the given name («Хиллари» of «Хиллари Клинтон»), a surname with
    initials («Э. Уитакер» of «Эдвард Уитакер»), a name the fuller one gives surname first
    («Борис Грызлов» of «Грызлов Борис Вячеславович»). Each word of `short` matches its own word
    of `full` (`same`: the last word, a surname, may differ in its ending; a given name may not, «Александра»
    is not «Александр»), and one of them is the first or last word of `full` (not a middle name alone)."""
    unmatched = list(full)
    initials_used = False
    anchored = False
    for word in sorted(short, key=len, reverse=True):        # whole words before initials
        if (match := next((w for w in unmatched if w == word or len(word) > 1 and w == full[-1] and same(word, w)),
                          None)):
            unmatched.remove(match)
            anchored = anchored or (len(word) > 1 and match in (full[0], full[-1]))
        elif len(word) == 1 and (match := next((w for w in unmatched if len(w) > 1 and w[0] == word), None)):
            unmatched.remove(match)
            initials_used = True
        else:
            return False
    return anchored and (len(full) > len(short) or initials_used)


def _dominant(readings, groups, group: str, lexicon: Lexicon) -> list[int] | None:
    """The cluster of a type group ("person", "country") with clearly the most mentions, if any; of
    events, only gatherings compete (a «мероприятие» is no «конфликт на Украине»)."""
    ranked = sorted((g for g in groups if _is_of(readings, g, group) and (group != EVENT or _is_gathering(readings, g))),
                    key=len, reverse=True)
    if not ranked:
        return None
    runner_up = len(ranked[1]) if len(ranked) > 1 else 0
    return ranked[0] if len(ranked[0]) >= lexicon.dominance_ratio * runner_up else None


def _main_international_organization(readings, groups) -> list[int] | None:
    """«организация», «объединение» in news about international organizations: the most mentioned
    intergovernmental organization the article names (the earliest on a tie)."""
    international = [g for g in groups if any(readings[i].entry is not None and readings[i].entry.type == INTERNATIONAL
                                              for i in g)]
    return max(international, key=lambda g: (len(g), -min(readings[i].mention.start for i in g)), default=None)


def _is_of(readings, cluster_: list[int], group: str) -> bool:
    # A state-speaking pronoun ("мы") may only mean a country, never a city or region.
    if group == "country":
        return any(readings[i].mention.label == "Country" or
                   (readings[i].entry is not None and readings[i].entry.type == "Country") for i in cluster_)
    return readings[cluster_[0]].group == group


def _is_gathering(readings, cluster_: list[int]) -> bool:
    return any(readings[i].mention.label in GATHERINGS for i in cluster_)


def most_common_label(readings: Sequence[Reading]) -> str:
    """The class most mentions of a cluster carry (first seen wins ties)."""
    counts = Counter(reading.mention.label for reading in readings)
    return max(counts, key=lambda label: (counts[label], -_first_index(readings, label)))


def _first_index(readings, label: str) -> int:
    return next(i for i, reading in enumerate(readings) if reading.mention.label == label)
