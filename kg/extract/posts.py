"""The `titles` extractor: "Президент Казахстана Касым-Жомарт Токаев" → holdsPosition the post
"Президент Казахстана", worksFor and headOf Kazakhstan; "Гутерреш, генсек ООН" → headOf the UN.

The post span is the whole title with its organization, as NEREL marks it (WORKS_AS → the
PROFESSION "президент США"); the holder also worksFor the organization the title names directly
(NEREL WORKPLACE person → organization/country), whatever else the title makes of them (headOf).

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
WORKS_FOR = "worksFor"


class TitleExtractor:
    name = "titles"

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        index = index_mentions(doc, ctx)
        for title in find_titles(doc, ctx.lang, ctx.state_adjectives):
            if title.holder is None or title.organization is None:
                continue
            holder = index.at(title.holder.root)
            organization = index.at(title.organization.root)
            if holder is None or organization is None:
                continue
            post = mention(title.post, "Post", ctx)
            yield self._candidate(holder.mention, "holdsPosition", post, title, ctx)
            if not title.direct:    # "глава комитета Совета Федерации" works for the committee
                continue
            if not title.state_first and title.organization.end != title.post.end:
                continue    # "главы Администрации Советского района": NER cut the organization short
            for predicate in _organization_predicates(title):
                yield self._candidate(holder.mention, predicate, organization.mention, title, ctx)

    def _candidate(self, holder: Mention, predicate: str, obj: Mention, title: Title,
                   ctx: ExtractContext) -> Candidate:
        parts = [(holder.start, holder.end), (title.post.start_char, title.post.end_char)]
        rule = f"{predicate}/{title.post[0].lemma_.lower()}"
        evidence = provenance(title.post.doc, ctx, title.post.sent, parts, self.name, rule, 0.9)
        return Candidate(holder, predicate, obj, evidence)


def _organization_predicates(title: Title) -> list[str]:
    """Every holder of a post works for the organization it belongs to; some also head it."""
    extra = [] if title.relation in (NO_RELATION, WORKS_FOR) else [title.relation]
    return [WORKS_FOR, *extra]
