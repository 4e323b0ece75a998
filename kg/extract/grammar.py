"""Closed-class words the rules read by grammatical role (resources/<lang>/grammar.yml), per language.

A relative pronoun, demonstratives, list joiners, the reflexive possessive …: words no frame
owns, which several rules share. Read through the Doc's language (`grammar(doc.lang_)`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.resources import load_yaml


@dataclass(frozen=True)
class Grammar:
    relative: str
    demonstratives: frozenset[str]
    reflexive_possessive: str
    comparison: str
    reflexive_suffix: str
    list_joiners: frozenset[str]
    origin_prepositions: frozenset[str]
    topic_preposition: str
    body_inner_words: frozenset[str]
    acting_title: str
    general_document: str


@cache
def grammar(lang: str) -> Grammar:
    data = load_yaml("extract", "grammar.yml", lang)
    return Grammar(**{name: frozenset(value) if isinstance(value, list) else value for name, value in data.items()})
