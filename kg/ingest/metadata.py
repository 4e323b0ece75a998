"""Article metadata read from the page itself: title, publication date, publisher, author, language."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from kg.ingest.chrome import byline_name
from kg.ingest.clean import Cleaned
from kg.ingest.dates import find_date
from kg.ingest.language import guess_lang

_TITLE_MAX_CHARS = 250     # a longer first line is a lead paragraph, not a headline
_DATELINE_MAX_CHARS = 60   # only short lines near the top are read as datelines
_HEAD_LINES = 4            # how many lines of text may hold a dateline


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    lang: str | None = None

    def or_else(self, fallback: Metadata) -> Metadata:
        """Each field from `self` if set, otherwise from `fallback`."""
        return Metadata(**{field.name: _first_set(getattr(self, field.name), getattr(fallback, field.name))
                           for field in fields(self)})


def from_page(cleaned: Cleaned) -> Metadata:
    """What the cleaned text and its removed chrome lines say about the article."""
    return Metadata(
        title=guess_title(cleaned.text),
        published=_published(cleaned),
        publisher=next(filter(None, map(byline_name, cleaned.chrome)), None),
        lang=guess_lang(cleaned.text),
    )


def guess_title(text: str) -> str | None:
    """The first line when it reads as a headline: short, not a sentence, followed by more text."""
    first, _, rest = text.partition("\n")
    if rest.strip() and len(first) <= _TITLE_MAX_CHARS and not first.endswith("."):
        return first
    return None


def _published(cleaned: Cleaned) -> dt.date | None:
    head = [line for line in cleaned.text.split("\n")[:_HEAD_LINES] if len(line) <= _DATELINE_MAX_CHARS]
    for line in (*cleaned.chrome, *head):
        date = find_date(line)
        if date:
            return date
    return None


def _first_set(value, fallback):
    return value if value not in (None, "") else fallback
