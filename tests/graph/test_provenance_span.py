"""A fact whose evidence span lies outside its article's text cannot be placed in the original: the
graph refuses it with a one-line error naming the fact and the article; a span inside is placed."""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal

from kg.errors import ValidationError
from kg.graph.build import add_provenance
from kg.graph.terms import KG
from kg.types import Article, Entity, Fact, Provenance

TEXT = "Казахстан председательствует в ШОС."
ARTICLE = Article(id="a1", text=TEXT, original=TEXT, offsets=tuple(range(len(TEXT) + 1)))
KAZAKHSTAN = Entity(key="Q232", type="Country", label="Казахстан")
SCO = Entity(key="Q485207", type="Organization", label="ШОС")


def chairs(start: int, end: int) -> Fact:
    return Fact(KAZAKHSTAN, "chairs", SCO, Provenance("a1", TEXT, start, end, "frames", "chairs", 0.9))


@pytest.mark.parametrize("start, end, message", [
    (0, 99, f"fact 'chairs' in article a1: span 0:99 outside text of length {len(TEXT)}"),
    (-1, 5, f"fact 'chairs' in article a1: span -1:5 outside text of length {len(TEXT)}"),
])
def test_a_span_outside_the_text_is_refused_naming_fact_and_article(start, end, message):
    with pytest.raises(ValidationError) as refused:
        add_provenance(Graph(), BNode(), ARTICLE, chairs(start, end))
    assert str(refused.value) == message


@pytest.mark.parametrize("start, end", [(0, len(TEXT)), (0, 9)])
def test_a_span_inside_the_text_is_placed(start, end):
    graph, node = Graph(), BNode()
    add_provenance(graph, node, ARTICLE, chairs(start, end))
    assert (graph.value(node, KG.startOffset), graph.value(node, KG.endOffset)) == (Literal(start), Literal(end))
