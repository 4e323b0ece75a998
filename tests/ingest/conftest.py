"""Fixtures of the ingest tests: the seed article read through `kg.ingest.read`, fixture paths."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import ingest
from kg.types import Article

INGEST_DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"


@pytest.fixture(scope="session")
def seed(demo_article_path: Path) -> Article:
    (article,) = ingest.read([demo_article_path])
    assert isinstance(article, Article), article
    return article


@pytest.fixture(scope="session")
def seed_text(demo_article_path: Path) -> str:
    return demo_article_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    return INGEST_DATA
