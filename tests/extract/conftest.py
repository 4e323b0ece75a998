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
def learned_pairs():
    """(text, predicate) → the (subject text, object text) of the facts the learned models wrote, through
    the whole pipeline."""
    from kg.extract.learned import LEARNED
    from kg.pipeline import Pipeline
    pipeline = Pipeline()

    def run(text: str, predicate: str) -> set[tuple[str, str]]:
        result = pipeline.process(ingest.from_text(text))
        return {(f.subject_mention.text, f.object_mention.text) for f in result.facts
                if f.provenance.extractor == LEARNED and f.predicate == predicate}
    return run


@pytest.fixture(scope="session")
def seed(read, demo_article_path) -> Extraction:
    return read(demo_article_path.read_text(encoding="utf-8"))
