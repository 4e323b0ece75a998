"""RDF for kg: building a Dataset from resolved facts, validating it, its merged view, tables and networks.

The only package that imports rdflib for building; see docs/graph-model.md for the model.
"""
from kg.graph.build import article_triples, build_dataset, described_entities
from kg.graph.descriptions import Descriptions, description_quads
from kg.graph.union import merged_graph, query
from kg.vocab.rdf import KG
from kg.graph.nx import to_networkx
from kg.graph.reference import ReferenceFact, ReferenceSource, add_reference_facts
from kg.graph.signatures import conforming
from kg.graph.terms import UnknownTermError, ontology, shapes
from kg.graph.tsv import COLUMNS, facts_rows, write_facts_tsv
from kg.graph.validate import validate

__all__ = ["KG", "COLUMNS", "Descriptions", "ReferenceFact", "ReferenceSource", "UnknownTermError", "add_reference_facts", "article_triples", "build_dataset", "conforming", "described_entities", "description_quads", "facts_rows", "merged_graph", "ontology",
           "query", "shapes", "to_networkx", "validate", "write_facts_tsv"]
