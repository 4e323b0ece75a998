"""The merged view of a built Dataset, and SPARQL over it with kg's prefixes.

Writing files is kg.rdfio's job (one writer for every format and command).
"""
from __future__ import annotations

from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.vocab import prefixes
from kg.vocab.rdf import new_graph


def merged_graph(dataset: Dataset) -> Graph:
    """The union of the default and all named graphs, with kg's prefixes (what graph.ttl holds)."""
    graph = new_graph()
    for context in dataset.graphs():
        graph += context
    graph += dataset.default_graph
    return graph


def query(dataset: Dataset | Graph, sparql: str) -> Result:
    """Run SPARQL over the union of all graphs, with kg's prefixes predefined."""
    graph = merged_graph(dataset) if isinstance(dataset, Dataset) else dataset
    return graph.query(sparql, initNs=prefixes())
