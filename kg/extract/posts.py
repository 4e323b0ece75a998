"""The `titles` extractor: a person's post, and what it makes them of its organization.

"Президент Казахстана Касым-Жомарт Токаев" → holdsPosition "президент Казахстана", headOf and
worksFor Казахстан; "глава МИД Египта Набиль аль-Араби" → headOf "МИД Египта", worksFor Египет;
"официальный представитель МИД России Мария Захарова" → worksFor "МИД России"; "Урсула фон дер
Ляйен избрана председателем Европейской комиссии" → headOf and worksFor the commission.

The post is the whole title with its organization, as NEREL marks it (WORKS_AS → the PROFESSION
"президент США"), labelled in the nominative ("генеральный секретарь НАТО"); titles are found in
kg/extract/titles.py, their holders in kg/extract/holders.py. A title without an organization
("президент Токаев") gives the post alone, no headOf or worksFor.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.article_titles import completed_in_article
from kg.extract.context import ExtractContext
from kg.extract.holders import Holding, find_holdings
from kg.extract.mentions import index_mentions
from kg.extract.spans import mention, provenance
from kg.extract.tenure import tenure
from kg.extract.titles import Title, find_titles
from kg.resources import load_yaml
from kg.types import Candidate, Mention, Qualifiers

HOLDS, HEAD_OF, WORKS_FOR = "holdsPosition", "headOf", "worksFor"
CONFIDENCE = {"apposition": 0.9, "list": 0.85, "chain": 0.85, "predicative": 0.85, "post-noun": 0.8,
              "antecedent": 0.75}


class TitleExtractor:
    name = "titles"

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        index = index_mentions(doc, ctx)
        titles = completed_in_article([title for title in find_titles(doc, index, ctx) if not _nationality(title, ctx)],
                                      ctx)
        seen = set()
        for holding in find_holdings(doc, titles, index, ctx):
            if holding.title.vague:
                continue
            for candidate in self._candidates(holding, ctx):
                key = (candidate.subject, candidate.predicate, candidate.object, candidate.qualifiers)
                if key not in seen:
                    seen.add(key)
                    yield candidate

    def _candidates(self, holding: Holding, ctx: ExtractContext) -> Iterator[Candidate]:
        title, holder = holding.title, holding.holder.mention
        post = replace(mention(title.post, "Post", ctx), normal=title.label, aliases=title.aliases)
        held = tenure(title.post, holding.clause, ctx)
        yield self._candidate(holding, HOLDS, post, ctx, held)
        if title.head_of is not None:
            yield self._candidate(holding, HEAD_OF, title.head_of.mention, ctx, held)
        if title.works_for is not None:
            yield self._candidate(holding, WORKS_FOR, title.works_for.mention, ctx)

    def _candidate(self, holding: Holding, predicate: str, obj: Mention, ctx: ExtractContext,
                   qualifiers: Qualifiers = ()) -> Candidate:
        title, holder = holding.title, holding.holder
        parts = [(holder.mention.start, holder.mention.end), (title.post.start_char, title.post.end_char)]
        sentence = title.post.sent if title.post.sent.start <= holder.span.start < title.post.sent.end \
            else title.post.doc[min(title.post.sent.start, holder.span.sent.start):max(title.post.sent.end,
                                                                                      holder.span.sent.end)]
        rule = f"{predicate}/{holding.rule}/{title.words[0].lemma_.lower()}"
        evidence = provenance(title.post.doc, ctx, sentence, parts, self.name, rule, CONFIDENCE[holding.rule])
        return Candidate(holder.mention, predicate, obj, evidence, qualifiers)


def _nationality(title: Title, ctx: ExtractContext) -> bool:
    """"представитель Аргентины Рафаэль Гросси": the state a person comes from, not a post."""
    words = " ".join(t.lemma_.lower() for t in title.words)
    nationality = load_yaml("extract", "posts.yml", ctx.lang)["nationality_titles"]
    return (words in nationality and title.organization is not None and title.owner is None
            and title.organization.mention.label in {"Place", "Country"})
