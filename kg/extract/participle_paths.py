"""Argument paths through participles and appositions: the noun a participle describes.

A participle agrees with the noun it describes in case, number and gender, so where the parser hangs
a participial clause on another noun or on the main verb, agreement finds the noun it is said of.
Registered in kg.extract.arguments' table (`modified`); `participle_subject` serves the post readers.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.tree import NOUNS, SUBJECTS, VERBS, Reach, preposition

AGREEMENT_REACH = 5      # words after a participle where the noun it agrees with may stand


def modified(token: Token, reach: Reach) -> list[Token]:
    """The noun a participle or apposition describes («принятая декларация», «Иран, член ШОС»): the
    participle agrees with it, so a participle hung on a noun it does not agree with describes the
    agreeing noun after it («премьер председательствующей в ЕМПС Белоруссии»)."""
    if token.head == token:
        return []
    if token.dep_ == "nmod" and "Part" in token.morph.get("VerbForm"):
        return _misread_as_genitive(token)
    if token.dep_ not in {"acl", "amod", "appos"}:
        return []
    if "Part" in token.morph.get("VerbForm") and token.head.pos_ in VERBS:
        return participle_subject(token)
    if "Part" in token.morph.get("VerbForm") and not _agrees(token, token.head):
        owners = [c for c in token.head.children if c.dep_ == "nmod" and c.i < token.i and _agrees(token, c)]
        if owners:                               # «Президент Казахстана, председательствующего в СНГ»
            return owners[-1:]
        if token.i > token.head.i:               # «резолюцию по ситуации в Украине, инициированную Россией»
            agreeing = next((n for n in _noun_ancestors(token.head) if _agrees(token, n)), None)
            if agreeing is not None:
                return [agreeing]
        following = token.doc[token.i + 1:min(token.i + 1 + AGREEMENT_REACH, token.sent.end)]
        for noun in following:
            if noun.is_punct:
                break
            if noun.pos_ in NOUNS and preposition(noun) is None and _agrees(token, noun):
                return [noun]
    return [token.head]


def participle_subject(participle: Token) -> list[Token]:
    """«Сергей Лебедев, до сих пор возглавлявший Службу …, утвержден …»: a participial clause the parser
    hung on the main verb describes the subject before it that it agrees with."""
    return [s for s in participle.head.children
            if s.dep_ in SUBJECTS and s.i < participle.i and _agrees(participle, s)][-1:]


def _noun_ancestors(noun: Token) -> list[Token]:
    """The nouns above `noun` through its nominal dependencies («ситуации» → «резолюцию»)."""
    found = []
    while noun.dep_ == "nmod" and noun.head != noun and noun.head.pos_ in NOUNS and len(found) < 3:
        noun = noun.head
        found.append(noun)
    return found


def _agrees(participle: Token, noun: Token) -> bool:
    """Same case, number and (in the singular) gender, where the tagger gives them."""
    for feature in ("Case", "Number", "Gender"):
        own, other = participle.morph.get(feature), noun.morph.get(feature)
        if feature == "Gender" and "Plur" in participle.morph.get("Number"):
            continue
        if own and other and not set(own) & set(other):
            return False
    return True


def _misread_as_genitive(participle: Token) -> list[Token]:
    """«глава МИД председательствующей в ОБСЕ Финляндии», «президент председательствующей в 2020 году
    в ЕАЭС Беларуси»: a participle before its noun that the parser read as a genitive of the noun before
    it, and its noun as a genitive of the participle's own last dependent. The participle describes the
    agreeing noun hung on it or on one of its dependents, never the noun it was hung on."""
    dependents = [c for c in participle.children if c.i > participle.i]
    found = [n for c in dependents for n in (c, *c.children)
             if n.i > participle.i and n.dep_ in {"nmod", "obl", "obj"} and n.pos_ in NOUNS
             and preposition(n) is None and _agrees(participle, n)]
    return sorted(found, key=lambda n: n.i)[:1]
