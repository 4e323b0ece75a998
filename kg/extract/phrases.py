"""Noun phrases the NER does not tag: documents, groups of people and events, found by head noun.

The head-noun lexicon (`heads.tsv`) gives the class; the phrase is the head's dependency subtree
without coordinated siblings and clauses, kept only when it is specific enough to name one thing
(a bare "программа" or "встреча" is not a mention).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.spans import subtree_span
from kg.resources import load_tsv

# Branches that belong to another phrase: coordinated heads, clauses, appositions, parentheticals.
CUT_DEPS = {"conj", "cc", "acl", "acl:relcl", "parataxis", "appos", "punct"}


@dataclass(frozen=True)
class Phrase:
    span: Span
    label: str
    kind: str     # "document", "group" or "event"


def heads(lang: str) -> dict[str, tuple[str, str]]:
    """lemma → (class, kind) from heads.tsv."""
    return {lemma: (label, kind) for lemma, label, kind in load_tsv("extract", "heads.tsv", lang)}


def find_phrases(doc: Doc, lang: str) -> Iterator[Phrase]:
    lexicon = heads(lang)
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in lexicon:
            continue
        label, kind = lexicon[token.lemma_.lower()]
        span = SHAPERS[kind](token)
        if span is not None:
            yield Phrase(span, label, kind)


def document_span(head: Token) -> Span | None:
    """"Антинаркотической стратегии ШОС на 2024-2029 годы", "Инициативу ШОС «О …»"."""
    span = with_quoted_title(subtree_span(head, cut_children(head)))
    has_entity = any(t.ent_type_ for t in span if t is not head)
    has_year = any(t.like_num or any(c.isdigit() for c in t.text) for t in span)
    specific = head.text[:1].isupper() or has_entity or has_year or "«" in span.text
    return span if specific and len(span) > 1 else None


def group_span(head: Token) -> Span | None:
    """"секретари советов безопасности государств – членов ШОС", "лидеры стран ЕАЭС"."""
    if "Plur" not in head.morph.get("Number") or head.ent_type_:
        return None
    modifiers = [c for c in head.children if c.dep_ in {"nmod", "appos"} and c.i > head.i]
    if not modifiers:
        return None
    return subtree_span(head, [c for c in head.children if c.dep_ in CUT_DEPS - {"appos", "punct"} | {"case"}])


def event_span(head: Token) -> Span | None:
    """"теракт в Подмосковье", "конфликт на Ближнем Востоке", "саммит ШОС": located or owned events."""
    named = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i
             and any(t.ent_type_ for t in c.subtree)]
    if not named:
        return None
    left = min([head.i] + [c.left_edge.i for c in head.children if c.dep_ == "amod" and c.i < head.i])
    return head.doc[left:named[-1].right_edge.i + 1]


SHAPERS = {"document": document_span, "group": group_span, "event": event_span}


def cut_children(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in CUT_DEPS | {"case"} and not is_quote_part(c)]


def is_quote_part(token: Token) -> bool:
    return token.text in {"«", "»", '"'} or any(t.text == "«" for t in token.subtree)


def with_quoted_title(span: Span) -> Span:
    """Extend a document name over a «quoted title» that directly follows it (parsers attach it anywhere)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "«":
        closing = next((t.i for t in doc[span.end:span.sent.end] if t.text == "»"), None)
        if closing is not None:
            return doc[span.start:closing + 1]
    if "«" in span.text and "»" not in span.text:
        closing = next((t.i for t in doc[span.end:span.sent.end] if t.text == "»"), None)
        if closing is not None:
            return doc[span.start:closing + 1]
    return span
