"""Lemma keys: the inflection-free form of a phrase that every resolution step compares.

The only language-specific piece is `default_lemmatizer`; everything else takes a
``lemmatize(text) -> lowercase lemma string`` callable, so another language plugs in here.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

Lemmatize = Callable[[str], str]

_WORD = re.compile(r"[\w]+(?:[-‐–][\w]+)*", re.UNICODE)
# Nominative masculine surnames: pymorphy reads unknown ones as plural genitives
# ("Токаев" → "токай"), so a capitalized word of this shape is kept as it is.
_SURNAME = re.compile(r"[А-ЯЁ]\w+(?:ов|ев|ёв|ин|ын)$")


def words(text: str) -> list[str]:
    """The words of a phrase (hyphenated compounds stay one word, punctuation drops)."""
    return _WORD.findall(text)


def fold(word: str) -> str:
    """Case- and ё-insensitive form of a word, as used in lemma keys (same rule as kg.nlp)."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def default_lemmatizer() -> Lemmatize:
    """Russian lemmas from pymorphy2 through natasha's MorphVocab (loaded once per process)."""
    from natasha import MorphVocab

    vocab = MorphVocab()

    @lru_cache(maxsize=65536)
    def lemma(word: str) -> str:
        if _SURNAME.match(word):
            return fold(word)
        parses = vocab.parse(word)
        # A capitalized word is usually a name: pymorphy ranks a female first name
        # ("Токаева") above the surname reading ("Токаев", genitive), which would split
        # one person in two, so a surname reading wins when there is one.
        if word[:1].isupper():
            surnames = [p for p in parses if "Surn" in p.tag]
            if surnames:
                return fold(surnames[0].normal_form)
        return fold(parses[0].normal_form) if parses else fold(word)

    def lemmatize(text: str) -> str:
        return " ".join(lemma(word) for word in words(text))

    return lemmatize


def initials(lemma_key: str, skip: frozenset[str]) -> str:
    """First letters of the words of a key, skipping function words: "шос" for ШОС's name."""
    return "".join(word[0] for word in lemma_key.split() if word not in skip and word[0].isalpha())


def is_abbreviation(text: str) -> bool:
    """An all-capitals token like "ШОС" or "ООН" (mixed "МВФ"/"ЕврАзЭС" count when mostly capitals)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not 2 <= len(letters) <= 8 or " " in text.strip():
        return False
    return sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 2) and letters[0].isupper()
