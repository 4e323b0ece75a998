"""Building articles and mentions from real text for resolution tests."""
from __future__ import annotations

from kg.types import Article, Mention


def make_article(text: str, article_id: str = "a1") -> Article:
    return Article(id=article_id, text=text, original=text, offsets=tuple(range(len(text) + 1)))


def mention_of(article: Article, surface: str, label: str, normal: str | None = None, nth: int = 0) -> Mention:
    """The `nth` occurrence of `surface` in the article as a mention (normal defaults to surface)."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(surface, start + 1)
    return Mention(article.id, start, start + len(surface), surface, label, normal or surface)
