"""Session fixtures: the seed article's ArticleFacts and the dataset built from them."""
from __future__ import annotations

import pytest

from graph_fixtures import load_article_facts


@pytest.fixture(scope="session")
def sco_facts():
    return load_article_facts()


@pytest.fixture(scope="session")
def sco_dataset(sco_facts):
    from kg.graph import build_dataset

    return build_dataset([sco_facts])
