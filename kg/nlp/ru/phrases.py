"""Lemma keys of bare Russian phrases (no sentence context): gazetteer aliases, mention normals.

Context-free on purpose: resolution compares thousands of gazetteer aliases with mentions, and
running the tagger on each alias would cost seconds per article; pymorphy's best parse of each
word is enough once the words are already in the nominative.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from natasha import MorphVocab

from kg import resources
from kg.nlp.base import fold
from kg.nlp.ru.models import morph_vocab

KNOWN_LEMMAS = "known_lemmas.tsv"
_WORD = re.compile(r"\w+(?:[-‐–]\w+)*")
# Nominative masculine surnames: pymorphy reads unknown ones as plural genitives
# ("Токаев" → "токай"), so a capitalized word of this shape is kept as it is.
_SURNAME = re.compile(r"[А-ЯЁ]\w+(?:ов|ев|ёв|ин|ын)$")


def words(text: str) -> list[str]:
    """The words of a phrase (hyphenated compounds stay one word, punctuation drops)."""
    return _WORD.findall(text)


def phrase_lemmatizer(vocab: MorphVocab | None = None) -> Callable[[str], str]:
    """A `lemmatize(text) -> "lemma lemma …"` function with a per-word cache."""
    vocab = vocab or morph_vocab()   # the process's one dictionary, shared with the sentence models
    known = known_lemmas()

    @lru_cache(maxsize=65536)
    def lemma(word: str) -> str:
        found = known.get(word)
        return found if found is not None else word_lemma(vocab, word)

    def lemmatize(text: str) -> str:
        return " ".join(lemma(word) for word in words(text))

    return lemmatize


def word_lemma(vocab: MorphVocab, word: str) -> str:
    """The lemma key of one word, from pymorphy2's parses."""
    if _SURNAME.match(word):
        return fold(word)
    parses = vocab.parse(word)
    # A capitalized word is usually a name: pymorphy ranks a female first name
    # ("Токаева") above the surname reading ("Токаев", genitive), which would split
    # one person in two, so a surname reading wins when there is one.
    if word[:1].isupper():
        surnames = [parse for parse in parses if "Surn" in parse.tag]
        if surnames:
            return fold(surnames[0].normal_form)
    return fold(parses[0].normal_form) if parses else fold(word)


@cache
def known_lemmas() -> dict[str, str]:
    """`word_lemma` of the words of the gazetteer's names, computed ahead (KNOWN_LEMMAS): every
    process indexes those names, and asking pymorphy2 for their 4,000 words took 0.35 s of CPU.
    tests/nlp/test_known_lemmas.py recomputes every row; tools/known_lemmas.py rewrites the file."""
    return dict(resources.load_tsv("nlp", KNOWN_LEMMAS, "ru"))
