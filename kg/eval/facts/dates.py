"""Dates as gold writes them (YYYY, YYYY-MM, YYYY-MM-DD), compared at the gold's precision."""
from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PREFIX = re.compile(r"-?" + _DATE.pattern)   # xsd:gYear, gYearMonth, date, dateTime: a date prefix


def parse(text: str) -> tuple[int, ...] | None:
    """"2026-01-01" → (2026, 1, 1), "2028" → (2028,); None unless the whole text is such a date."""
    match = _DATE.fullmatch(text.strip())
    if not match or not _valid(parts := tuple(int(part) for part in match.groups() if part)):
        return None
    return parts


def same_date(gold: str, predicted: str) -> bool:
    """True when `predicted` (an XSD lexical form) states `gold` at least as precisely: gold "2001"
    accepts "2001-06-15"; gold "2001-06-15" refuses "2001" (less precise) and "2001-06-16"."""
    wanted = parse(gold)
    match = _PREFIX.match(predicted.strip())
    if wanted is None or not match:
        return False
    found = tuple(int(part) for part in match.groups() if part)
    return found[:len(wanted)] == wanted


def _valid(parts: tuple[int, ...]) -> bool:
    try:
        dt.date(parts[0], *(parts[1:] + (1,) * (3 - len(parts))))
    except ValueError:
        return False
    return True
