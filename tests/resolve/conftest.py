"""Fixtures for resolution tests: the real lemmatizer and the shipped gazetteer, loaded once."""
from __future__ import annotations

import pytest

from kg.resolve import default_lemmatizer, load_gazetteer


@pytest.fixture(scope="session")
def lemmatize():
    return default_lemmatizer()


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer()
