"""What users get out of the graph: provenance by SPARQL, OWL-RL closure, facts.tsv, networkx."""
from __future__ import annotations

import owlrl
import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import ORG, RDF, SKOS

from kg.graph import COLUMNS, KG, build_dataset, facts_rows, merged_graph, ontology, query, to_networkx, write_facts_tsv
from kg.graph.build import entity_node as entity_iri
from kg.vocab import namespace

WDT = Namespace(namespace("wdt"))
KAZAKHSTAN, RUSSIA = entity_iri("Q232"), entity_iri("Q159")
SCO = entity_iri("organization/shankhaiskaia-organizatsiia-sotrudnichestva")
TOKAYEV = entity_iri("person/kasym-zhomart-tokaev")

# The example query of docs/graph-model.md: which sentence says X <predicate> Y, and where.
PROVENANCE_QUERY = """
SELECT ?sentence ?start ?end ?extractor WHERE {
    ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kg:sentence ?sentence ; kg:startOffset ?start ; kg:endOffset ?end ; kg:extractor ?extractor .
    ?s skos:prefLabel ?subject_label .
    ?o skos:prefLabel|skos:altLabel ?object_label .
}"""


@pytest.mark.parametrize("subject, predicate, obj, evidence", [
    ("Казахстан", "chairs", "ШОС", "председательства Казахстана в ШОС"),
    ("Касым-Жомарт Токаев", "headOf", "Казахстан", "Президент Токаев"),
    ("Россия", "cooperatesWith", "Казахстан", "спецслужбы России и Казахстана находятся в постоянном контакте"),
])
def test_sparql_finds_the_sentence_and_original_span_behind_a_fact(sco_dataset, sco_facts, subject, predicate,
                                                                   obj, evidence):
    bindings = {"subject_label": Literal(subject, lang="ru"), "object_label": Literal(obj, lang="ru"),
                "p": KG[predicate]}
    rows = list(merged_graph(sco_dataset).query(PROVENANCE_QUERY, initBindings=bindings,
                                                initNs={"kg": KG._NS, "skos": SKOS._NS, "rdf": RDF._NS}))
    assert len(rows) == 1
    sentence, start, end, _ = rows[0]
    assert evidence in str(sentence)
    assert sco_facts.article.original[int(start):int(end)] == evidence


def test_query_helper_predefines_prefixes(sco_dataset):
    rows = query(sco_dataset, "SELECT ?o WHERE { ?s kg:memberOf ?o }")
    assert [row.o for row in rows] == [SCO]


@pytest.fixture(scope="module")
def closure(sco_dataset) -> Graph:
    graph = merged_graph(sco_dataset) + ontology()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


@pytest.mark.parametrize("triple, reason", [
    ((KAZAKHSTAN, KG.cooperatesWith, RUSSIA), "kg:cooperatesWith is symmetric"),
    ((SCO, KG.hasMember, KAZAKHSTAN), "kg:hasMember is the inverse of kg:memberOf"),
    ((SCO, KG.chairedBy, KAZAKHSTAN), "kg:chairedBy is the inverse of kg:chairs"),
    ((KAZAKHSTAN, ORG.memberOf, SCO), "kg:memberOf is a sub-property of org:memberOf"),
    ((KAZAKHSTAN, WDT.P463, SCO), "kg:memberOf is equivalent to wdt:P463"),
    ((SCO, ORG.hasMember, KAZAKHSTAN), "inverse of the super-property"),
])
def test_owlrl_closure_adds_inferred_triples(sco_dataset, closure, triple, reason):
    assert triple not in merged_graph(sco_dataset), "must be inferred, not stated"
    assert triple in closure, reason


def test_facts_tsv_header_and_rows(sco_dataset, sco_facts, tmp_path):
    path = write_facts_tsv(build_dataset([sco_facts]), tmp_path / "facts.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "subject\tsubject_label\tsubject_type\tpredicate\tobject\tobject_label\tobject_type\tconfidence\tarticle\tsentence"
    assert len(lines) == 1 + len(sco_facts.facts)
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)


@pytest.mark.parametrize("predicate, expected", [
    ("kg:chairs", {"subject": str(KAZAKHSTAN), "subject_label": "Казахстан", "subject_type": "kg:Country",
                   "object": str(SCO), "object_label": "Шанхайская организация сотрудничества",
                   "object_type": "kg:IntergovernmentalOrganization", "confidence": "0.900"}),
    ("kg:endTime", {"object": "2029", "object_label": "", "object_type": "xsd:gYear",
                    "subject_type": "kg:Strategy"}),
])
def test_facts_rows_are_readable(sco_dataset, predicate, expected):
    row = next(row for row in facts_rows(sco_dataset) if row["predicate"] == predicate)
    assert {column: row[column] for column in expected} == expected


def test_networkx_view_holds_facts_only(sco_dataset, sco_facts):
    network = to_networkx(sco_dataset)
    entity_edges = [fact for fact in sco_facts.facts if hasattr(fact.object, "key")]
    assert network.number_of_edges() == len(entity_edges)
    assert network.nodes[str(TOKAYEV)] == {"label": "Касым-Жомарт Токаев", "type": "kg:Person"}
    edge = network.get_edge_data(str(KAZAKHSTAN), str(SCO), key="kg:chairs")
    assert edge == {"predicate": "kg:chairs", "label": "председательствует", "sources": 1}
    strategy = entity_iri("document/antinarkoticheskaia-strategiia-shos-na-2024-2029-gody")
    assert network.nodes[str(strategy)]["kg:startTime"] == "2024"
