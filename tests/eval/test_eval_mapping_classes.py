"""The eval mapping scores every ontology class by the NEREL type of its nearest scored superclass."""
from __future__ import annotations

import pytest
from rdflib.namespace import OWL, RDF, RDFS

from kg.eval.mapping import load_mapping
from kg.graph.terms import ontology
from kg.vocab.rdf import KG


def _superclasses() -> dict[str, str]:
    graph = ontology()
    local = len(str(KG._NS))
    return {str(cls)[local:]: str(parent)[local:]
            for cls in graph.subjects(RDF.type, OWL.Class) if str(cls).startswith(str(KG._NS))
            for parent in graph.objects(cls, RDFS.subClassOf) if str(parent).startswith(str(KG._NS))}


def _nearest_scored(name: str, parents: dict[str, str], scored: frozenset[str]) -> str | None:
    while name not in scored and name in parents:
        name = parents[name]
    return name if name in scored else None


PARENTS = _superclasses()


@pytest.mark.parametrize("kg_class", sorted(PARENTS))
def test_every_subclass_of_a_scored_class_is_scored_as_it(kg_class):
    mapping = load_mapping()
    assert mapping.predicted_type(kg_class) == _nearest_scored(kg_class, PARENTS, mapping.scoring_types)


@pytest.mark.parametrize(("kg_class", "scoring"), [
    ("Conflict", "Event"),        # «Второй мировой войны»: NEREL's EVENT
    ("Attack", "Event"),          # «нападение на синагогу»
    ("Agency", "Organization"),
    ("Programme", "Document"),
    ("Topic", None),              # no NEREL type: not scored, never a false positive
    ("Chairmanship", None),
])
def test_finer_classes_collapse_to_nerel_types(kg_class, scoring):
    assert load_mapping().predicted_type(kg_class) == scoring
