"""Cyrillic → ASCII transliteration behind `kg.vocab.iris.slug` (entity keys and IRIs).

One table (translit.tsv) so a key and the IRI made from it always spell a name the same way.
"""
from __future__ import annotations

import unicodedata
from functools import cache

from kg.resources import load_tsv


@cache
def table() -> dict[str, str]:
    """Lowercase letter → ASCII."""
    return {letter: ascii_ for letter, ascii_ in load_tsv("vocab", "translit.tsv")}


def transliterate(text: str) -> str:
    """ASCII for `text`, keeping capitals ("Шанхай" → "Shankhay"); other non-ASCII letters lose
    their diacritics ("é" → "e"), and symbols without an ASCII form become a space."""
    if text.isascii():   # the table maps non-ASCII letters only, and ASCII is its own ASCII form
        return text
    return "".join(_char(char) for char in text)


def _char(char: str) -> str:
    lower = char.lower()
    ascii_ = table().get(lower)
    if ascii_ is not None:
        return ascii_.capitalize() if char != lower else ascii_
    return unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii") or " "
