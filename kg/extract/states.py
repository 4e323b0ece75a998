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
    return any(match.entry.type == "Country" and not match.context_only
               for match in load_gazetteer().matches(lemmatize(name), lemmatize))


def find_state_adjectives(doc: Doc, lang: str) -> Iterator[Span]:
    known = state_adjectives(lang)
    for token in doc:
        if token.pos_ == "ADJ" and token.lemma_.lower() in known and not token.ent_type_:
            yield doc[token.i:token.i + 1]

