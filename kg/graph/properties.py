"""Directions of the ontology's fact properties, as plain names for code that never sees RDF.

`memberOf owl:inverseOf hasMember` makes memberOf the canonical direction and hasMember its
inverse; `owl:SymmetricProperty` marks relations that read the same both ways. Evaluation uses
this to compare a predicted `A hasMember B` with a gold `B memberOf A`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib.namespace import OWL, RDF

from kg.vocab.rdf import KG
from kg.graph.terms import fact_predicates, ontology


@dataclass(frozen=True)
class Directions:
    canonical: frozenset[str]          # fact predicates that are not the inverse of another
    inverse_of: dict[str, str]         # inverse name -> canonical name ("hasMember" -> "memberOf")
    symmetric: frozenset[str]          # "meetsWith", "cooperatesWith"


@cache
def directions() -> Directions:
    """Read once from ontologies/kg.ttl."""
    graph = ontology()
    inverse_of = {_name(inverse): _name(canonical) for canonical, inverse in graph.subject_objects(OWL.inverseOf)}
    symmetric = frozenset(_name(term) for term in graph.subjects(RDF.type, OWL.SymmetricProperty))
    return Directions(fact_predicates() - inverse_of.keys(), inverse_of, symmetric)


def _name(term) -> str:
    return str(term).removeprefix(str(KG._NS))
