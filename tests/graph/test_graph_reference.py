"""Facts from a reference source (the gazetteer, `kg build --enrich`) beside the seed article's."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, SKOS, XSD

from kg import vocab
from kg.errors import ValidationError
from kg.graph import KG, ReferenceFact, ReferenceSource, add_reference_facts, build_dataset, merged_graph, query, validate
from kg.graph.build import article_node as article_iri, entity_node as entity_iri
from kg.types import Entity, Value

ARTICLE = article_iri("sco-security-council-2024-04-03")
GAZETTEER = URIRef(vocab.source_iri("gazetteer"))
SCO = entity_iri("organization/shankhaiskaia-organizatsiia-sotrudnichestva")
KAZAKHSTAN, INDIA = entity_iri("Q232"), entity_iri("Q668")
INDIA_ENTITY = Entity(key="Q668", type="Country", label="Индия", wikidata="Q668", labels=(("en", "India"),))
SOURCE = ReferenceSource("gazetteer", "kg gazetteer", "sha256:0123456789abcdef")
LIST_NOTE = "SCO official member list, as of 2024-11"


def listed_members(sco_facts) -> list[ReferenceFact]:
    """Kazakhstan (also a member by the article's own reading) and India, which the article never names."""
    entities = {entity.key: entity for entity in sco_facts.entities}
    sco, kazakhstan = entities["organization/shankhaiskaia-organizatsiia-sotrudnichestva"], entities["Q232"]
    return [ReferenceFact(member, "memberOf", sco, (("validFrom", Value(year, "gYear")),), LIST_NOTE)
            for member, year in ((kazakhstan, "2001"), (INDIA_ENTITY, "2017"))]


@pytest.fixture(scope="module")
def enriched(sco_facts) -> Dataset:
    dataset = build_dataset([sco_facts])
    add_reference_facts(dataset, SOURCE, listed_members(sco_facts))
    return dataset


def test_reference_facts_live_in_the_source_graph_only(enriched, sco_dataset):
    source_graph = enriched.graph(GAZETTEER)
    assert (INDIA, KG.memberOf, SCO) in source_graph
    assert (INDIA, KG.memberOf, SCO) not in enriched.graph(ARTICLE)
    assert isomorphic(enriched.graph(ARTICLE), sco_dataset.graph(ARTICLE))
    assert (GAZETTEER, RDF.type, KG.ReferenceSource) in source_graph


def test_new_member_is_described_and_known_ones_are_left_alone(enriched, sco_dataset):
    default = enriched.default_graph
    assert (INDIA, SKOS.prefLabel, Literal("India", lang="en")) in default
    assert set(default.predicate_objects(KAZAKHSTAN)) == set(sco_dataset.default_graph.predicate_objects(KAZAKHSTAN))


def test_reference_fact_carries_source_year_and_citation(enriched):
    graph = enriched.graph(GAZETTEER)
    [statement] = graph.subjects(RDF.subject, INDIA)
    assert set(graph.objects(statement, RDF.type)) == {KG.ReferenceFact, RDF.Statement}
    assert graph.value(statement, PROV.wasDerivedFrom) == GAZETTEER
    assert graph.value(statement, KG.validFrom) == Literal("2017", datatype=XSD.gYear)
    assert graph.value(statement, DCTERMS.source) == Literal(LIST_NOTE)
    assert graph.value(statement, KG.sentence) is None


def test_membership_stated_by_text_and_list_is_one_node_derived_from_both(enriched):
    graph = merged_graph(enriched)
    [membership] = {m for m in graph.subjects(ORG.member, KAZAKHSTAN) if (m, ORG.organization, SCO) in graph}
    sources = {graph.value(statement, PROV.wasDerivedFrom) for statement in graph.objects(membership, PROV.wasDerivedFrom)}
    assert sources == {ARTICLE, GAZETTEER}


def test_enriched_graph_conforms(enriched):
    validate(enriched)


ORIGIN_QUERY = """
SELECT ?member ?origin WHERE {
    ?statement rdf:subject ?member ; rdf:predicate kg:memberOf ; prov:wasDerivedFrom ?source .
    ?source a ?origin .
}"""


def test_sparql_tells_text_facts_from_gazetteer_facts(enriched):
    origins = {(str(row.member), str(row.origin)) for row in query(enriched, ORIGIN_QUERY)}
    assert origins == {(str(KAZAKHSTAN), str(KG.Article)), (str(KAZAKHSTAN), str(KG.ReferenceSource)),
                       (str(INDIA), str(KG.ReferenceSource))}


def _reference_statement(graph):
    return next(iter(graph.subjects(RDF.type, KG.ReferenceFact)))


BREAKAGES = [
    ("reference fact with a sentence", lambda g: g.add((_reference_statement(g), KG.sentence, Literal("…", lang="ru"))),
     "not read from a sentence"),
    ("reference fact from an article", lambda g: g.set((_reference_statement(g), PROV.wasDerivedFrom, ARTICLE)),
     "ReferenceSource"),
    ("statement of both kinds", lambda g: g.add((_reference_statement(g), RDF.type, KG.Fact)),
     "exactly one of kg:Fact"),
    ("source without version", lambda g: g.remove((GAZETTEER, None, Literal(SOURCE.version))), "version"),
]


@pytest.mark.parametrize("name, breakage, expected", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_broken_reference_facts_fail_validation(enriched, name, breakage, expected):
    broken = Graph() + merged_graph(enriched)
    breakage(broken)
    with pytest.raises(ValidationError, match=expected):
        validate(broken)
