"""Merging, serializing and querying a built Dataset, with byte-identical output for equal input."""
from __future__ import annotations

import io
import warnings
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.query import Result

from kg.errors import KgError
from kg.vocab import prefixes
from kg.vocab.rdf import new_graph

QUAD_FORMATS = ("trig", "nquads")
TRIPLE_FORMATS = ("turtle", "nt", "xml", "json-ld")


class SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer lists graphs in store (hash) order; this one sorts them by IRI."""

    def __init__(self, store: Dataset):
        with warnings.catch_warnings():   # rdflib's own TriG code uses its deprecated default_context
            warnings.simplefilter("ignore", DeprecationWarning)
            super().__init__(store)
        unique = {context.identifier: context for context in self.contexts}
        default = self.default_context
        self.contexts = sorted(unique.values(), key=lambda c: (c.identifier != default, str(c.identifier)))


def merged_graph(dataset: Dataset) -> Graph:
    """The union of the default and all named graphs, with kg's prefixes (what graph.ttl holds)."""
    graph = new_graph()
    for context in dataset.graphs():
        graph += context
    graph += dataset.default_graph
    return graph


def serialized(dataset: Dataset, format: str = "turtle") -> bytes:
    """The dataset as bytes: quad formats keep the named graphs, triple formats write the union."""
    if format == "trig":
        stream = io.BytesIO()
        SortedTrigSerializer(dataset).serialize(stream, encoding="utf-8")
        return stream.getvalue()
    if format == "nquads":
        lines = dataset.serialize(format="nquads", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(set(lines)))
    if format in TRIPLE_FORMATS:
        return merged_graph(dataset).serialize(format=format, encoding="utf-8")
    raise KgError(f"unknown RDF format {format!r}; use one of {', '.join(QUAD_FORMATS + TRIPLE_FORMATS)}")


def serialize(dataset: Dataset, path: str | Path, format: str = "turtle") -> Path:
    """Write `dataset` to `path` in `format` (see `serialized`); return the path."""
    path = Path(path)
    path.write_bytes(serialized(dataset, format))
    return path


def query(dataset: Dataset | Graph, sparql: str) -> Result:
    """Run SPARQL over the union of all graphs, with kg's prefixes predefined."""
    graph = merged_graph(dataset) if isinstance(dataset, Dataset) else dataset
    return graph.query(sparql, initNs=prefixes())
