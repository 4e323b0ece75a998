"""Triggers and their realizations: which frame a token evokes, and how its roles are expressed.

A verb trigger is active, passive (short participle, «-ся» passive) or a full participle
(passive «принятая лидерами декларация», active «председательствующая в АСЕАН Малайзия»); a noun
trigger is a nominalization (action noun) or names the subject role (agent noun). The shared
table realizations.yml gives, per realization and slot, the argument paths to try.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.grammar import grammar
from kg.nlp.registry import lemmatizer
from kg.extract.tree import in_capacity, preposition
from kg.resources import load_yaml

NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})        # the parser tags compounds («странами-партнерами») ADJ
MODIFIER_DEPS = frozenset({"acl", "amod"})
# a full participle also describes a noun where the parser read it as a genitive of the noun before it
# («глава МИД председательствующей в ОБСЕ Финляндии»: kg.extract.participle_paths finds the noun)
PARTICIPLE_DEPS = MODIFIER_DEPS | {"nmod"}
# participles the tagger left without features («Председательствующая» tagged PROPN)
ACTIVE_PARTICIPLE = re.compile(r"(?:ущ|ющ|ащ|ящ|вш)(?:ий|ая|ее|ие|его|ей|ему|им|ую|ем|их|ими)$")
# past-tense verbs the tagger left a noun («На заседании председательствовал Президент …»)
PAST_VERB = re.compile(r"(?:[аяиеоу]л)(?:а|о|и)?(?:сь|ся)?$")


@dataclass(frozen=True)
class Trigger:
    token: Token
    frame: object            # kg.extract.frames.Frame (not imported: frames imports this module)
    realization: str         # a key of realizations.yml


@functools.cache
def realization_table(lang: str) -> dict[str, dict[str, tuple[str, ...]]]:
    return {name: {slot: tuple(paths) for slot, paths in slots.items()}
            for name, slots in load_yaml("extract", "realizations.yml", lang).items()}


def role_paths(trigger: Trigger, slot, lang: str) -> tuple[str, ...]:
    """Argument paths for a role in `slot` under this trigger's realization."""
    table = realization_table(lang)[trigger.realization]
    if isinstance(slot, tuple):
        return table["prep"] if slot else ()
    return table[slot]


def find_triggers(doc: Doc, frames, words: dict, lang: str) -> Iterator[Trigger]:
    index = _trigger_index(frames)
    for token in doc:
        lemma = _lemma(token, index, lang)
        for frame, kind in index.get(lemma, ()):
            realization = _realization(token, frame, kind)
            if realization is not None and _allowed(token, frame) and not _in_other_status(token, frame, index, words):
                yield Trigger(token, frame, realization)
        reflexive = grammar(lang).reflexive_suffix
        if reflexive and lemma.endswith(reflexive) and "Pass" in token.morph.get("Voice"):   # "": none
            for frame, kind in index.get(lemma.removesuffix(reflexive), ()):
                if kind == "verb" and token.pos_ in frame.verb_pos and _allowed(token, frame):
                    yield Trigger(token, frame, "passive")     # «решение принимается Советом»


def _lemma(token: Token, index: dict, lang: str) -> str:
    """The token's lemma; a hyphenated compound the tagger lemmatized by its last part only
    («странами-наблюдатель») gets every part's lemma («страна-наблюдатель»)."""
    lemma = token.lemma_.lower()
    if "-" not in lemma or lemma in index:
        return lemma
    return lemmatizer(lang)(token.text)


@functools.cache
def _trigger_index(frames) -> dict[str, tuple]:
    index: dict[str, list] = {}
    for frame in frames:
        for kind, lemmas in (("verb", frame.verbs), ("noun", frame.nouns), ("agent_noun", frame.agent_nouns)):
            for lemma in lemmas:
                index.setdefault(lemma, []).append((frame, kind))
    return {lemma: tuple(found) for lemma, found in index.items()}


def _realization(token: Token, frame, kind: str) -> str | None:
    if kind == "agent_noun":
        return "agent_noun" if token.pos_ in NOUN_POS else None
    if kind == "noun":
        return "action_noun" if token.pos_ in NOUN_POS else None
    if token.pos_ in frame.verb_pos:
        return verb_realization(token)
    if token.dep_ in MODIFIER_DEPS and token.pos_ in NOUN_POS and not token.morph.get("VerbForm"):
        # a participle the tagger mistook for a noun or adjective
        return "participle_active" if ACTIVE_PARTICIPLE.search(token.text.lower()) else "participle_passive"
    if _mistagged_finite(token):
        return "active"
    return None


def _mistagged_finite(token: Token) -> bool:
    """A verb's past form tagged as a noun that heads its clause with a subject of its own."""
    return (token.pos_ in NOUN_POS and PAST_VERB.search(token.text.lower()) is not None
            and any(c.dep_ == "nsubj" for c in token.children))


def verb_realization(token: Token) -> str:
    forms, voice = token.morph.get("VerbForm"), token.morph.get("Voice")
    if "Part" in forms and "Short" not in token.morph.get("Variant"):
        if token.dep_ in PARTICIPLE_DEPS:
            return "participle_passive" if "Pass" in voice else "participle_active"
        return "passive" if "Pass" in voice else "active"
    if "Part" in forms or "Pass" in voice:
        return "passive"
    return "active"


def _in_other_status(token: Token, frame, index: dict, words: dict) -> bool:
    """«Израиль присоединился к Африканскому союзу в статусе наблюдателя»: the clause states the
    observer status (another frame's agent noun), not the joining frame's own meaning."""
    # a bare instrumental «статусом» is what someone is endowed with («подписали решения о наделении ШОС
    # статусом наблюдателя», hung on the verb), not the capacity its subject acts in
    nouns = [noun for status in token.children if status.lemma_.lower() in words["status_nouns"]
             and preposition(status) is not None for noun in status.children if noun.dep_ == "nmod"]
    if any(_states_status(noun, frame, index) for noun in nouns):
        return True
    # «входят в организацию в качестве наблюдателей»: a status in the same organization the frame is about
    # (taking part in a summit as an observer is still taking part)
    capacities = [c for c in token.children if in_capacity(c, words)]
    own_roles = {role.name for role in frame.roles}
    return any(_states_status(noun, frame, index, own_roles) for noun in capacities)


def _states_status(noun: Token, frame, index: dict, roles: set[str] | None = None) -> bool:
    return any(kind == "agent_noun" and other is not frame
               and (roles is None or roles & {role.name for role in other.roles})
               for other, kind in index.get(noun.lemma_.lower(), ()))


def _allowed(token: Token, frame) -> bool:
    if frame.governors and token.head.lemma_.lower() not in frame.governors:
        return False
    # «под председательством» (a preposition), «возглавляет делегацию» (an object)
    return frame.needs is None or any(c.dep_ in NEEDED_DEPS and c.lemma_.lower() in frame.needs for c in token.children)


NEEDED_DEPS = {"case", "obj", "nsubj:pass"}
