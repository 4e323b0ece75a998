"""kg.graph.Descriptions: the default graph kept merged while articles arrive one by one, in any
order, is the default graph rdflib builds from all the articles at once, in article-id order."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.graph import Descriptions, described_entities
from kg.graph.tsv import index_of
from kg.rdfio import from_rdflib, serialized
from kg.types import Entity

from graph_fixtures import load_article_facts


def _views_changed(result, change):
    """The article with every view of its first entity changed by `change` (listed and in facts)."""
    key = result.entities[0].key

    def changed(entity):
        return change(entity) if isinstance(entity, Entity) and entity.key == key else entity

    facts = tuple(replace(f, subject=changed(f.subject), object=changed(f.object)) for f in result.facts)
    return replace(result, entities=tuple(map(changed, result.entities)), facts=facts)


@pytest.fixture(scope="module")
def articles():
    """Three copies of the seed article whose views of one entity disagree: "a" (first in id order)
    sets label and type; "b" adds a QID, an alias and an English label; "c" is retyped, relabelled."""
    a = load_article_facts("a")
    b = _views_changed(load_article_facts("b"), lambda e: replace(
        e, label="Другое имя", aliases=e.aliases | {"Псевдоним"}, wikidata="Q7", labels=(("en", "Other"),)))
    c = _views_changed(load_article_facts("c"), lambda e: replace(e, type="Event", label="Третье имя", wikidata="Q8"))
    return {"a": a, "b": b, "c": c}


SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"

# (arrival order, refresh after each article or only at the end)
ARRIVALS = [("abc", True), ("cba", True), ("bca", True), ("cba", False), ("bcab", True), ("aab", True)]


@pytest.mark.parametrize("order, each", ARRIVALS, ids=[f"{o}-{'each' if e else 'end'}" for o, e in ARRIVALS])
def test_descriptions_in_any_arrival_order_are_the_graph_built_at_once(articles, order, each):
    descriptions = Descriptions()
    for name in order:
        descriptions.add(articles[name])
        if each:
            descriptions.refresh()
    whole = from_rdflib(described_entities([articles[name] for name in order]))
    assert serialized(descriptions.quads(), "nquads") == serialized(whole, "nquads")
    expected = {node: {p: sorted(v) for p, v in about.items()} for node, about in index_of(whole).items()}
    assert {node: {p: sorted(v) for p, v in about.items()} for node, about in descriptions.index().items()} == expected


def test_the_first_article_in_id_order_sets_the_description_whenever_it_arrives(articles):
    """The twin of the rows above, read in the file: "a" arriving last still sets label and type."""
    descriptions = Descriptions()
    for name in "cba":
        descriptions.add(articles[name])
        descriptions.refresh()
    text = serialized(descriptions.quads(), "nquads").decode()
    tokaev = "<https://w3id.org/kg/id/person/kasym-zhomart-tokaev>"
    assert f'{tokaev} <{SKOS_PREF}> "Касым-Жомарт Токаев"@ru' in text and "Третье имя" not in text
    assert f"{tokaev} <{RDF_TYPE}> <https://w3id.org/kg/ontology#Person>" in text and "#Event" not in text
    assert f"{tokaev} <{OWL_SAME_AS}> <http://www.wikidata.org/entity/Q7>" in text and "Q8" not in text
