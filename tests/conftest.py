"""Fixtures shared by the whole suite: paths to the shipped demo data."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEMO_ARTICLE = REPO / "examples" / "ru" / "sco-security-council-2024-04-03.txt"


@pytest.fixture(scope="session")
def demo_article_path() -> Path:
    return DEMO_ARTICLE
