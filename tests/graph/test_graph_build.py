"""Building, serializing and validating the graph of the seed article."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import ValidationError
from kg.graph import KG, build_dataset, merged_graph, terms, validate
from kg.rdfio import from_rdflib, serialized as serialized_quads
from kg.graph.build import article_node as article_iri, entity_node as entity_iri
from kg.vocab.rdf import SCHEMA, WD

from graph_fixtures import ROOT, load_article_facts

TOKAYEV = entity_iri("person/kasym-zhomart-tokaev")
SCO = entity_iri("organization/shankhaiskaia-organizatsiia-sotrudnichestva")
KAZAKHSTAN, RUSSIA = entity_iri("Q232"), entity_iri("Q159")
STRATEGY = entity_iri("document/antinarkoticheskaia-strategiia-shos-na-2024-2029-gody")
ARTICLE = article_iri("sco-security-council-2024-04-03")


@pytest.fixture(scope="session")
def graph(sco_dataset) -> Graph:
    return merged_graph(sco_dataset)


def test_entities_live_in_the_default_graph_and_facts_in_the_article_graph(sco_dataset, sco_facts):
    default = sco_dataset.default_graph
    article_graph = sco_dataset.graph(ARTICLE)
    assert (TOKAYEV, RDF.type, KG.Person) in default
    assert (KAZAKHSTAN, KG.chairs, SCO) in article_graph and (KAZAKHSTAN, KG.chairs, SCO) not in default
    assert (ARTICLE, SCHEMA.datePublished, Literal("2024-04-03", datatype=XSD.date)) in article_graph
    assert len(set(article_graph.subjects(RDF.type, KG.Fact))) == len(sco_facts.facts)


def test_entity_description(graph):
    assert graph.value(KAZAKHSTAN, RDFS.label) == Literal("Казахстан", lang="ru")
    assert graph.value(KAZAKHSTAN, OWL.sameAs) == WD.Q232
    assert Literal("ШОС", lang="ru") in set(graph.objects(SCO, SKOS.altLabel))


def test_value_objects_become_typed_literals(graph):
    assert (STRATEGY, KG.startTime, Literal("2024", datatype=XSD.gYear)) in graph


def test_status_facts_also_become_org_memberships(graph):
    membership = graph.value(predicate=ORG.role, object=KG.memberRole)
    assert graph.value(membership, ORG.member) == KAZAKHSTAN
    assert graph.value(membership, ORG.organization) == SCO
    statement = graph.value(membership, PROV.wasDerivedFrom)
    assert graph.value(statement, RDF.predicate) == KG.memberOf


def serialized(dataset, fmt: str) -> bytes:
    """What kg writes for a built dataset (kg.rdfio's writer, as `KnowledgeGraph.serialize` uses it)."""
    return serialized_quads(from_rdflib(dataset), fmt)


def test_turtle_round_trip_is_isomorphic(sco_dataset, graph):
    parsed = Graph().parse(data=serialized(sco_dataset, "turtle"), format="turtle")
    assert isomorphic(parsed, graph)


def test_trig_round_trip_keeps_every_named_graph(sco_dataset):
    parsed = Dataset()
    parsed.parse(data=serialized(sco_dataset, "trig"), format="trig")
    assert isomorphic(parsed.graph(ARTICLE), sco_dataset.graph(ARTICLE))
    assert isomorphic(parsed.default_graph, sco_dataset.default_graph)


ENGINES = ("fast", "full")   # pyshacl-turbo (kg build's default) and pyshacl (--validate full)


@pytest.mark.parametrize("mode", ENGINES)
def test_good_graph_conforms(sco_dataset, mode):
    validate(sco_dataset, mode)
    validate(from_rdflib(sco_dataset), mode)   # the quads KnowledgeGraph hands over


@pytest.mark.parametrize("mode", ENGINES)
def test_validation_leaves_the_shared_shapes_and_ontology_as_parsed(sco_dataset, mode):
    # they are parsed once per process and shared; pyshacl adds axioms to the shapes graph it gets
    before = {name: set(read()) for name, read in (("shapes", terms.shapes), ("ontology", terms.ontology))}
    validate(sco_dataset, mode)
    assert {"shapes": set(terms.shapes()), "ontology": set(terms.ontology())} == before
    assert terms.shapes() is terms.shapes() and len(before["shapes"]) > 300


def test_merging_two_articles_keeps_one_entity_and_two_readings():
    dataset = build_dataset([load_article_facts("copy-a"), load_article_facts("copy-b")])
    graph = merged_graph(dataset)
    assert len(list(graph.objects(TOKAYEV, RDF.type))) == 1
    readings = set(graph.subjects(RDF.predicate, KG.chairs))
    assert {graph.value(r, PROV.wasDerivedFrom) for r in readings} == {article_iri("copy-a"), article_iri("copy-b")}
    validate(graph)


def _drop(graph, triple):
    graph.remove(triple)


def _drop_statement_of(graph, predicate):
    for node in list(graph.subjects(RDF.predicate, predicate)):
        graph.remove((node, None, None))


BREAKAGES = [
    ("entity without label", lambda g: _drop(g, (TOKAYEV, RDFS.label, None)), "rdfs:label"),
    ("fact without article", lambda g: _drop(g, (None, PROV.wasDerivedFrom, ARTICLE)), "wasDerivedFrom"),
    ("fact without sentence", lambda g: _drop(g, (None, KG.sentence, None)), "sentence"),
    ("triple without statement", lambda g: _drop_statement_of(g, KG.chairs), "no statement node"),
    ("two types", lambda g: g.add((SCO, RDF.type, KG.Country)), "exactly one rdf:type"),
    ("type outside the ontology", lambda g: g.set((TOKAYEV, RDF.type, SCHEMA.Person)), "exactly one rdf:type"),
    ("untyped date", lambda g: g.set((STRATEGY, KG.startTime, Literal("2024"))), "startTime"),
    ("chairs a country", lambda g: g.set((KAZAKHSTAN, KG.chairs, RUSSIA)), "kg:chairs"),
    ("confidence above 1", lambda g: g.set((min(g.subjects(KG.confidence)), KG.confidence, Literal(2.5))), "confidence"),
]


@pytest.mark.parametrize("mode", ENGINES)
@pytest.mark.parametrize("name, breakage, expected", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_broken_graph_fails_validation(graph, name, breakage, expected, mode):
    broken = Graph() + graph
    breakage(broken)
    with pytest.raises(ValidationError, match=expected):
        validate(broken, mode)


def test_no_validation_is_asked_for_by_name(graph):
    broken = Graph() + graph
    _drop(broken, (TOKAYEV, RDFS.label, None))
    validate(broken, "none")
    with pytest.raises(ValueError, match="unknown validation mode"):
        validate(broken, "quick")


def test_input_order_does_not_change_the_output():
    first, second = load_article_facts("a"), load_article_facts("b")
    assert serialized(build_dataset([first, second]), "trig") == serialized(build_dataset([second, first]), "trig")


DIGEST_SCRIPT = """
import hashlib, sys
sys.path[:0] = [{root!r}, {tests!r}]
from graph_fixtures import load_article_facts
from kg.graph import build_dataset
from kg.rdfio import from_rdflib, serialized
quads = from_rdflib(build_dataset([load_article_facts(name) for name in "abc"]))
print(" ".join(hashlib.sha256(serialized(quads, f)).hexdigest() for f in ("turtle", "trig", "nquads")))
"""


def _digests_with_hash_seed(seed: str) -> str:
    script = DIGEST_SCRIPT.format(root=str(ROOT), tests=str(Path(__file__).parents[1]))
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout


def test_output_is_byte_identical_across_processes():
    """Set and dict order of strings changes with the hash seed; the files must not.

    (Seeds 1 and 3 order rdflib's stock TriG output differently for these three graphs.)
    """
    assert _digests_with_hash_seed("1") == _digests_with_hash_seed("3")


def test_ill_typed_value_is_refused():
    from kg.graph.build import literal
    from kg.types import Value

    with pytest.raises(ValidationError, match="gYear"):
        literal(Value("2024-2029", "gYear"))
