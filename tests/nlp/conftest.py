"""NLP fixtures: Articles built straight from text, and the Russian pipeline loaded once."""
from __future__ import annotations

import pytest

from kg import nlp
from kg.types import Article


def article(text: str) -> Article:
    """An Article whose cleaned text is its original (until tests can use kg.ingest)."""
    return Article(id="test", text=text, original=text, offsets=tuple(range(len(text) + 1)))


@pytest.fixture(scope="session")
def make_article():
    return article


@pytest.fixture(scope="session")
def russian() -> nlp.Language:
    return nlp.load("ru")


@pytest.fixture(scope="session")
def seed_text(demo_article_path) -> str:
    return demo_article_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(russian, seed_text):
    return russian.parse(article(seed_text))


@pytest.fixture(scope="session")
def span_of():
    return find_span


def find_span(doc, phrase: str, occurrence: int = 0):
    """The Span covering the `occurrence`-th appearance of `phrase` in the doc's text."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None, f"{phrase!r} does not fall on token boundaries"
    return span
