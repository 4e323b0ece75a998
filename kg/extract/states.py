"""States in the text: state adjectives ("российские власти", "американских санкций") name the
state itself, and names are looked up in the gazetteer the pipeline hands down (`ctx.gazetteer`).

An adjective listed among a state's `adjectives` in the gazetteer (`ExtractContext.state_adjectives`)
becomes a Country mention, which resolution then links through the same entry (one list for
finding and for linking). An adjective inside a named entity ("Российской Федерации", "Российская
академия наук") is part of that name and is left out. Adjectives describing people ("американский
футболист") are kept: on NEREL train they name the state (COUNTRY) far more often than a
nationality, and a filter on animate nouns lost as much as it gained.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.context import ExtractContext


def is_state_name(name: str, ctx: ExtractContext) -> bool:
    """Whether a (nominative) name names a state in the gazetteer: "Россия", "РФ", "Египет"."""
    return any(entry.type == "Country" for entry in gazetteer_entries(name, ctx))


def gazetteer_entries(name: str, ctx: ExtractContext) -> tuple:
    """The gazetteer entries a (nominative) name or state adjective names alone."""
    lemmatize = ctx.language.lemmatize
    matches = ctx.gazetteer.matches(lemmatize(name), lemmatize)
    return tuple(dict.fromkeys(match.entry for match in matches if not match.context_only))


def find_state_adjectives(doc: Doc, known: frozenset[str]) -> Iterator[Span]:
    for token in doc:
        if token.pos_ == "ADJ" and token.lemma_.lower() in known and not token.ent_type_:
            yield doc[token.i:token.i + 1]
