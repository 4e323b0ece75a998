"""The resolve stage's language data: the coreference lexicon (resources/<lang>/coreference.yml), phrases
as lemma keys, and how event names shorten (resources/<lang>/event_names.yml)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.resources import load_yaml
from kg.types import Lemmatize


@dataclass(frozen=True)
class EventNaming:
    """The cuts that turn an event's name into the shorter names an article calls it by."""
    leading_modifier: re.Pattern[str]   # a first word that may go: an ordinal or an adjective
    participants: re.Pattern[str]       # who took part, at the name's end
    member_states: re.Pattern[str]      # the member states a body or meeting is named with
    member_suffix: re.Pattern[str]
    of_states: re.Pattern[str]
    place_prepositions: tuple[str, ...]


@lru_cache(maxsize=8)
def load_event_naming(lang: str) -> EventNaming:
    raw = load_yaml("resolve", "event_names.yml", lang)

    def pattern(name: str) -> re.Pattern[str]:
        return re.compile(raw[name].replace("{members}", raw["members"]))
    return EventNaming(leading_modifier=pattern("leading_modifier"), participants=pattern("participants"),
                       member_states=pattern("member_states"), member_suffix=pattern("member_suffix"),
                       of_states=pattern("of_states"), place_prepositions=tuple(raw["place_prepositions"]))


@dataclass(frozen=True)
class Lexicon:
    head_of_state: frozenset[str]      # lemma keys of role phrases
    organization_references: frozenset[str]   # «организация», «объединение»: the article's organization
    event_references: frozenset[str]   # «мероприятие»: the article's event
    event_deictics: frozenset[str]     # «нынешняя сессия», «этот саммит»: the article's event too
    our_state: frozenset[str]          # lemma keys of pronouns that speak for the dominant country
    state_side_nouns: frozenset[str]   # lemma keys of nouns after a state adjective
    dominance_ratio: float
    initials_skip: frozenset[str]
    events: EventNaming                # how an event's name shortens (event_names.yml)
    building_prepositions: frozenset[str] = frozenset()   # «в Кремле»: a metonym names the building
    surname_endings: frozenset[str] = frozenset()   # «усманов» / «усманова»: one surname (kg.resolve.clusters)

    def role_group(self, group: str, lemma_key: str, normal: str) -> str | None:
        """What a role phrase stands for ("person", "country"), "description" for a description
        of a person that names nobody ("президент США" with no name beside it), or None for a name.

        Descriptions are left unresolved: "Путин встретился с президентом США" must not make the
        article's main person president of the USA, and a node "президент США" would merge every
        president of the USA in the corpus into one Person.
        """
        if group == "person" and lemma_key in self.head_of_state and not _plural(normal, lemma_key):
            return "person"
        if group == "person" and normal[:1].islower():
            return "description"
        if group == "place" and lemma_key in self.our_state:
            return "country"
        if group == "organization" and lemma_key in self.organization_references and normal[:1].islower():
            return "organization"
        if group == "event" and (lemma_key in self.event_references or self._deictic(lemma_key)):
            return "event"         # a bare «саммит», «заседание»: the article's event, or nothing
        return None

    def _deictic(self, lemma_key: str) -> bool:
        first, _, rest = lemma_key.partition(" ")
        return first in self.event_deictics and rest in self.event_references

    def state_adjective(self, lemma_key: str) -> str | None:
        """"казахстанский" for "казахстанский сторона"; None when the phrase is not of that shape."""
        first, _, rest = lemma_key.partition(" ")
        return first if rest in self.state_side_nouns else None


@lru_cache(maxsize=8)
def load_lexicon(lemmatize: Lemmatize, lang: str) -> Lexicon:
    raw = load_yaml("resolve", "coreference.yml", lang)
    return Lexicon(head_of_state=frozenset(map(lemmatize, raw["head_of_state"])),
                   organization_references=frozenset(map(lemmatize, raw["organization_references"])),
                   event_references=frozenset(map(lemmatize, raw["event_references"])),
                   event_deictics=frozenset(map(lemmatize, raw["event_deictics"])),
                   our_state=frozenset(map(lemmatize, raw["our_state"])),
                   state_side_nouns=frozenset(map(lemmatize, raw["state_side_nouns"])),
                   dominance_ratio=float(raw["dominance_ratio"]),
                   initials_skip=frozenset(raw["initials_skip"]),
                   events=load_event_naming(lang),
                   building_prepositions=frozenset(raw.get("building_prepositions") or ()),
                   surname_endings=frozenset(raw.get("surname_endings") or ()))


def _plural(normal: str, lemma_key: str) -> bool:
    """«главы государств» (normal form of «глав государств»): a nominative whose head word is not
    its lemma is plural, and plural heads of state are no one person."""
    head, lemma = normal.split()[:1], lemma_key.split()[:1]
    return bool(head and lemma) and head[0].casefold() != lemma[0]
