"""Closed-class words the rules read by grammatical role (resources/<lang>/grammar.yml), per language.

A relative pronoun, demonstratives, list joiners, the reflexive possessive …: words no frame
owns, which several rules share. Read through the Doc's language (`grammar(doc.lang_)`).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from kg.errors import KgError
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
    plural_homonyms: frozenset[str]


class GrammarError(KgError):
    """A language's grammar.yml lacks a word kg reads, or names one kg does not know."""


@cache
def grammar(lang: str) -> Grammar:
    data = load_yaml("extract", "grammar.yml", lang) or {}
    wanted = {f.name for f in fields(Grammar)}
    missing, unknown = sorted(wanted - set(data)), sorted(set(data) - wanted)
    if missing or unknown:
        raise GrammarError(f"extract resource 'grammar.yml' ({lang}): "
                           + "; ".join(part for part in (missing and f"missing {', '.join(missing)}",
                                                         unknown and f"unknown {', '.join(unknown)}") if part))
    return Grammar(**{name: frozenset(value) if isinstance(value, list) else value for name, value in data.items()})
