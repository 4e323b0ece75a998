"""Extraction fixtures: the Russian pipeline loaded once, and facts of a text as comparable tuples."""
from __future__ import annotations

import pytest

from kg import ingest, nlp
from kg.extract import ExtractContext, extract
from kg.types import Extraction, Mention


@pytest.fixture(scope="session")
def language() -> nlp.Language:
    return nlp.load("ru")


@pytest.fixture(scope="session")
def read(language):
    """text → Extraction, through the real ingest and NLP stages."""
    def run(text: str, **metadata) -> Extraction:
        article = ingest.from_text(text, **metadata)
        return extract(language.parse(article), ExtractContext(article, language))
    return run


def triple(candidate) -> tuple[str, str, str]:
    """(subject normal, predicate, object normal or literal): what a reader checks."""
    obj = candidate.object.normal if isinstance(candidate.object, Mention) else candidate.object.lexical
    return candidate.subject.normal, candidate.predicate, obj


@pytest.fixture(scope="session")
def seed(read, demo_article_path) -> Extraction:
    return read(demo_article_path.read_text(encoding="utf-8"))
