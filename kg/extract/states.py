"""State adjectives: "российские власти", "американских санкций" name the state itself.

An adjective listed among a state's `adjectives` in the gazetteer becomes a Country mention, which
resolution then links through the same entry (one list for finding and for linking). An
adjective inside a named entity ("Российской Федерации", "Российская академия наук") is part of
that name and is left out. Adjectives describing people ("американский футболист") are kept: on
NEREL train they name the state (COUNTRY) far more often than a nationality, and a filter on
animate nouns lost as much as it gained.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span

from kg.resolve.gazetteer import load_gazetteer

GAZETTEER_LANG = "ru"   # the gazetteer's adjectives are Russian lemmas


@cache
def state_adjectives(lang: str) -> frozenset[str]:
    """Lemmas of the adjectives that name a state ("российский", "казахстанский")."""
    if lang != GAZETTEER_LANG:
        return frozenset()
    return frozenset(adjective.lower() for entry in load_gazetteer().entries if entry.type == "Country"
                     for adjective in entry.adjectives)


def is_state_name(name: str, lemmatize) -> bool:
    """Whether a (nominative) name names a state in the gazetteer: "Россия", "РФ", "Египет"."""
    return "Country" in gazetteer_types(name, lemmatize)


def gazetteer_entries(name: str, lemmatize) -> tuple:
    """The gazetteer entries a (nominative) name or state adjective names alone."""
    return tuple(dict.fromkeys(match.entry for match in _matches(name, lemmatize)))


def gazetteer_types(name: str, lemmatize) -> frozenset[str]:
    """Classes of the gazetteer entries a (nominative) name or state adjective names alone."""
    return frozenset(match.entry.type for match in _matches(name, lemmatize))


def gazetteer_keys(name: str, lemmatize) -> frozenset[str]:
    """Keys of the gazetteer entries a name names alone ("России" and "российский": Russia's)."""
    return frozenset(match.entry.key for match in _matches(name, lemmatize))


def _matches(name: str, lemmatize):
    return [match for match in load_gazetteer().matches(lemmatize(name), lemmatize) if not match.context_only]


def find_state_adjectives(doc: Doc, lang: str) -> Iterator[Span]:
    known = state_adjectives(lang)
    for token in doc:
        if token.pos_ == "ADJ" and token.lemma_.lower() in known and not token.ent_type_:
            yield doc[token.i:token.i + 1]

