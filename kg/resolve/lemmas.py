"""Lemma keys: the inflection-free form of a phrase that every resolution step compares.

Resolution takes a ``lemmatize(text) -> lowercase lemma string`` callable (kg.types.Lemmatize):
the pipeline passes its language's, so nothing here is specific to one language.
"""
from __future__ import annotations

def initials(lemma_key: str, skip: frozenset[str]) -> str:
    """First letters of the words of a key, skipping function words: "шос" for ШОС's name."""
    return "".join(word[0] for word in lemma_key.split() if word not in skip and word[0].isalpha())


def is_abbreviation(text: str) -> bool:
    """An all-capitals token like "ШОС" or "ООН" (mixed "МВФ"/"ЕврАзЭС" count when mostly capitals)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not 2 <= len(letters) <= 8 or " " in text.strip():
        return False
    return sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 2) and letters[0].isupper()
