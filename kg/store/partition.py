"""Split a built Dataset into what the store keeps per article.

Why: entity descriptions (labels, types, aliases) sit in the Dataset's default graph, merged
over all articles. If the store kept them merged, removing an article would leave behind the
aliases and entities only it had contributed. So each stored article graph carries its own
named graph *plus* the default-graph triples about every node it mentions (and the blank nodes
hanging off them). Removing the article's graph then removes exactly its contribution; what
other articles say about the same entity stays in their graphs. Default-graph triples no
article mentions (e.g. ontology declarations) go to the store's default graph.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.vocab import vocabulary_namespaces


@dataclass(frozen=True)
class Unit:
    """One article graph as the store keeps it: its IRI and its triples."""

    iri: str
    triples: frozenset


def split_dataset(dataset: Dataset) -> tuple[list[Unit], frozenset]:
    """(one Unit per named graph, the default-graph triples that no named graph mentions)."""
    default = by_subject(dataset.graph(DATASET_DEFAULT_GRAPH_ID))
    named = [g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)]
    units, used = [], set()
    for graph in named:
        triples = frozenset(graph)
        descriptions = describe(mentioned_nodes(triples), default)
        used |= descriptions
        units.append(Unit(str(graph.identifier), triples | descriptions))
    return units, frozenset(t for about in default.values() for t in about if t not in used)


def units_of_graphs(graphs: Iterable[Graph]) -> list[Unit]:
    """Article graphs given one by one (already self-contained)."""
    return [Unit(str(g.identifier), frozenset(g)) for g in graphs]


def by_subject(graph: Graph) -> dict:
    """subject → its triples, built in one pass (rdflib's per-pattern lookups are slow)."""
    index: dict = {}
    for triple in graph:
        index.setdefault(triple[0], []).append(triple)
    return index


def mentioned_nodes(triples: Iterable) -> set:
    """Subjects and objects that are things, not vocabulary terms."""
    vocabulary = vocabulary_namespaces()
    nodes = set()
    for s, _, o in triples:
        nodes.update(n for n in (s, o) if isinstance(n, BNode)
                     or (isinstance(n, URIRef) and not str(n).startswith(vocabulary)))
    return nodes


def describe(nodes: set, default: dict) -> set:
    """Default-graph triples about `nodes`, following blank-node objects (nested values)."""
    found, pending, seen = set(), list(nodes), set()
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in default.get(node, ()):
            found.add(triple)
            if isinstance(triple[2], BNode):
                pending.append(triple[2])
    return found
