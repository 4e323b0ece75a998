"""Page chrome: which lines of a page are website furniture rather than article text.

The rules live in `resources/chrome.yml`; every rule matches a whole (stripped) line.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.ingest.dates import is_dateline
from kg.ingest.datafiles import load_yaml


@dataclass(frozen=True)
class ChromeRules:
    bullet: re.Pattern[str]
    phrases: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]


@cache
def rules() -> ChromeRules:
    data = load_yaml("chrome.yml")
    return ChromeRules(
        bullet=re.compile(rf"[{re.escape(data['bullets'])}]\s*"),
        phrases=frozenset(phrase.casefold() for phrase in data["phrases"]),
        patterns=tuple(re.compile(pattern, re.IGNORECASE) for pattern in data["patterns"]),
        bylines=tuple(re.compile(pattern, re.IGNORECASE) for pattern in data["bylines"]),
    )


def unbulleted(line: str) -> str:
    """The line without surrounding spaces and its leading metadata bullet, if any."""
    line = line.strip()
    match = rules().bullet.match(line)
    return line[match.end():] if match else line


def byline_name(line: str) -> str | None:
    """"Фото автора: Политпросвет.kz" → "Политпросвет.kz"; None for any other line."""
    body = unbulleted(line)
    for pattern in rules().bylines:
        match = pattern.fullmatch(body)
        if match:
            return match["name"].strip()
    return None


def chrome_lines(lines: Sequence[str]) -> list[bool]:
    """For each line (spaces already normalized): is it chrome?

    A line that only repeats an earlier byline's name is chrome too: the seed prints the
    publisher twice, once after "Фото автора:" and once alone.
    """
    names: set[str] = set()
    flags = []
    for line in lines:
        name = byline_name(line)
        if name:
            names.add(name.casefold())
        flags.append(bool(name) or line.strip().casefold() in names or _is_furniture(unbulleted(line)))
    return flags


def _is_furniture(body: str) -> bool:
    if not body:   # a bullet with nothing after it
        return True
    return (body.casefold() in rules().phrases
            or any(pattern.fullmatch(body) for pattern in rules().patterns)
            or is_dateline(body))
