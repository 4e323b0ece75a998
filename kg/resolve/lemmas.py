"""Lemma keys: the inflection-free form of a phrase that every resolution step compares.

The only language-specific piece is `default_lemmatizer`; everything else takes a
``lemmatize(text) -> lowercase lemma string`` callable, so another language plugs in here.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

Lemmatize = Callable[[str], str]


def words(text: str) -> list[str]:
    """The words of a phrase (hyphenated compounds stay one word, punctuation drops)."""
    from kg.nlp.ru.phrases import words as phrase_words

    return phrase_words(text)


@lru_cache(maxsize=1)
def default_lemmatizer() -> Lemmatize:
    """Russian phrase lemmas (pymorphy2 through natasha's MorphVocab), loaded once per process.

    The pipeline passes its language's `lemmatize`; this default serves tests and scripts.
    """
    from kg.nlp.ru.phrases import phrase_lemmatizer

    return phrase_lemmatizer()


def initials(lemma_key: str, skip: frozenset[str]) -> str:
    """First letters of the words of a key, skipping function words: "шос" for ШОС's name."""
    return "".join(word[0] for word in lemma_key.split() if word not in skip and word[0].isalpha())


def is_abbreviation(text: str) -> bool:
    """An all-capitals token like "ШОС" or "ООН" (mixed "МВФ"/"ЕврАзЭС" count when mostly capitals)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not 2 <= len(letters) <= 8 or " " in text.strip():
        return False
    return sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 2) and letters[0].isupper()
