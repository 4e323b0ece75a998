"""The graphs the viz tests draw: what `kg.build` really writes (the session corpus `built` of
tests/conftest.py: the demo article and two short articles), not a hand-made reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .browser import CHROMIUM, launched


@pytest.fixture(scope="session")
def demo_knowledge(built, demo_article_path):
    """The demo article alone, as `kg.build` read it: its result from `built` in a KnowledgeGraph
    (what `kg build` of that one file returns; the pictures of one article are checked on it)."""
    import kg

    original = demo_article_path.read_text(encoding="utf-8")
    [result] = [r for r in built.results if r.article.original == original]
    return kg.KnowledgeGraph(results=[result])


@pytest.fixture(scope="session")
def demo_trig(demo_knowledge, tmp_path_factory) -> Path:
    """The demo graph written as the CLI's input: graph.trig (one named graph per article)."""
    return demo_knowledge.serialize(tmp_path_factory.mktemp("graph") / "graph.trig", "trig")


@pytest.fixture(scope="package")
def chromium():
    """One headless chromium for the browser tests of tests/viz (each visit opens its own context);
    closed when the package's tests end, before tests of other packages run."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    with launched() as browser:
        yield browser
