"""The Russian plug-in's data files (kg/nlp/resources/ru/*.tsv), through kg's one resource loader."""
from __future__ import annotations

from kg.resources import load_tsv, load_words

LANG = "ru"


def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of kg/nlp/resources/ru/`name` (kg's TSV dialect)."""
    return load_tsv("nlp", name, LANG)


def words(name: str) -> frozenset[str]:
    """The first column of kg/nlp/resources/ru/`name`."""
    return load_words("nlp", name, LANG)
