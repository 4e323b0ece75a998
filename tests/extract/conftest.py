"""Extraction fixtures: the Russian pipeline loaded once, and facts of a text as comparable tuples."""
from __future__ import annotations

import pytest

from kg import gazetteer, ingest, nlp
from kg.extract import ExtractContext, extract
from kg.types import Extraction


@pytest.fixture(scope="session")
def language() -> nlp.Language:
    return nlp.load("ru")


@pytest.fixture(scope="session")
def read(language):
    """text → Extraction, through the real ingest and NLP stages."""
    def run(text: str, **metadata) -> Extraction:
        article = ingest.from_text(text, **metadata)
        return extract(language.parse(article), ExtractContext(article, language, gazetteer.load_gazetteer()))
    return run


@pytest.fixture(scope="session")
def seed(read, demo_article_path) -> Extraction:
    return read(demo_article_path.read_text(encoding="utf-8"))
