"""Every mention of an article: NER entities plus the phrases the extractors know how to find.

`MentionIndex` answers "which mention is this token part of?" (the smallest one, so the token
"ШОС" inside "стратегии ШОС на 2024-2029 годы" is the organization, not the strategy).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.extract.patterns import find_roles, find_topics
from kg.extract.phrases import find_phrases
from kg.extract.spans import mention
from kg.extract.states import find_state_adjectives
from kg.types import Mention


@dataclass(frozen=True)
class Found:
    span: Span
    mention: Mention
    kind: str      # entity, document, group, event, topic, role, state, learned
    learned: str = ""   # the NEREL type the learned tagger gave this very span, if any


class MentionIndex:
    def __init__(self, found: Iterable[Found]):
        unique = {(f.span.start, f.span.end, f.mention.label): f for f in found}
        self.found = tuple(sorted(unique.values(), key=lambda f: (f.span.start, -len(f.span))))
        self._smallest: dict[int, Found] = {}
        for f in self.found:   # token index → the smallest mention covering it (first found wins ties)
            for i in range(f.span.start, f.span.end):
                known = self._smallest.get(i)
                if known is None or len(f.span) < len(known.span):
                    self._smallest[i] = f

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(f.mention for f in self.found)

    def at(self, token: Token) -> Found | None:
        """The smallest mention covering `token`."""
        return self._smallest.get(token.i)

    def headed_by(self, token: Token) -> Found | None:
        """The mention whose syntactic head is `token` (the largest, e.g. the whole document name)."""
        headed = [f for f in self.found if f.span.root == token]
        return max(headed, key=lambda f: len(f.span), default=None)

    def inside(self, span: Span, labels: Iterable[str]) -> list[Found]:
        wanted = set(labels)
        return [f for f in self.found if f.mention.label in wanted
                and span.start <= f.span.start and f.span.end <= span.end and f.span != span]


def index_mentions(doc: Doc, ctx: ExtractContext) -> MentionIndex:
    """The article's mentions: the index `extract` put in the context, else found now."""
    return ctx.mentions if ctx.mentions is not None else find_mentions(doc, ctx)


def find_mentions(doc: Doc, ctx: ExtractContext) -> MentionIndex:
    lang = ctx.lang
    found = [Found(ent, mention(ent, ent.label_, ctx), "entity") for ent in doc.ents]
    found += [Found(p.span, mention(p.span, p.label, ctx), p.kind) for p in find_phrases(doc, lang)]
    found += [Found(s, mention(s, "Topic", ctx, proper=False), "topic") for s in find_topics(doc, lang)]
    roles = [Found(s, mention(s, label, ctx, proper=False), "role") for s, label in find_roles(doc, lang, ctx.state_adjectives)]
    found += roles
    found += [Found(s, mention(s, "Country", ctx, proper=False), "state") for s in find_state_adjectives(doc, ctx.state_adjectives)
              if not any(r.span.start <= s.start < r.span.end for r in roles)]
    return MentionIndex(found)
