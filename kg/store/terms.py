"""rdflib terms → pyoxigraph terms: rdflib builds the graph, Oxigraph stores and queries it."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
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
    raise TypeError(f"cannot store RDF term {term!r}")


def quads_in(triples: Iterable[tuple[Node, Node, Node]], graph: ox.NamedNode | None) -> Iterator[ox.Quad]:
    """rdflib triples as pyoxigraph quads of `graph` (None: the default graph)."""
    target = graph if graph is not None else ox.DefaultGraph()
    converted: dict[Node, object] = {}   # an article repeats its IRIs: convert each once

    def term(node: Node):
        found = converted.get(node)
        if found is None:
            found = converted[node] = to_ox(node)
        return found

    for s, p, o in triples:
        yield ox.Quad(term(s), term(p), term(o), target)
