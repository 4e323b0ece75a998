"""rdflib ⇄ pyoxigraph: rdflib builds and validates a graph, Oxigraph stores, queries and writes it."""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node


def to_ox(term: Node):
    """One rdflib term as a pyoxigraph term (blank nodes keep their label: the store gives
    each article's blank nodes fresh identities when it inserts them)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert RDF term {term!r}")


def from_rdflib(dataset: Dataset | Graph | Iterable[tuple[Node, Node, Node]],
                graph_name: str | None = None) -> list[ox.Quad]:
    """Every quad of an rdflib Dataset (default graph and named graphs) as pyoxigraph quads; the
    triples of a Graph (or any triples of rdflib terms) go to the default graph, each once, or to
    the named graph `graph_name`."""
    converted: dict[Node, object] = {}   # IRIs repeat all over a graph: convert each once

    def term(node: Node):
        found = converted.get(node)
        if found is None:
            found = converted[node] = to_ox(node)
        return found

    quads = []
    if not isinstance(dataset, Dataset):
        triples = dataset if isinstance(dataset, Graph) else dict.fromkeys(dataset)
        name = ox.NamedNode(graph_name) if graph_name else ox.DefaultGraph()
        return [ox.Quad(term(s), term(p), term(o), name) for s, p, o in triples]
    for s, p, o, name in dataset.quads((None, None, None, None)):   # a Dataset yields graph names
        graph = ox.DefaultGraph() if name in (None, DATASET_DEFAULT_GRAPH_ID) else term(name)
        quads.append(ox.Quad(term(s), term(p), term(o), graph))
    return quads


def to_rdflib(quads: Iterable[ox.Quad] | ox.Store) -> Dataset:
    """Quads (or a whole store) as an rdflib Dataset, through N-Quads: exact for every term kind."""
    dataset = Dataset()
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    if data:
        dataset.parse(data=data.decode("utf-8"), format="nquads")
    return dataset
