"""The `kg:` ontology terms as rdflib names, and kg's prefixes bound on rdflib graphs.

`KG` must list exactly the terms ontologies/kg.ttl defines (tests/vocab/test_vocab.py checks
both directions), so a typo in code fails at import time instead of minting a new IRI. The
namespace IRIs all come from the one prefix table (kg/vocab/prefixes.yml).
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.vocab.prefixes import namespace, prefixes

SCHEMA = Namespace(namespace("schema"))
WD = Namespace(namespace("wd"))


class KG(DefinedNamespace):
    """Terms of https://w3id.org/kg/ontology# (ontologies/kg.ttl)."""

    _NS = Namespace(namespace("kg"))
    _fail = True

    # classes
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    IntergovernmentalOrganization: URIRef
    GovernmentBody: URIRef
    Agency: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Facility: URIRef
    Document: URIRef
    Strategy: URIRef
    Programme: URIRef
    Initiative: URIRef
    Declaration: URIRef
    Agreement: URIRef
    Event: URIRef
    Meeting: URIRef
    Summit: URIRef
    Attack: URIRef
    Conflict: URIRef
    Post: URIRef
    Chairmanship: URIRef
    Topic: URIRef
    Group: URIRef
    Article: URIRef
    Fact: URIRef
    ReferenceSource: URIRef
    ReferenceFact: URIRef
    # organizational statuses (org:Membership roles)
    membershipRole: URIRef
    memberRole: URIRef
    observerRole: URIRef
    dialoguePartnerRole: URIRef
    # relations between entities
    memberOf: URIRef
    hasMember: URIRef
    observerOf: URIRef
    dialoguePartnerOf: URIRef
    chairs: URIRef
    chairedBy: URIRef
    headOf: URIRef
    headedBy: URIRef
    holdsPosition: URIRef
    occupation: URIRef
    worksFor: URIRef
    postIn: URIRef
    adopts: URIRef
    proposes: URIRef
    callsFor: URIRef
    signs: URIRef
    meetsWith: URIRef
    involvedIn: URIRef
    participatesIn: URIRef
    hasParticipant: URIRef
    hosts: URIRef
    organizes: URIRef
    organizedBy: URIRef
    cooperatesWith: URIRef
    prioritizes: URIRef
    supports: URIRef
    condemns: URIRef
    headquarteredIn: URIRef
    country: URIRef
    locatedIn: URIRef
    partOf: URIRef
    hasPart: URIRef
    subOrganizationOf: URIRef
    hasSubOrganization: URIRef
    about: URIRef
    # literal-valued facts and qualifiers
    foundedOn: URIRef
    validFrom: URIRef
    validUntil: URIRef
    startTime: URIRef
    endTime: URIRef
    pointInTime: URIRef
    alternativeName: URIRef
    abbreviation: URIRef
    # provenance of statement nodes
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    rule: URIRef
    confidence: URIRef


def new_graph(identifier=None) -> Graph:
    """An empty Graph with exactly kg's prefixes bound (rdflib's defaults would vary by version)."""
    graph = Graph(identifier=identifier, bind_namespaces="none")
    bind_prefixes(graph)
    return graph


def bind_prefixes(graph) -> None:
    for prefix, iri in prefixes().items():
        graph.bind(prefix, Namespace(iri), override=True, replace=True)
