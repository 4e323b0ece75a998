"""Turning spaCy spans into the shared value objects (`Mention`, `Provenance`)."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.types import Mention, Provenance

# Branches that belong to another phrase: coordinated heads, clauses, appositions, parentheticals.
CUT_DEPS = {"conj", "cc", "acl", "acl:relcl", "parataxis", "appos", "punct"}
PERSON = "Person"   # Doc entities carry ontology classes (kg.nlp maps each model's tags)
ORGANIZATION, PLACE = "Organization", "Place"


def mention(span: Span, label: str, ctx: ExtractContext, *, proper: bool = True) -> Mention:
    """A mention of `span`; role phrases ("глава государства") are not names, so their normal is lowercase."""
    if proper:
        normal = ctx.language.normalize(span)
    else:   # a one-word role ("нами", "президентом") is best named by its lemma
        normal = span[0].lemma_ if len(span) == 1 else ctx.language.normalize(span)
    return Mention(ctx.article.id, span.start_char, span.end_char, span.text, label,
                   normal if proper else normal.lower())


def trimmed(doc: Doc, start: int, end: int) -> Span:
    """The token span [start, end) without punctuation or spaces at its edges."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def subtree_span(token: Token, excluded: Iterable[Token] = ()) -> Span:
    """The contiguous span of `token`'s subtree, cut before the first excluded branch on either side
    and before the first word outside the subtree (a non-projective parse: «Соглашение об учреждении
    банка подписано Казахстаном … в Астане» with «в Астане» hung on «учреждении»)."""
    blocked = {t.i for branch in excluded for t in branch.subtree}
    inside = {t.i for t in token.subtree}
    start = end = token.i
    while start - 1 >= token.left_edge.i and start - 1 not in blocked and start - 1 in inside:
        start -= 1
    while end + 1 <= token.right_edge.i and end + 1 not in blocked and end + 1 in inside:
        end += 1
    return trimmed(token.doc, start, end + 1)


def provenance(doc: Doc, ctx: ExtractContext, sentence: Span, parts: Iterable[tuple[int, int]],
               extractor: str, rule: str, confidence: float) -> Provenance:
    """Evidence from the first to the last character of `parts` (char spans), inside `sentence`."""
    spans = list(parts)
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    # A sentence that ends a paragraph or a title line keeps the line breaks after it in its span.
    return Provenance(ctx.article.id, sentence.text.strip(), start, end, extractor, rule, confidence)


QUOTES = {"«", "»", '"'}


def is_quote_part(token: Token) -> bool:
    """A quote mark, or a dependent holding a quoted title («…», or "…" in straight quotes)."""
    return token.text in QUOTES or any(t.text in {"«", '"'} for t in token.subtree)


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


def with_closing_quote(span: Span) -> Span:
    """«резолюцию с осуждением незаконных "референдумов"»: a straight quote the name opens closes in it."""
    doc = span.doc
    if span.text.count('"') % 2 and span.end < len(doc) and doc[span.end].text == '"':
        return doc[span.start:span.end + 1]
    return span
