"""A script-based language guess: good enough to pick the NLP pipeline for news text."""
from __future__ import annotations

from collections import Counter
from functools import cache

from kg.resources import load_yaml


@cache
def _scripts() -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    return tuple((entry["lang"], tuple((int(low, 16), int(high, 16)) for low, high in entry["ranges"]))
                 for entry in load_yaml("ingest", "languages.yml")["scripts"])


def guess_lang(text: str) -> str:
    """The language whose script has the most letters in `text`; the first listed if none."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            lang = _lang_of(ord(char))
            if lang:
                counts[lang] += 1
    return counts.most_common(1)[0][0] if counts else _scripts()[0][0]


def _lang_of(code: int) -> str | None:
    for lang, ranges in _scripts():
        if any(low <= code <= high for low, high in ranges):
            return lang
    return None
