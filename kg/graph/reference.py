"""Facts taken from a curated reference source (the gazetteer), not read from any text.

They go to the source's own named graph (IRI = source IRI, e.g.
https://w3id.org/kg/source/gazetteer) as `kg:ReferenceFact` statement nodes derived from a
`kg:ReferenceSource`, so they never mix with an article's `kg:Fact`s and dropping that graph
removes them. Entities they introduce are described in the default graph like any other.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg import vocab
from kg.graph import terms
from kg.graph.build import add_entity, add_membership, add_qualifiers, entity_node, object_term
from kg.identity import object_id
from kg.vocab.rdf import KG, SCHEMA
from kg.types import Entity, Qualifiers, Value


@dataclass(frozen=True)
class ReferenceSource:
    """A curated dataset: `name` makes its IRI, `version` pins the exact content used."""

    name: str                    # e.g. "gazetteer"
    label: str                   # e.g. "kg gazetteer (kg/gazetteer/resources/gazetteer.jsonl)"
    version: str                 # e.g. a content digest


@dataclass(frozen=True)
class ReferenceFact:
    """A statement the source makes, with where inside the source it comes from."""

    subject: Entity
    predicate: str               # ontology property name, e.g. "memberOf"
    object: Entity | Value
    qualifiers: Qualifiers = ()  # e.g. (("validFrom", Value("2017", "gYear")),)
    citation: str = ""           # the source's own note, e.g. "SCO official member list, as of 2024-11"


def add_reference_facts(dataset: Dataset, source: ReferenceSource, facts: Iterable[ReferenceFact]) -> URIRef:
    """Add `facts` in the source's named graph (returned); entities not yet described get described."""
    node = URIRef(vocab.source_iri(source.name))
    graph = dataset.graph(node)
    graph.add((node, RDF.type, KG.ReferenceSource))
    graph.add((node, RDFS.label, Literal(source.label, lang="en")))
    graph.add((node, SCHEMA.version, Literal(source.version)))
    for fact in facts:
        for entity in _entities(fact):
            if (entity_node(entity.key), RDF.type, None) not in dataset.default_graph:
                add_entity(dataset.default_graph, entity)
        add_reference_fact(graph, source, fact)
    return node


def _entities(fact: ReferenceFact) -> tuple[Entity, ...]:
    return (fact.subject, *((fact.object,) if isinstance(fact.object, Entity) else ()))


def add_reference_fact(graph: Graph, source: ReferenceSource, fact: ReferenceFact) -> URIRef:
    """The direct triple, its kg:ReferenceFact node, and a membership for statuses."""
    subject, predicate = entity_node(fact.subject.key), terms.fact_property(fact.predicate)
    obj = object_term(fact.object)
    graph.add((subject, predicate, obj))
    node = URIRef(vocab.reference_fact_iri(source.name, fact.subject.key, fact.predicate, object_id(fact.object)))
    for prop, value in ((RDF.type, KG.ReferenceFact), (RDF.type, RDF.Statement), (RDF.subject, subject),
                        (RDF.predicate, predicate), (RDF.object, obj),
                        (PROV.wasDerivedFrom, URIRef(vocab.source_iri(source.name)))):
        graph.add((node, prop, value))
    if fact.citation:
        graph.add((node, DCTERMS.source, Literal(fact.citation)))
    add_qualifiers(graph, node, fact)
    role = terms.membership_role(fact.predicate)
    if role is not None and isinstance(fact.object, Entity):
        add_membership(graph, fact, role, node)
    return node
