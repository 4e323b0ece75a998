"""The store keeps entity descriptions once, in its default graph (issue 15). Before, it copied
them into every article graph that mentions them. What users see must not change: on a real
built corpus (the corpus guard's graph.trig), the named queries, `kg stats`, label parameters,
the distinct triples of the union and what `kg push` sends per article are the same with both
layouts, after adding, after replacing an article and after removing one."""
from functools import cache

import pyoxigraph as ox
import pytest

from kg.query import runner
from kg.query.named import load, names, run_named
from kg.serve.push import uploads
from kg.store import Store, stats
from kg.store import queries as store_queries
from kg.store.partition import split_graph
from kg.store.store import CONTENT_HASH

from tests.corpus_guard import SNAPSHOT

PARAMS = {"about-entity": {"entity": "Казахстан"}}
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def built_quads() -> list[ox.Quad]:
    return list(ox.parse(path=str(SNAPSHOT / "graph.trig"), format=ox.RdfFormat.TRIG))


def article_graphs(quads) -> list[str]:
    return sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)})


class CopiedLayout:
    """The store as it was: each article graph holds its own quads and a copy of the
    descriptions of what it mentions; descriptions no article mentions in the default graph."""

    def __init__(self, quads):
        self.oxigraph = ox.Store()
        self.add(quads)

    def add(self, quads) -> None:
        split = split_graph(quads)
        for unit in split.units:
            self.oxigraph.update(f"DROP SILENT GRAPH <{unit.iri}>")
            self.oxigraph.extend([*unit.own, *(ox.Quad(q.subject, q.predicate, q.object, unit.graph)
                                               for q in unit.described)])
        self.oxigraph.extend(split.unmentioned)

    def remove(self, iri: str) -> None:
        self.oxigraph.update(f"DROP GRAPH <{iri}> ;\n{store_queries.DROP_ORPHAN_ENTITIES}")


def seen(database: ox.Store) -> dict:
    """Everything a user can see of a graph, in a form two layouts can be compared by."""
    named = {name: sorted(tuple(map(str, row)) for row in run_named(database, load(name), PARAMS.get(name, {})))
             for name in names()}
    pushed = {upload.graph: {t for t in upload.triples if t.predicate != CONTENT_HASH}
              for upload in uploads(database, "https://w3id.org/kg/graph/rest")}
    return {"named queries": named, "stats": stats(database), "union": union(database), "push": pushed}


def union(database: ox.Store) -> set:
    """The distinct triples of all graphs (the store's own content hashes aside)."""
    return {(q.subject, q.predicate, q.object) for q in database.quads_for_pattern(None, None, None, None)
            if q.predicate != CONTENT_HASH}


@pytest.fixture(scope="module", autouse=True)
def each_query_checked_once():
    """`seen` runs the same seven named queries on both layouts, two or three times a test: kg's
    query check (an rdflib parse of the text, ~0.08 s each) decides nothing a layout changes, so
    each text is checked once, by the real check, and its verdict reused."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "check", cache(runner.check))
        yield


@pytest.fixture
def stored(tmp_path):
    quads = built_quads()
    with Store.open(tmp_path / "store") as store:
        store.add(quads)
        yield store, CopiedLayout(quads), quads


def test_the_corpus_is_real_and_has_shared_descriptions(stored):
    store, copied, quads = stored
    assert len(article_graphs(quads)) >= 5
    labels_copied = len(list(copied.oxigraph.quads_for_pattern(None, LABEL, None, None)))
    labels_once = len(list(store.oxigraph.quads_for_pattern(None, LABEL, None, None)))
    assert labels_once == sum(q.predicate == LABEL for q in quads)   # each label as built, once
    assert labels_once < labels_copied   # some entity is mentioned by two articles
    assert len(store.oxigraph) < len(copied.oxigraph)


def test_users_see_the_same_after_adding(stored):
    store, copied, _ = stored
    assert seen(store.oxigraph) == seen(copied.oxigraph)
    assert seen(store.oxigraph)["named queries"]["about-entity"]   # the label parameter found its entity


@pytest.mark.parametrize("position", [0, 1, -1])
def test_users_see_the_same_after_removing_an_article(stored, position):
    store, copied, quads = stored
    iri = article_graphs(quads)[position]
    assert store.remove(iri)
    copied.remove(iri)
    assert seen(store.oxigraph) == seen(copied.oxigraph)


@pytest.mark.parametrize("position", [0, -1])
def test_users_see_the_same_after_replacing_an_article(stored, position):
    """A rebuilt article that lost its facts: the facts go, and so do the descriptions of
    entities only it mentioned; another article's shared descriptions stay."""
    store, copied, quads = stored
    iri = article_graphs(quads)[position]
    graph = ox.NamedNode(iri)
    kept = [q for q in quads if q.graph_name == graph and q.subject == graph]   # rebuilt alone, no facts
    assert store.add(kept).replaced == (iri,)
    copied.add(kept)
    after = seen(store.oxigraph)
    assert after == seen(copied.oxigraph)
    assert not any(graph == row.graph_name for row in store.oxigraph.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"), None, None))
    assert len(after["union"]) < len(union(CopiedLayout(quads).oxigraph))   # descriptions went too


def test_removing_every_article_leaves_no_descriptions(stored):
    store, _, quads = stored
    for iri in article_graphs(quads):
        assert store.remove(iri)
    assert list(store.oxigraph.quads_for_pattern(None, LABEL, None, None)) == []
