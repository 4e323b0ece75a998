"""Ontology files and the name → term checks for what arrives as plain names in kg.types.

Extractors and resolution speak in ontology term names ("Person", "chairs"); this module is
the one place that turns a name into an IRI, and it refuses names the ontology does not define
for that role, so a typo in a lexicon surfaces as one clear error instead of a silent new term.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import XSDToPython

from kg.errors import ValidationError
from kg.vocab.rdf import KG

ONTOLOGY_DIR = resources.files("kg.graph") / "ontology"
# rdflib parses neither of these, so their lexical forms are checked here
_TIMEZONE = r"(Z|[+-]\d\d:\d\d)?"
GREGORIAN = {"gYear": re.compile(r"-?\d{4}" + _TIMEZONE),
             "gYearMonth": re.compile(r"-?\d{4}-(0[1-9]|1[0-2])" + _TIMEZONE)}
ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"


class UnknownTermError(ValidationError):
    """A type, predicate or datatype name that the ontology does not define."""


@cache   # once per process: vocabulary checks, signatures, validation and pictures all read them
def _parse(name: str) -> Graph:
    return Graph().parse(data=(ONTOLOGY_DIR / name).read_text(encoding="utf-8"), format="turtle")


def ontology() -> Graph:
    """ontologies/kg.ttl, parsed once per process and shared: read it, never add to it (combine it
    into a new graph instead, `graph + ontology()`)."""
    return _parse(ONTOLOGY_FILE)


def shapes() -> Graph:
    """ontologies/shapes.ttl, parsed once per process and shared (read-only, as `ontology()`)."""
    return _parse(SHAPES_FILE)


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    """(entity class names, fact predicate names, datatype property names, status → role), read once."""
    graph = ontology()
    entity_classes = {_name(c) for c in graph.transitive_subjects(RDFS.subClassOf, KG.Entity)}
    provenance = {_name(p) for p in graph.subjects(RDFS.domain, KG.Fact)}
    properties = {_name(p) for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                  for p in graph.subjects(RDF.type, kind)}
    datatype = {_name(p) for p in graph.subjects(RDF.type, OWL.DatatypeProperty)}
    roles = tuple(sorted((_name(p), _name(r)) for p, r in graph.subject_objects(KG.membershipRole)))
    return (frozenset(entity_classes), frozenset(properties - provenance),
            frozenset(datatype - provenance), roles)


def _name(term) -> str:
    return str(term)[len(str(KG._NS)):]


def entity_class(name: str) -> URIRef:
    """The class IRI for an entity type name such as "Person"."""
    if name not in _vocabulary()[0]:
        raise UnknownTermError(f"unknown entity type {name!r}: not a kg:Entity class in {ONTOLOGY_FILE}")
    return KG[name]


def fact_property(name: str) -> URIRef:
    """The property IRI for a fact predicate name such as "chairs"."""
    if name not in _vocabulary()[1]:
        raise UnknownTermError(f"unknown predicate {name!r}: not a kg property in {ONTOLOGY_FILE}")
    return KG[name]


def qualifier_property(name: str) -> URIRef:
    """The property IRI for a qualifier name such as "validFrom" (a datatype property)."""
    if name not in _vocabulary()[2]:
        raise UnknownTermError(f"unknown qualifier {name!r}: not a kg datatype property in {ONTOLOGY_FILE}")
    return KG[name]


def membership_role(predicate: str) -> URIRef | None:
    """The org:Role for a status predicate (memberOf → kg:memberRole), else None."""
    role = dict(_vocabulary()[3]).get(predicate)
    return KG[role] if role else None


def datatype(name: str) -> URIRef:
    """The XSD datatype IRI for a local name such as "date" or "gYear"."""
    if XSD[name] not in XSDToPython and name not in GREGORIAN:
        raise UnknownTermError(f"unknown datatype {name!r}: not an XSD datatype")
    return XSD[name]


def is_well_formed(lexical: str, name: str) -> bool:
    """Whether `lexical` is a valid form of xsd:`name` (rdflib checks most types, not gYear)."""
    if name in GREGORIAN:
        return GREGORIAN[name].fullmatch(lexical) is not None
    return not Literal(lexical, datatype=datatype(name)).ill_typed


def fact_predicates() -> frozenset[str]:
    """Every property name a fact may use (object and datatype properties, not provenance)."""
    return _vocabulary()[1]
