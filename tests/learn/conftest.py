"""Learned-model fixtures: the shipped models loaded once, the tiny brat corpus, a parser."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import ingest, learn, nlp

TINY_CORPUS = Path(__file__).resolve().parent.parent / "data" / "learn"


@pytest.fixture(scope="session")
def shipped() -> learn.LearnedModels:
    return learn.load()


@pytest.fixture(scope="session")
def tiny_corpus() -> Path:
    return TINY_CORPUS


@pytest.fixture(scope="session")
def parse():
    language = nlp.load("ru")
    return lambda text: language.parse(ingest.from_text(text))
