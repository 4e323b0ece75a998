"""`kg build --validate MODE --scheduler`: the workers check each batch's graph with the mode given.

A fault is planted in kg's RDF builder inside the worker processes (client.run), so the articles
go through NLP, extraction and resolution as usual and only the batch's graph breaks a shape: the
fast and full engines refuse it (the articles are recorded as bad, nothing is written for them),
and `none` writes it, which shows the refusals are the workers' checks with the mode asked for.
"""
from __future__ import annotations

import pytest

from kg.distributed import Manifest

from tests.distributed.conftest import kg


def _plant_confidence_above_one():
    """Every `chairs` fact of this worker process gets the confidence 2.5 (kgsh allows 0..1)."""
    import functools

    from rdflib import Literal

    from kg.graph import build
    from kg.vocab.rdf import KG

    original = build.add_fact

    @functools.wraps(original)
    def add_fact_with_fault(graph, article, fact):
        node = original(graph, article, fact)
        if fact.predicate == "chairs":
            graph.set((node, KG.confidence, Literal(2.5)))
        return node

    build.add_fact = add_fact_with_fault


def _remove_the_fault():
    from kg.graph import build

    build.add_fact = getattr(build.add_fact, "__wrapped__", build.add_fact)


@pytest.fixture
def planted(cluster):
    from dask.distributed import Client

    with Client(cluster) as client:
        client.run(_plant_confidence_above_one)
        try:
            yield
        finally:
            client.run(_remove_the_fault)


def _build(cluster, tmp_path, demo_article_path, *flags):
    return kg("build", demo_article_path, "--scheduler", cluster.scheduler_address, "-o", tmp_path / "out",
              "--no-learned", *flags)


@pytest.mark.parametrize("flags", [(), ("--validate", "fast"), ("--validate", "full")], ids=["default", "fast", "full"])
def test_the_workers_refuse_a_batch_that_breaks_a_shape(planted, cluster, tmp_path, demo_article_path, flags):
    result = _build(cluster, tmp_path, demo_article_path, *flags)
    assert result.exit_code == 1 and "articles: 0\n" in result.stdout and "bad: 1\n" in result.stdout, result.output
    assert "violates the shapes" in result.stdout and "confidence" in result.stdout
    assert not list((tmp_path / "out" / "shards").glob("*.nq"))


def test_validate_none_on_the_workers_writes_what_it_is_given(planted, cluster, tmp_path, demo_article_path):
    result = _build(cluster, tmp_path, demo_article_path, "--validate", "none")
    assert result.exit_code == 0 and "articles: 1\n" in result.stdout, result.output
    [shard] = (tmp_path / "out" / "shards").glob("*.nq")
    assert '"2.5"^^<http://www.w3.org/2001/XMLSchema#double>' in shard.read_text(encoding="utf-8")


def test_without_a_fault_every_mode_writes_the_article(cluster, tmp_path, demo_article_path):
    """The twin of the refusals: the same build with nothing planted is accepted by the workers' check."""
    result = _build(cluster, tmp_path, demo_article_path, "--validate", "full")
    assert result.exit_code == 0 and "articles: 1\n" in result.stdout and "bad: 0\n" in result.stdout, result.output
    assert len(Manifest.read(tmp_path / "out").entries) == 1
