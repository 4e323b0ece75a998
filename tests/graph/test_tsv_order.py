"""facts.tsv rows follow article, subject, predicate, object, whatever the statement nodes are called
(their IRIs are hashes, in no order a reader expects)."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.graph.tsv import facts_rows
from kg.vocab.rdf import KG

E = "http://example.org/"


def graph_of(*facts: tuple[str, str, str, str, str]) -> Graph:
    graph = Graph()
    for node, article, subject, predicate, obj in facts:
        statement = URIRef(E + node)
        for prop, value in ((RDF.type, KG.Fact), (RDF.subject, URIRef(E + subject)),
                            (RDF.predicate, KG[predicate]), (RDF.object, URIRef(E + obj)),
                            (KG.confidence, Literal(0.9)), (KG.sentence, Literal("…")),
                            (PROV.wasDerivedFrom, URIRef(E + article))):
            graph.add((statement, prop, value))
    return graph


@pytest.mark.parametrize("facts, order", [
    # node names in reverse of the article order
    ([("f1", "b", "x", "chairs", "y"), ("f2", "a", "x", "chairs", "y")], ["a x chairs y", "b x chairs y"]),
    # one article: subject, then predicate, then object decide
    ([("f1", "a", "y", "chairs", "z"), ("f2", "a", "x", "memberOf", "z"), ("f3", "a", "x", "chairs", "z"),
      ("f4", "a", "x", "chairs", "w")],
     ["a x chairs w", "a x chairs z", "a x memberOf z", "a y chairs z"]),
])
def test_rows_are_sorted_by_article_subject_predicate_object(facts, order):
    rows = facts_rows(graph_of(*facts))
    assert [" ".join((row["article"].removeprefix(E), row["subject"].removeprefix(E),
                      row["predicate"].split(":")[-1], row["object"].removeprefix(E))) for row in rows] == order


def test_a_dataset_is_read_in_place_as_the_union_of_its_graphs(built):
    """facts.tsv of a Dataset (its quads read in place, no merged copy) is the table of its merged
    copy, labels and types from the default graph included, and the dataset is left as it was."""
    from kg.graph.union import merged_graph

    dataset = built.dataset
    size = len(list(dataset.quads((None, None, None, None))))
    rows = facts_rows(dataset)
    assert rows == facts_rows(merged_graph(dataset))
    assert rows and all(row["subject_label"] and row["subject_type"] for row in rows)
    assert len(list(dataset.quads((None, None, None, None)))) == size
