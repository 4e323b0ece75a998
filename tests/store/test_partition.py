"""How the store splits a graph into articles and what they mention: blank nodes in descriptions
and in several new articles at once."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store import Store
from kg.store.partition import describe

ARTICLES = [ox.NamedNode(f"https://w3id.org/kg/article/{n:016x}") for n in (1, 2)]
NOTE = ox.NamedNode("https://w3id.org/kg/ontology#note")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
TOKAYEV, KAZAKHSTAN = ox.NamedNode("https://w3id.org/kg/id/Q57305"), ox.NamedNode("https://w3id.org/kg/id/Q232")


@pytest.mark.parametrize("order", [[TOKAYEV, KAZAKHSTAN], [KAZAKHSTAN, TOKAYEV]])
def test_a_blank_node_without_a_description_ends_no_walk(order):
    """A described node points to a blank node the default graph says nothing about: the walk skips
    it and goes on to the other nodes, in either order (mutant partition.describe_7 stopped there)."""
    blank = ox.BlankNode("b0")
    default = {TOKAYEV: [ox.Quad(TOKAYEV, NOTE, blank)],
               KAZAKHSTAN: [ox.Quad(KAZAKHSTAN, LABEL, ox.Literal("Казахстан", language="ru"))]}
    about, found = describe(order, default, {TOKAYEV: [blank]})
    assert sorted(map(str, about)) == sorted(map(str, order))
    assert sorted(map(str, found)) == sorted(str(quad) for quads in default.values() for quad in quads)


def test_a_blank_node_shared_by_two_nodes_is_described_once():
    """Twin: a blank node with a description, pointed to by both nodes, is walked into once."""
    blank = ox.BlankNode("b0")
    default = {TOKAYEV: [ox.Quad(TOKAYEV, NOTE, blank)], KAZAKHSTAN: [ox.Quad(KAZAKHSTAN, NOTE, blank)],
               blank: [ox.Quad(blank, LABEL, ox.Literal("узел"))]}
    about, found = describe([TOKAYEV, KAZAKHSTAN], default, {TOKAYEV: [blank], KAZAKHSTAN: [blank]})
    assert sorted(map(str, about)) == sorted(map(str, default))
    assert len(found) == 3


def _article_with_a_blank_node(article: ox.NamedNode, text: str) -> list[ox.Quad]:
    blank = ox.BlankNode(f"b{text}")
    return [ox.Quad(article, NOTE, blank, article), ox.Quad(blank, LABEL, ox.Literal(text), article)]


def test_new_articles_with_blank_nodes_added_at_once_are_all_stored(tmp_path):
    """Articles with blank nodes skip the N-Quads bulk loader (it would rename the nodes): every one
    of them is stored, not only the last (mutant Store._sort_37 kept the last article's quads)."""
    quads = [*_article_with_a_blank_node(ARTICLES[0], "one"), *_article_with_a_blank_node(ARTICLES[1], "two")]
    with Store.open(tmp_path / "s") as store:
        report = store.add(quads)
        stored = {(q.graph_name.value, q.object.value) for q in store.oxigraph if isinstance(q.object, ox.Literal)
                  and q.predicate == LABEL}
    assert sorted(report.added) == sorted(a.value for a in ARTICLES)
    assert stored == {(ARTICLES[0].value, "one"), (ARTICLES[1].value, "two")}
