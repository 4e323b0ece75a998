"""SHACL validation of a built graph against ontologies/shapes.ttl."""
from __future__ import annotations

from rdflib import Dataset, Graph

from kg.errors import ValidationError
from kg.graph.union import merged_graph
from kg.graph.terms import SHAPES_FILE, ontology, shapes


def validate(graph: Graph | Dataset) -> None:
    """Raise ValidationError with pyshacl's report unless `graph` conforms to the shapes.

    The ontology is mixed in (not inferred over) so sh:class sees the subclass hierarchy while
    the data itself is checked exactly as written.
    """
    from pyshacl import validate as shacl_validate   # a second of imports, paid only when validating

    if isinstance(graph, Dataset):
        graph = merged_graph(graph)
    conforms, _, report = shacl_validate(graph, shacl_graph=shapes(), ont_graph=ontology(),
                                         inference="none", allow_warnings=True)
    if not conforms:
        raise ValidationError(f"graph does not conform to {SHAPES_FILE}:\n{report}")
