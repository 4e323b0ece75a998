"""Extraction: a parsed article (spaCy `Doc`) → `Extraction(article, mentions, candidates)`.

    ctx = ExtractContext(article, kg.nlp.load("ru"))
    extraction = extract(doc, ctx)                  # every registered extractor
    extract(doc, ctx, ["titles"])                   # a selection; unknown names raise KgError

Adding an extractor = one module with a callable (`name`, `description`, `__call__(doc, ctx)`)
registered below, plus its data file under resources/<lang>/. Negated and modal statements are
never candidates: every trigger passes kg.extract.assertion (see its docstring for why).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.adjacent import AdjacentExtractor
from kg.extract.bodies import BodyExtractor
from kg.extract.context import ExtractContext
from kg.extract.documents import DocumentExtractor
from kg.extract.mentions import find_mentions
from kg.extract.posts import TitleExtractor
from kg.extract import registry
from kg.extract.predicates import predicates
from kg.extract.registry import (Extractor, UnknownExtractorError, check_names, describe, get, names,
                                 register)
from kg.types import Candidate, Extraction, Mention

register(predicates)
register(TitleExtractor())
register(DocumentExtractor())
register(AdjacentExtractor())
register(BodyExtractor())


def extract(doc: Doc, ctx: ExtractContext, names: Sequence[str] | None = None) -> Extraction:
    """Mentions of the article and the candidates of the selected (default: all) extractors."""
    selected = tuple(names) if names is not None else registry.names()
    check_names(selected)
    ctx = replace(ctx, mentions=find_mentions(doc, ctx))
    candidates = tuple(dict.fromkeys(c for name in selected for c in get(name)(doc, ctx)))
    mentions = _all_mentions(ctx.mentions.mentions, candidates)
    return Extraction(ctx.article, mentions, candidates)


def _all_mentions(found: Sequence[Mention], candidates: Sequence[Candidate]) -> tuple[Mention, ...]:
    """Found mentions plus those only candidates create (posts), in text order, without repeats."""
    created = [m for c in candidates for m in (c.subject, c.object) if isinstance(m, Mention)]
    unique = dict.fromkeys([*found, *created])
    return tuple(sorted(unique, key=lambda m: (m.start, m.end, m.label)))


__all__ = ["ExtractContext", "Extractor", "UnknownExtractorError", "check_names", "describe",
           "extract", "get", "names", "register"]
