"""Page chrome: which lines of a page are website furniture rather than article text.

The rules live in `resources/<lang>/chrome.yml`; every rule matches a whole (stripped) line. The
language is not known yet when a page is cleaned, so the rules of every supported language apply.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.ingest.dates import is_dateline
from kg.languages import codes
from kg.resources import load_yaml


@dataclass(frozen=True)
class ChromeRules:
    bullet: re.Pattern[str]
    phrases: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]


def rules() -> ChromeRules:
    return _rules(codes())


@cache
def _rules(langs: tuple[str, ...]) -> ChromeRules:
    data = [load_yaml("ingest", "chrome.yml", lang) for lang in langs]
    return ChromeRules(
        bullet=re.compile(rf"[{re.escape(''.join(each['bullets'] for each in data))}]\s*"),
        phrases=frozenset(phrase.casefold() for each in data for phrase in each["phrases"]),
        patterns=tuple(re.compile(pattern, re.IGNORECASE) for each in data for pattern in each["patterns"]),
        bylines=tuple(re.compile(pattern, re.IGNORECASE) for each in data for pattern in each["bylines"]),
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
