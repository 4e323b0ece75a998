"""Shared check: a span of `Article.text` reads the same in `Article.original`."""
from __future__ import annotations

import re

from kg.ingest.chars import normalize
from kg.types import Article

WORD = re.compile(r"\w+")


def original_of(article: Article, start: int, end: int) -> str:
    """The original characters behind text[start:end], with the cleaner's 1:1 substitutions."""
    begin, stop = article.original_span(start, end)
    return normalize(article.original[begin:stop])


def mismatched_words(article: Article) -> list[tuple[str, str]]:
    """(cleaned word, original reading) for every word whose original span reads differently."""
    return [(match.group(), original_of(article, *match.span()))
            for match in WORD.finditer(article.text)
            if original_of(article, *match.span()) != match.group()]
