"""One reader per file format: bytes of a file → Articles (or Skipped, for JSONL lines).

A reader raises `kg.errors.InputError` when the whole file is unusable; `files.read` turns
that into a `Skipped` record.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

from kg.errors import InputError
from kg.ingest import frontmatter, headline, html_main, html_text
from kg.ingest.article import MAX_ARTICLE_CHARS, build_article, check_size
from kg.ingest.dates import parse_date
from kg.ingest.decode import decode
from kg.ingest.html_decode import decode_html
from kg.ingest.metadata import Metadata
from kg.types import Article, Skipped


def read_txt(data: bytes, source: str, *, max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article]:
    text = decode(data)
    header = frontmatter.split(text)
    if header is None:
        yield build_article(text, Metadata(), source=source, max_chars=max_chars)
        return
    # Offsets keep pointing into the whole file, the headline's into its `title:` line.
    visible, positions = headline.prepend(text[header.body_start:], range(header.body_start, len(text)),
                                          header.metadata.title, header.title_at)
    article = build_article(visible, header.metadata, source=source, original=text,
                            positions=positions, max_chars=max_chars)
    if header.partial_date and not frontmatter.agrees(article.published, header.partial_date):
        article = dataclasses.replace(article, published=None)   # the page's guess contradicts the header
    yield article


def read_html(data: bytes, source: str, *, content_type: str | None = None,
              given: Metadata = Metadata(), fallback: Metadata = Metadata(),
              max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article]:
    """An HTML page: trafilatura's main text and metadata, or the hand-written reader's when
    trafilatura reads nothing (see `html_text`). Offsets index the decoded page, markup included.

    `content_type` is the HTTP header of a fetched page (its charset wins over <meta>). Metadata
    in `given` (the URL a page was fetched from) wins over what the page says, the page wins
    over `fallback` (a feed item's title and date). A page of more than `max_chars` × 4 bytes is
    refused before it is parsed (a fetched page has not passed kg.ingest.files' size check).
    """
    check_size(len(data), max_chars)
    markup = decode_html(data, content_type)
    page = html_main.extract(markup) or html_text.extract(markup)
    metadata = given.or_else(page.metadata).or_else(fallback)
    title_at = headline.locate(markup, metadata.title, before=page.positions[0] if page.positions else 0)
    visible, positions = headline.prepend(page.visible, page.positions, metadata.title, title_at)
    yield build_article(visible, metadata, source=source, original=markup, positions=positions,
                        max_chars=max_chars)


def read_jsonl(data: bytes, source: str, *, max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article | Skipped]:
    """One article per non-blank line; a bad line is skipped alone, as "path#line"."""
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and friends unescaped.
    for number, line in enumerate(decode(data).split("\n"), 1):
        if line.strip():
            yield read_jsonl_line(line, f"{source}#{number}", max_chars=max_chars)


def read_jsonl_line(line: str, source: str, *, max_chars: int = MAX_ARTICLE_CHARS) -> Article | Skipped:
    """One non-blank JSONL line (a record with `text`, optional metadata), or why it is skipped."""
    try:
        return _jsonl_article(line, source, max_chars)
    except InputError as error:
        return Skipped(source, str(error))


def _jsonl_article(line: str, source: str, max_chars: int) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise InputError(f"not a JSON object but {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError('no "text" field with a string')
    if not text.strip():
        raise InputError('"text" field is blank')
    given = Metadata(title=_string(record, "title"), published=parse_date(_string(record, "date")),
                     publisher=_string(record, "source"), author=_string(record, "author"),
                     url=_string(record, "url"), lang=_string(record, "lang"))
    return build_article(text, given, source=source, max_chars=max_chars)


def _string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if not isinstance(value, str):
        return None
    return value.strip() or None
