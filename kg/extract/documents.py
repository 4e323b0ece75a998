"""The `documents` extractor: what a named document says about itself.

"Программу сотрудничества по противодействию терроризму, сепаратизму и экстремизму на 2025-2027
годы" → validFrom 2025, validUntil 2027, and about each topic it names.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.context import ExtractContext
from kg.extract.mentions import Found, index_mentions
from kg.extract.periods import validity
from kg.extract.spans import provenance
from kg.types import Candidate, Mention, Value

DOCUMENT_KIND = "document"


class DocumentExtractor:
    name = "documents"

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        index = index_mentions(doc, ctx)
        for document in (f for f in index.found if f.kind == DOCUMENT_KIND):
            for predicate, value in validity(document.mention.text, ctx.lang):
                yield self._candidate(document, predicate, value, "period", ctx)
            for topic in index.inside(document.span, {"Topic"}):
                yield self._candidate(document, "about", topic.mention, "topic", ctx)

    def _candidate(self, document: Found, predicate: str, obj: Mention | Value, rule: str,
                   ctx: ExtractContext) -> Candidate:
        span = (document.mention.start, document.mention.end)
        evidence = provenance(document.span.doc, ctx, document.span.sent, [span], self.name, rule, 0.9)
        return Candidate(document.mention, predicate, obj, evidence)
