"""The corpus store: idempotent add, replace, remove, locking, atomic articles, stats."""
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.rdfio import from_rdflib
from kg.store import Store, StoreLockedError, add_results, format_stats, stats

A = "https://w3id.org/kg/article/59db0caa3494ba20"
B = "https://w3id.org/kg/article/7f3e21c0d9a4b811"
TOKAYEV = URIRef("https://w3id.org/kg/id/Q57305")
SUMMIT = "https://w3id.org/kg/id/summit_sammit-shos-v-astane"


def quad_count(store_dir):
    with Store.open(store_dir, read_only=True) as store:
        return len(store.oxigraph)


def subjects(store, graph=None):
    query = "SELECT DISTINCT ?s WHERE { ?s ?p ?o }"
    return {row["s"].value for row in store.oxigraph.query(query, use_default_graph_as_union=True)}


def test_add_is_idempotent(store_dir, corpus):
    before = quad_count(store_dir)
    with Store.open(store_dir) as store:
        report = store.add(from_rdflib(corpus))
    assert (report.added, report.replaced, sorted(report.unchanged)) == ((), (), [A, B])
    assert quad_count(store_dir) == before


def test_changed_article_replaces_its_graph(store_dir, corpus):
    graph = corpus.graph(URIRef(B))
    graph.remove((None, None, Literal("Лидеры ШОС приняли Астанинскую декларацию", lang="ru")))
    with Store.open(store_dir) as store:
        report = store.add(from_rdflib(corpus))
        titles = list(store.oxigraph.query(f"SELECT ?t WHERE {{ GRAPH <{B}> {{ <{B}> <https://schema.org/headline> ?t }} }}"))
    assert (report.replaced, report.unchanged) == ((B,), (A,))
    assert titles == []


@pytest.mark.parametrize("removed, gone, kept", [
    (B, {SUMMIT, "https://w3id.org/kg/id/declaration_astaninskaya-deklaratsiya", B}, {str(TOKAYEV), A}),
    (A, {"https://w3id.org/kg/id/group_sekretari-sovetov-bezopasnosti-shos", A}, {str(TOKAYEV), SUMMIT, B}),
])
def test_remove_takes_entities_only_that_article_described(store_dir, removed, gone, kept):
    with Store.open(store_dir) as store:
        assert store.remove(removed.rpartition("/")[2])
        assert not store.remove(removed)
        remaining = subjects(store)
    assert not gone & remaining
    assert kept <= remaining


def test_second_writer_gets_clear_error(store_dir):
    script = ("import sys; from kg.store import Store\n"
              "try:\n    Store.open(sys.argv[1])\nexcept Exception as e:\n    print(e)")
    with Store.open(store_dir):
        out = subprocess.run([sys.executable, "-c", script, str(store_dir)], capture_output=True, text=True,
                             timeout=60).stdout.strip()
        with pytest.raises(StoreLockedError, match=f"is locked by kg process {os.getpid()}"):
            Store.open(store_dir, read_only=True)
    assert out == f"store {store_dir} is locked by kg process {os.getpid()}"   # the holder, by pid
    with Store.open(store_dir, read_only=True):   # a reader is not a writer: no pid to name
        with pytest.raises(StoreLockedError, match="is locked by kg process reading it"):
            Store.open(store_dir)


def test_readers_share_the_store(store_dir):
    with Store.open(store_dir, read_only=True) as first, Store.open(store_dir, read_only=True) as second:
        assert len(first.oxigraph) == len(second.oxigraph) > 0


def test_interrupted_article_leaves_store_as_before(store_dir, corpus, monkeypatch):
    from kg.store.partition import Unit

    corpus.graph(URIRef(B)).add((TOKAYEV, SKOS.altLabel, Literal("К.-Ж. Токаев", lang="ru")))
    real = Unit.quads

    def failing(unit):
        for number, quad in enumerate(real(unit)):
            if unit.iri == B and number == 5:
                raise KeyboardInterrupt   # what Ctrl-C mid-article looks like
            yield quad

    before = quad_count(store_dir)
    monkeypatch.setattr(Unit, "quads", failing)
    with Store.open(store_dir) as store, pytest.raises(KeyboardInterrupt):
        store.add(from_rdflib(corpus))
    assert quad_count(store_dir) == before


