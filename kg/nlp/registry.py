"""Loading a language's NLP: the plug-in registered for its code in kg.languages, once per process."""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from kg.languages import LANGUAGES, language
from kg.nlp.base import Language
from kg.registry import Entry

Lemmatize = Callable[[str], str]


def supported() -> tuple[str, ...]:
    return tuple(sorted(LANGUAGES.names()))


def load(lang: str = "ru") -> Language:
    """The NLP pipeline for `lang`, loaded on first use and reused afterwards (models are expensive)."""
    return LANGUAGES.get(lang)


@cache
def lemmatizer(lang: str) -> Lemmatize:
    """`lang`'s phrase lemmatizer for resolution outside a pipeline (tests, scripts): the plug-in's
    cheap one when it registered one (no sentence models load), else its loaded `Language`'s."""
    factory = language(lang).meta.get("lemmatizer")
    return Entry(f"{lang} lemmatizer", factory).build() if factory else load(lang).lemmatize
