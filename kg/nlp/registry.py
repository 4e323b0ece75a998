"""Language plug-ins: a language code maps to a package whose `create()` builds its `Language`."""
from __future__ import annotations

import functools
import importlib

from kg.errors import KgError
from kg.nlp.base import Language

# Adding a language = one package under kg/nlp/<code>/ with `create() -> Language`, plus a line here.
PLUGINS: dict[str, str] = {
    "ru": "kg.nlp.ru",
}


class UnsupportedLanguageError(KgError):
    """The article's language has no NLP plug-in."""


def supported() -> tuple[str, ...]:
    return tuple(sorted(PLUGINS))


@functools.cache   # models are expensive: one Language per code per process
def load(lang: str = "ru") -> Language:
    """The NLP pipeline for `lang`, loaded on first use and reused afterwards."""
    if lang not in PLUGINS:
        raise UnsupportedLanguageError(
            f"no NLP support for language {lang!r}; supported: {', '.join(supported())}")
    return importlib.import_module(PLUGINS[lang]).create()