@pytest.mark.parametrize("failing_article", [None, 0, 1])
def test_new_articles_their_hashes_and_descriptions_are_one_commit(tmp_path, store_dir, corpus, monkeypatch,
                                                                   failing_article):
    """New articles go into the store with their content hashes and the descriptions they mention in
    one bulk load, which commits all it wrote at once: an error while the second article is being
    prepared (the first one already read by the loader) leaves nothing of the first. Twin: without
    an error, both are stored whole, as `add_results` stores them."""
    from kg.store import store as store_module

    real, hashed = store_module.text_hash, []

    def hashing(*texts):
        if len(hashed) == failing_article:
            raise OSError("disk full")
        hashed.append(texts)
        return real(*texts)

    monkeypatch.setattr(store_module, "text_hash", hashing)
    with Store.open(tmp_path / "new") as store:
        if failing_article is None:
            store.add(from_rdflib(corpus))
        else:
            with pytest.raises(OSError, match="disk full"):
                store.add(from_rdflib(corpus))
        stored, hashes = len(store.oxigraph), store.content_hashes()
    if failing_article is None:
        assert (sorted(hashes), stored) == ([A, B], quad_count(store_dir))
    else:
        assert (hashes, stored) == ({}, 0)


@pytest.mark.parametrize("leftover", ["a stray quad", "half of the article"])
def test_article_cut_off_in_the_bulk_loader_is_replaced_whole(tmp_path, store_dir, corpus, leftover):
    """New articles go through Oxigraph's bulk loader, which is not atomic; their content hashes
    are written after them, so a graph left without one is replaced on the next add."""
    import pyoxigraph as ox

    quads = from_rdflib(corpus)
    of_a = [q for q in quads if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == A]
    stray = ox.Quad(ox.NamedNode(A), ox.NamedNode("https://w3id.org/kg/ontology#stray"), ox.Literal("x"),
                    ox.NamedNode(A))
    cut_off = [stray] if leftover == "a stray quad" else of_a[: len(of_a) // 2] + [stray]
    with Store.open(tmp_path / "cut") as store:
        store.oxigraph.extend(cut_off)
        report = store.add(quads)
        assert stray not in store.oxigraph
    assert sorted(report.added) == [A, B]
    assert quad_count(tmp_path / "cut") == quad_count(store_dir)


def test_stats_counts_articles_entities_facts_dates(store_dir):
    with Store.open(store_dir, read_only=True) as store:
        numbers = stats(store.oxigraph)
    assert numbers["articles"] == 2
    assert numbers["entities"]["kg:Person"] == 1
    assert numbers["facts"] == {"kg:chairs": 2, "kg:adopts": 1, "kg:meetsWith": 1, "kg:memberOf": 1}
    assert numbers["dates"] == {"first": "2024-04-03", "last": "2024-07-04"}


@pytest.mark.parametrize("graph_kind", ["store", "file"])
def test_stats_command(cli, store_dir, corpus_path, graph_kind):
    target = store_dir if graph_kind == "store" else corpus_path
    result = CliRunner().invoke(cli, ["stats", str(target)])
    assert result.exit_code == 0, result.output
    assert "articles: 2" in result.output and "kg:chairs: 2" in result.output


def test_remove_command(cli, store_dir):
    result = CliRunner().invoke(cli, ["remove", str(store_dir), "59db0caa3494ba20", "nope"])
    assert result.exit_code == 1
    assert result.output.splitlines() == ["removed: 59db0caa3494ba20", "not in store: nope"]
    with Store.open(store_dir, read_only=True) as store:
        assert store.articles() == [B]


def test_remove_refuses_a_plain_directory(cli, tmp_path):
    result = CliRunner().invoke(cli, ["remove", str(tmp_path), "x"])
    assert result.exit_code == 1 and "is not a kg store" in result.output


def _graph_with(value):
    """One article graph whose article has `value` as kg:note (and a description in the default graph)."""
    import pyoxigraph as ox

    article, entity = ox.NamedNode(A), ox.NamedNode("https://w3id.org/kg/id/Q232")
    note, label = ox.NamedNode("https://w3id.org/kg/ontology#note"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    quads = [ox.Quad(article, note, value, article), ox.Quad(article, note, entity, article),
             ox.Quad(entity, label, ox.Literal("Казахстан", language="ru"), ox.DefaultGraph())]
    if isinstance(value, ox.BlankNode):
        quads.append(ox.Quad(value, label, ox.Literal("узел _:b0 внутри"), article))
    return quads


@pytest.mark.parametrize("kind", ["blank node", "literal that looks like one", "plain literal"])
def test_articles_with_and_without_blank_nodes_are_stored_whole_and_once(tmp_path, kind):
    import pyoxigraph as ox

    value = {"blank node": ox.BlankNode("b0"), "literal that looks like one": ox.Literal("_:b0"),
             "plain literal": ox.Literal("b0")}[kind]
    with Store.open(tmp_path / "s") as store:
        first = store.add(_graph_with(value))
        stored = list(store.oxigraph)
        again = store.add(_graph_with(ox.BlankNode("other") if kind == "blank node" else value))
        assert sorted(map(str, store.oxigraph)) == sorted(map(str, stored))
    assert (first.added, again.unchanged) == ((A,), (A,))   # blank-node labels do not count
    in_graph = {graph: {(str(q.predicate), str(q.object)) for q in stored if q.graph_name == graph}
                for graph in (ox.NamedNode(A), ox.DefaultGraph())}
    label = ('<http://www.w3.org/2000/01/rdf-schema#label>', '"Казахстан"@ru')
    assert label in in_graph[ox.DefaultGraph()] and label not in in_graph[ox.NamedNode(A)]   # stored once
    assert len(stored) == len(_graph_with(value)) + 1   # + the content hash
    if kind == "blank node":
        [node] = {q.object for q in stored if q.predicate.value.endswith("#note") and isinstance(q.object, ox.BlankNode)}
        assert any(q.subject == node for q in stored)   # the node keeps its own triple


@pytest.mark.parametrize("articles, dates_line", [(False, "dates: - .. -"), (True, "dates: 2024-04-03 .. 2024-07-04")])
def test_stats_of_a_store_with_and_without_dated_articles(tmp_path, corpus, articles, dates_line):
    """An empty store has no dates: the counts are zero and the date range prints as "-" (the twin,
    the test corpus, has both ends)."""
    add_results(tmp_path / "store", from_rdflib(corpus) if articles else [])
    with Store.open(tmp_path / "store", read_only=True) as store:
        numbers = stats(store.oxigraph)
    assert (numbers["articles"] > 0) is articles and bool(numbers["facts"]) is articles
    assert dates_line in format_stats(numbers).splitlines()


def test_a_new_store_is_created_with_its_missing_parent_directories(tmp_path, corpus):
    store_dir = tmp_path / "not" / "yet" / "there"
    report = add_results(store_dir, from_rdflib(corpus))
    assert sorted(report.added) == [A, B] and quad_count(store_dir) > 0


@pytest.mark.parametrize("second_label", ["b0", "other"])
def test_a_description_with_a_blank_node_is_stored_once_hashed_by_content_and_removed(tmp_path, second_label):
    """Blank-node labels are arbitrary: the same description under another label is the same
    article; removing the article takes the description and the node hanging off it."""
    import pyoxigraph as ox

    article, entity = ox.NamedNode(A), ox.NamedNode("https://w3id.org/kg/id/Q232")
    note = ox.NamedNode("https://w3id.org/kg/ontology#note")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

    def graph(blank):
        return [ox.Quad(article, note, entity, article), ox.Quad(entity, note, blank, ox.DefaultGraph()),
                ox.Quad(blank, label, ox.Literal("Казахстан", language="ru"), ox.DefaultGraph())]

    with Store.open(tmp_path / "s") as store:
        first = store.add(graph(ox.BlankNode("b0")))
        again = store.add(graph(ox.BlankNode(second_label)))
        in_default = list(store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        assert store.remove(A)
        left = list(store.oxigraph)
    assert (first.added, again.unchanged) == ((A,), (A,))
    assert len(in_default) == 2   # not again under the other label
    assert left == []
