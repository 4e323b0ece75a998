"""State adjectives: "российские власти", "американских санкций" name the state itself.

An adjective from `state_adjectives.tsv` becomes a Country mention (resolution links it through
the gazetteer's `adjectives`). An adjective inside a named entity ("Российской Федерации",
"Российская академия наук") is part of that name and is left out. Adjectives describing people
("американский футболист") are kept: on NEREL train they name the state (COUNTRY) far more often
than a nationality, and a filter on animate nouns lost as much as it gained.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.resources import load_tsv


def state_adjectives(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv(lang, "state_adjectives.tsv"))


def find_state_adjectives(doc: Doc, lang: str) -> Iterator[Span]:
    known = state_adjectives(lang)
    for token in doc:
        if token.pos_ == "ADJ" and token.lemma_.lower() in known and not token.ent_type_:
            yield doc[token.i:token.i + 1]

