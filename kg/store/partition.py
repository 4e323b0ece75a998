"""Split a built graph (as quads) into what the store keeps per article.

Why: entity descriptions (labels, types, aliases) sit in the default graph, merged over all
articles. If the store kept them merged, removing an article would leave behind the entities
only it had described. So each stored article graph carries its own named graph *plus* the
default-graph triples about every node it mentions (and the blank nodes hanging off them).
Removing the article's graph then removes its entities unless another article mentions them
too. Default-graph triples no article mentions go to the store's default graph.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.vocab import vocabulary_namespaces


@dataclass(frozen=True)
class Unit:
    """One article graph as the store keeps it: its IRI and its triples."""

    iri: str
    triples: frozenset[ox.Triple]


def split_quads(quads: Iterable[ox.Quad]) -> tuple[list[Unit], frozenset[ox.Triple]]:
    """(one Unit per named graph, in IRI order; the default-graph triples no named graph mentions)."""
    default: dict = {}
    named: dict[str, set[ox.Triple]] = {}
    for quad in quads:
        triple = ox.Triple(quad.subject, quad.predicate, quad.object)
        if isinstance(quad.graph_name, ox.DefaultGraph):
            default.setdefault(quad.subject, []).append(triple)
        else:
            named.setdefault(quad.graph_name.value, set()).add(triple)
    units, used = [], set()
    for iri in sorted(named):
        descriptions = describe(mentioned_nodes(named[iri]), default)
        used |= descriptions
        units.append(Unit(iri, frozenset(named[iri] | descriptions)))
    return units, frozenset(t for about in default.values() for t in about if t not in used)


def mentioned_nodes(triples: Iterable[ox.Triple]) -> set:
    """Subjects and objects that are things, not vocabulary terms."""
    vocabulary = vocabulary_namespaces()
    nodes = set()
    for triple in triples:
        nodes.update(n for n in (triple.subject, triple.object) if isinstance(n, ox.BlankNode)
                     or (isinstance(n, ox.NamedNode) and not n.value.startswith(vocabulary)))
    return nodes


def describe(nodes: set, default: dict) -> set[ox.Triple]:
    """Default-graph triples about `nodes`, following blank-node objects (nested values)."""
    found, pending, seen = set(), list(nodes), set()
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in default.get(node, ()):
            found.add(triple)
            if isinstance(triple.object, ox.BlankNode):
                pending.append(triple.object)
    return found
