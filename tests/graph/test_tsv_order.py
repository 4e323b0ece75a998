"""facts.tsv rows follow article, subject, predicate, object, whatever the statement nodes are called
(their IRIs are hashes, in no order a reader expects)."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from kg.graph.tsv import facts_rows
from kg.vocab.rdf import KG, SCHEMA

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


@pytest.mark.parametrize("language, labels, expected", [
    # the article's language picks the entity's label of that language
    ("en", [("Казахстан", "ru"), ("Kazakhstan", "en")], "Kazakhstan"),
    ("ru", [("Казахстан", "ru"), ("Kazakhstan", "en")], "Казахстан"),
    # an article without schema:inLanguage: the alphabetically first label, whatever its tag; rdflib
    # keeps a tag as written, so even a tag in capitals is no language the article asked for
    # (mutant tsv.facts_rows_35 gave such an article the language "XXXX")
    (None, [("Казахстан", "ru"), ("Kazakhstan", "en")], "Kazakhstan"),
    (None, [("Kazakhstan", "en"), ("Qazaqstan", "XXXX")], "Kazakhstan"),
])
def test_labels_follow_the_article_language(language, labels, expected):
    graph = graph_of(("f1", "a", "x", "chairs", "y"))
    for text, tag in labels:
        graph.add((URIRef(E + "x"), SKOS.prefLabel, Literal(text, lang=tag)))
    if language:
        graph.add((URIRef(E + "a"), SCHEMA.inLanguage, Literal(language)))
    (row,) = facts_rows(graph)
    assert row["subject_label"] == expected
