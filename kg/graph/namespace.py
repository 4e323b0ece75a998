"""The `kg:` vocabulary as Python names, and the prefixes every kg graph binds.

`KG` must list exactly the terms ontologies/kg.ttl defines (tests/graph/test_namespace.py
checks both directions), so a typo in code fails at import time instead of minting a new IRI.
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DCTERMS, ORG, DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
ENTITY_BASE = "https://w3id.org/kg/id/"
ARTICLE_BASE = "https://w3id.org/kg/article/"
FACT_BASE = "https://w3id.org/kg/fact/"
MEMBERSHIP_BASE = "https://w3id.org/kg/membership/"
SOURCE_BASE = "https://w3id.org/kg/source/"


class KG(DefinedNamespace):
    """Terms of https://w3id.org/kg/ontology# (ontologies/kg.ttl)."""

    _NS = Namespace("https://w3id.org/kg/ontology#")
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
    worksFor: URIRef
    adopts: URIRef
    proposes: URIRef
    callsFor: URIRef
    signs: URIRef
    meetsWith: URIRef
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


PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS, "org": Namespace(str(ORG)), "prov": Namespace(str(PROV)), "schema": SCHEMA,
    "skos": Namespace(str(SKOS)), "rdf": Namespace(str(RDF)), "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)), "xsd": Namespace(str(XSD)), "wd": WD, "dcterms": Namespace(str(DCTERMS)),
}


def new_graph(identifier=None) -> Graph:
    """An empty Graph with exactly kg's prefixes bound (rdflib's defaults would vary by version)."""
    graph = Graph(identifier=identifier, bind_namespaces="none")
    bind_prefixes(graph)
    return graph


def bind_prefixes(graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def curie(term: URIRef) -> str:
    """`kg:chairs` for a term in a bound namespace, else the full IRI."""
    for prefix, namespace in PREFIXES.items():
        if term.startswith(namespace) and term != URIRef(str(namespace)):
            return f"{prefix}:{term[len(namespace):]}"
    return str(term)
