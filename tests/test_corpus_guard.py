"""A fresh build of the guard corpus equals the snapshot (see tests/corpus_guard.py)."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from corpus_guard import SNAPSHOT, build


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    return build(tmp_path_factory.mktemp("guard"))


def named_graphs(path) -> dict[str, Graph]:
    dataset = Dataset()
    dataset.parse(path, format="trig")
    return {str(g.identifier): _copy(g) for g in dataset.graphs() if len(g)}


def _copy(triples) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def union(graphs: dict[str, Graph]) -> Graph:
    return _copy(t for g in graphs.values() for t in g)


def difference(expected: Graph, actual: Graph) -> str:
    _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = [f"- {t}" for t in sorted(missing)[:5]] + [f"+ {t}" for t in sorted(extra)[:5]]
    return f"{len(missing)} triples missing, {len(extra)} extra:\n" + "\n".join(lines)


def test_every_named_graph_is_isomorphic_to_the_snapshot(fresh):
    expected, actual = named_graphs(SNAPSHOT / "graph.trig"), named_graphs(fresh / "graph.trig")
    assert sorted(actual) == sorted(expected)
    for name, graph in expected.items():
        assert isomorphic(graph, actual[name]), f"{name}: {difference(graph, actual[name])}"


@pytest.mark.parametrize("written", ["graph.ttl", "graph.trig"])
def test_the_merged_graph_is_isomorphic_to_the_snapshot(fresh, written):
    expected = union(named_graphs(SNAPSHOT / "graph.trig"))
    actual = union(named_graphs(fresh / written)) if written.endswith(".trig") else Graph().parse(fresh / written)
    assert isomorphic(expected, actual), difference(expected, actual)


def test_facts_tsv_is_identical_to_the_snapshot(fresh):
    expected = (SNAPSHOT / "facts.tsv").read_text(encoding="utf-8").splitlines()
    assert (fresh / "facts.tsv").read_text(encoding="utf-8").splitlines() == expected


def test_the_store_keeps_the_same_quads(fresh):
    expected = set((SNAPSHOT / "store.nq").read_text(encoding="utf-8").splitlines())
    actual = set((fresh / "store.nq").read_text(encoding="utf-8").splitlines())
    assert actual == expected, f"{len(expected - actual)} missing, {len(actual - expected)} extra"
