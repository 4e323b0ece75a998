"""Split a built graph (as quads) into what the store keeps per article.

Why: entity descriptions (labels, types, aliases) sit in the default graph, merged over all
articles. If the store kept them merged, removing an article would leave behind the entities
only it had described. So each stored article graph carries its own named graph *plus* the
default-graph triples about every node it mentions (and the blank nodes hanging off them).
Removing the article's graph then removes its entities unless another article mentions them
too. Default-graph triples no article mentions go to the store's default graph.

Quads are grouped as they come, never copied into new term objects: at 10^6 quads the Python
objects, not Oxigraph, are the cost of a load. A unit renders itself as N-Quads lines, which
give both its content hash and the bulk loader's input.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.vocab import vocabulary_namespaces

Descriptions = dict[object, list[ox.Quad]]   # node → its default-graph quads


@dataclass(frozen=True)
class Unit:
    """One article graph as the store keeps it: its own quads and the default-graph quads that
    describe what it mentions (stored in the article's graph)."""

    iri: str
    own: tuple[ox.Quad, ...]
    described: tuple[ox.Quad, ...]

    @property
    def graph(self) -> ox.NamedNode:
        return ox.NamedNode(self.iri)

    @property
    def triples(self) -> frozenset[ox.Triple]:
        """The graph's content as triples (`kg push` sends them as one graph)."""
        return frozenset(ox.Triple(q.subject, q.predicate, q.object) for q in (*self.own, *self.described))

    def has_blank_nodes(self) -> bool:
        return any(isinstance(term, ox.BlankNode) for quads in (self.own, self.described)
                   for quad in quads for term in (quad.subject, quad.object))

    def lines(self) -> list[str]:
        """The graph's distinct quads as sorted N-Quads lines (without the final ' .')."""
        graph = f" <{self.iri}>"
        return sorted({*map(str, self.own), *(f"{quad}{graph}" for quad in self.described)})

    def quads(self) -> Iterator[ox.Quad]:
        """The graph's quads as pyoxigraph objects (the descriptions moved into the article graph)."""
        graph = self.graph
        yield from self.own
        for quad in self.described:
            yield ox.Quad(quad.subject, quad.predicate, quad.object, graph)


def split_quads(quads: Iterable[ox.Quad]) -> tuple[list[Unit], list[ox.Quad]]:
    """(one Unit per named graph, in IRI order; the default-graph quads no named graph mentions)."""
    default: Descriptions = {}
    named: dict[str, list[ox.Quad]] = {}
    for quad in quads:
        if isinstance(quad.graph_name, ox.DefaultGraph):
            default.setdefault(quad.subject, []).append(quad)
        else:
            named.setdefault(quad.graph_name.value, []).append(quad)
    units, used = [], set()
    for iri in sorted(named):
        own = named[iri]
        described = describe(mentioned_nodes(own, default), default)
        used.update(described)
        units.append(Unit(iri, tuple(own), tuple(described)))
    return units, list(dict.fromkeys(q for about in default.values() for q in about if q not in used))


def mentioned_nodes(quads: list[ox.Quad], default: Descriptions) -> set:
    """Subjects and objects with a description that are things, not vocabulary terms."""
    described = ({quad.subject for quad in quads} | {quad.object for quad in quads}) & default.keys()
    vocabulary = vocabulary_namespaces()
    return {node for node in described
            if not (isinstance(node, ox.NamedNode) and node.value.startswith(vocabulary))}


def describe(nodes: set, default: Descriptions) -> list[ox.Quad]:
    """Default-graph quads about `nodes`, following blank-node objects (nested values)."""
    found, pending, seen = {}, list(nodes), set()
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        for quad in default.get(node, ()):
            found[quad] = None
            if isinstance(quad.object, ox.BlankNode):
                pending.append(quad.object)
    return list(found)
