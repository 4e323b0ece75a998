"""Publication dates as printed on news pages: "3 апр. 2024 г.", "03.04.2024", ISO.

Month names and year words are per language (`resources/<lang>/dates.yml`); the language of a
page is not known yet when its dateline is read, so the names of every supported language count.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from kg.languages import codes
from kg.resources import load_yaml


def _month_numbers() -> dict[str, int]:
    return _months(codes())


@cache
def _months(langs: tuple[str, ...]) -> dict[str, int]:
    return {form.lower(): int(number) for lang in langs
            for number, forms in load_yaml("ingest", "dates.yml", lang)["months"].items() for form in forms}


def _patterns() -> tuple[re.Pattern[str], ...]:
    return _date_patterns(codes())


@cache
def _date_patterns(langs: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    # Longest forms first so "апреля" wins over "апр".
    names = "|".join(sorted(map(re.escape, _months(langs)), key=len, reverse=True))
    return (
        re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{names})\.?\s+(?P<year>\d{{4}})(?!\d)",
                   re.IGNORECASE),
        re.compile(r"(?<!\d)(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
        re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    )


def _year_suffix() -> re.Pattern[str]:
    return _year_suffix_pattern(codes())


@cache
def _year_suffix_pattern(langs: tuple[str, ...]) -> re.Pattern[str]:
    suffixes = "|".join(map(re.escape, [word for lang in langs
                                        for word in load_yaml("ingest", "dates.yml", lang)["year_suffixes"]]))
    return re.compile(rf"\s*(?:{suffixes})?\s*", re.IGNORECASE)


def find_date(text: str) -> dt.date | None:
    """The first valid date written anywhere in `text`, or None."""
    matches = [match for pattern in _patterns() for match in pattern.finditer(text)]
    for match in sorted(matches, key=lambda match: match.start()):
        date = _to_date(match)
        if date:
            return date
    return None


def is_dateline(text: str) -> bool:
    """True when `text` is nothing but a date ("3 апр. 2024 г."): page metadata, not prose."""
    for pattern in _patterns():
        match = pattern.match(text)
        if match and _to_date(match) and _year_suffix().fullmatch(text, match.end()):
            return True
    return False


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A metadata field (JSONL `date`, HTML <meta>) → date; None when it holds no date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    return find_date(str(value))


def _to_date(match: re.Match[str]) -> dt.date | None:
    month = match["month"]
    number = int(month) if month.isdigit() else _month_numbers()[month.lower()]
    try:
        return dt.date(int(match["year"]), number, int(match["day"]))
    except ValueError:   # "31.02.2024" and the like: not a date
        return None
