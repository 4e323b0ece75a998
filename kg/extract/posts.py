"""The `titles` extractor: "Президент Казахстана Касым-Жомарт Токаев" → holdsPosition the post
"Президент Казахстана" and headOf Kazakhstan; "Гутерреш, генсек ООН" → headOf the UN.

A title without an organization or country ("Президент Токаев") names no particular post and
yields nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.context import ExtractContext
from kg.extract.mentions import index_mentions
from kg.extract.spans import mention, provenance
from kg.extract.titles import Title, find_titles
from kg.types import Candidate, Mention

NO_RELATION = "-"


class TitleExtractor:
    name = "titles"
    description = "posts from titles next to names (holdsPosition, headOf, worksFor)"

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        index = index_mentions(doc, ctx)
        for title in find_titles(doc, ctx.lang):
            if title.holder is None or title.organization is None:
                continue
            holder = index.at(title.holder.root)
            organization = index.at(title.organization.root)
            if holder is None or organization is None:
                continue
            post = mention(title.post, "Post", ctx)
            yield self._candidate(holder.mention, "holdsPosition", post, title, ctx)
            if title.relation != NO_RELATION and title.direct:
                yield self._candidate(holder.mention, title.relation, organization.mention, title, ctx)

    def _candidate(self, holder: Mention, predicate: str, obj: Mention, title: Title,
                   ctx: ExtractContext) -> Candidate:
        parts = [(holder.start, holder.end), (title.post.start_char, title.post.end_char)]
        rule = f"{predicate}/{title.post[0].lemma_.lower()}"
        evidence = provenance(title.post.doc, ctx, title.post.sent, parts, self.name, rule, 0.9)
        return Candidate(holder, predicate, obj, evidence)
