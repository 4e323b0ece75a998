"""Ingest: files → cleaned `Article`s with metadata and an offset map back to the file.

    for item in kg.ingest.read(["corpus/", "extra.jsonl"]):   # Article or Skipped
        ...
    article = kg.ingest.from_text(raw, source="notebook")

Formats: .txt, .html/.htm (trafilatura, the stdlib html.parser reader as its fallback), .jsonl
(one article per line). Text is
cleaned of page chrome, odd spaces and Latin homoglyphs; `Article.offsets` maps every
cleaned character to the original. Patterns are data files in `kg/ingest/resources/`.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.ingest.article import MAX_ARTICLE_CHARS, build_article
from kg.ingest.dates import parse_date
from kg.ingest.files import read
from kg.ingest.metadata import Metadata
from kg.types import Article

__all__ = ["from_text", "read", "MAX_ARTICLE_CHARS"]


def from_text(text: str, *, source: str | None = None, title: str | None = None,
              published: dt.date | str | None = None, publisher: str | None = None,
              url: str | None = None, lang: str | None = None, max_chars: int = MAX_ARTICLE_CHARS) -> Article:
    """Clean `text` and read its metadata; keyword arguments win over what the text says.

    Raises `kg.errors.InputError` if nothing is left after cleaning or the text is longer than `max_chars`.
    """
    given = Metadata(title=title, published=parse_date(published), publisher=publisher, url=url, lang=lang)
    return build_article(text, given, source=str(source) if isinstance(source, Path) else source,
                         max_chars=max_chars)
