"""Front matter of a .txt article: a `---` line, `key: value` lines, a `---` line, then the text.

    ---
    url: https://ria.ru/20251124/masadykov--2057254879.html
    publisher: РИА Новости
    date: 2025-11-24
    title: Ушаков назвал имя нового генсека ОДКБ
    ---
    Ушаков назвал имя нового генсека ОДКБ
    …

Read as metadata (url, publisher, date, title, lang; other keys are ignored), never as article
text. Deliberately not YAML: titles hold ": " and quotes that YAML would refuse or reinterpret.
A file whose first line is `---` promises a header, so a header that cannot be read (no closing
line, a line that is not `key: value`, a date that is not one) makes the file unusable
(`InputError`) instead of feeding "url: …" lines to the NLP as prose.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.errors import InputError
from kg.ingest.dates import is_dateline, parse_date
from kg.ingest.metadata import Metadata

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:(?P<value>.*)")
_PARTIAL_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")     # YYYY or YYYY-MM
_DELIMITER = "---"
_KNOWN = ("url", "publisher", "date", "title", "lang")
_QUOTES = ('"', "'")


@dataclass(frozen=True)
class FrontMatter:
    metadata: Metadata             # what the header states; wins over what the page suggests
    body_start: int                # index of the article's first character in the file text
    partial_date: str | None = None  # "2025" or "2025-11": a date the header gives only in part
    title_at: int | None = None      # index in the file text of the title's first character


def split(text: str) -> FrontMatter | None:
    """The header of `text`, or None when its first line is not `---`. Raises InputError if malformed."""
    lines = _LINE.findall(text)
    if not lines or lines[0].rstrip("\r\n") != _DELIMITER:
        return None
    fields: dict[str, str] = {}
    starts: dict[str, int] = {}       # key → index in `text` of its value's first character
    offset = len(lines[0])
    for number, line in enumerate(lines[1:], start=2):
        content = line.rstrip("\r\n")
        line_start, offset = offset, offset + len(line)
        if content.strip() == _DELIMITER:
            return _front_matter(fields, offset, starts.get("title"))
        if content.strip():
            key = _add_field(fields, content, number)
            starts[key] = line_start + content.find(fields[key], content.index(":") + 1)
        if not line:   # the empty match at the end of the text
            break
    raise InputError(f"front matter: no closing '{_DELIMITER}' line after the header that starts at line 1")


def _add_field(fields: dict[str, str], content: str, number: int) -> str:
    match = _FIELD.fullmatch(content.strip())
    if not match:
        raise InputError(f"front matter line {number}: expected 'key: value', got {content.strip()[:60]!r}")
    key = match["key"].lower()
    if key in fields:
        raise InputError(f"front matter line {number}: {key!r} given twice")
    fields[key] = _unquote(match["value"].strip())
    if key == "date":
        _check_date(fields[key], number)
    return key


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in _QUOTES:
        return value[1:-1].strip()
    return value


def _check_date(value: str, number: int) -> None:
    if value and not (_PARTIAL_DATE.fullmatch(value) or is_dateline(value)):
        raise InputError(f"front matter line {number}: date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")


def _front_matter(fields: dict[str, str], body_start: int, title_at: int | None) -> FrontMatter:
    known = {key: fields.get(key) or None for key in _KNOWN}
    date = known.pop("date")
    partial = date if date and _PARTIAL_DATE.fullmatch(date) else None
    published = None if partial else parse_date(date)
    located = title_at if known["title"] and title_at is not None and title_at >= 0 else None
    return FrontMatter(Metadata(published=published, **known), body_start, partial, located)


def agrees(published: dt.date | None, partial_date: str) -> bool:
    """Whether a date guessed from the page fits a header date given only as "YYYY" or "YYYY-MM"."""
    return published is not None and published.isoformat().startswith(partial_date)
