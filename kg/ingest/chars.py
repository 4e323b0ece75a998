"""Character-level clean-up that keeps every index: odd spaces and Latin homoglyphs.

Both substitutions replace one character by one character, so a line's positions stay valid
and the offset map needs no bookkeeping for them. Invisible characters are only *recognized*
here; `clean` drops them while it builds the offset map.
"""
from __future__ import annotations

import re
from functools import cache

from kg.languages import codes
from kg.resources import load_tsv, load_yaml

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def _space_table() -> dict[int, str]:
    return {ord(char): " " for char in code_points(load_yaml("ingest", "characters.yml")["spaces"])}


@cache
def invisible() -> frozenset[str]:
    return code_points(load_yaml("ingest", "characters.yml")["invisible"])


def code_points(hex_codes: list[str]) -> frozenset[str]:
    """["00A0", …] → {"\\xa0", …}: data files spell invisible characters as hex."""
    return frozenset(chr(int(code, 16)) for code in hex_codes)


def _homoglyphs() -> dict[str, str]:
    """Latin letter → its look-alike in the script of any supported language (homoglyphs.tsv)."""
    return _homoglyph_table(codes())


@cache
def _homoglyph_table(langs: tuple[str, ...]) -> dict[str, str]:
    return {latin: native for lang in langs for latin, native in load_tsv("ingest", "homoglyphs.tsv", lang)}


def normalize_spaces(text: str) -> str:
    """No-break, typographic and other odd spaces (and tabs) → " "."""
    return text.translate(_space_table())


def fix_homoglyphs(text: str) -> str:
    """Latin look-alikes inside Cyrillic words → Cyrillic ("cоветов" → "советов").

    A word is rewritten only if it has a Cyrillic letter and every Latin letter in it has a
    Cyrillic twin, so Latin words ("kz") and genuine mixes ("iPhone-ом" is two words anyway)
    are left alone.
    """
    return _WORD.sub(_fix_word, text)


def _fix_word(match: re.Match[str]) -> str:
    word = match.group()
    if not _CYRILLIC.search(word):
        return word
    latin = [char for char in word if char.isascii() and char.isalpha()]
    table = _homoglyphs()
    if not latin or not all(char in table for char in latin):
        return word
    return "".join(table.get(char, char) for char in word)


def normalize(text: str) -> str:
    """Both length-preserving substitutions: what a span of `original` should read as in `text`."""
    return fix_homoglyphs(normalize_spaces(text))
