"""States in the text: state adjectives ("российские власти", "американских санкций") name the
state itself, and names are looked up in the gazetteer the pipeline hands down (`ctx.gazetteer`).

An adjective listed among a state's `adjectives` in the gazetteer (`ExtractContext.state_adjectives`)
becomes a Country mention, which resolution then links through the same entry (one list for
finding and for linking). An adjective inside a named entity ("Российской Федерации", "Российская
академия наук") is part of that name and is left out. An adjective describing a person by a private
occupation ("российский актёр", "советский и российский мультипликатор": resources
nationality_nouns.tsv) gives a nationality, not the state, and is left out too; the state's own
people ("британский премьер", "российские военные") keep it (a filter on all animate nouns lost as
much as it gained on NEREL train).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.resources import load_words


def is_state_name(name: str, ctx: ExtractContext) -> bool:
    """Whether a (nominative) name names a state in the gazetteer: "Россия", "РФ", "Египет"."""
    return any(entry.type == "Country" for entry in gazetteer_entries(name, ctx))


def gazetteer_entries(name: str, ctx: ExtractContext) -> tuple:
    """The gazetteer entries a (nominative) name or state adjective names alone."""
    lemmatize = ctx.language.lemmatize
    matches = ctx.gazetteer.matches(lemmatize(name), lemmatize)
    return tuple(dict.fromkeys(match.entry for match in matches if not match.context_only))


def find_state_adjectives(doc: Doc, known: frozenset[str], lang: str) -> Iterator[Span]:
    for token in doc:
        if (token.pos_ == "ADJ" and token.lemma_.lower() in known and not token.ent_type_
                and not names_nationality(token, lang)):
            yield doc[token.i:token.i + 1]


def names_nationality(adjective: Token, lang: str) -> bool:
    """Whether a state adjective describes a person's nationality: it modifies (alone or
    coordinated: «советский и российский актёр») a noun of nationality_nouns.tsv."""
    head = adjective
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    noun = head.head
    return (head.dep_ == "amod" and noun is not head
            and noun.lemma_.lower().replace("ё", "е") in nationality_nouns(lang))


def nationality_nouns(lang: str) -> frozenset[str]:
    return load_words("extract", "nationality_nouns.tsv", lang)
