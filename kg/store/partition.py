"""Split a built graph (as quads) into article units: each article's named graph and the
default-graph descriptions (labels, types, aliases) of the nodes it mentions.

The store writes an article's own quads into its graph and every description once into its
default graph; the descriptions a unit mentions still count in its content hash, so a changed
label replaces the article. `kg push` sends each unit whole (own triples and descriptions), so
that an article graph at the endpoint is complete on its own.

Quads are grouped as they come, never copied into new term objects: at 10^6 quads the Python
objects, not Oxigraph, are the cost of a load. A unit renders its own quads as N-Quads lines,
which give both the bulk loader's input and, with its descriptions, its content hash.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.vocab import vocabulary_namespaces

Descriptions = dict[object, list[ox.Quad]]   # node → its default-graph quads


@dataclass(frozen=True)
class Unit:
    """One article graph: its own quads and the default-graph quads that describe what it
    mentions (the store keeps those once, in its default graph)."""

    iri: str
    own: tuple[ox.Quad, ...]
    described: tuple[ox.Quad, ...]
    about: tuple = ()   # the nodes `described` is about

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

    def nquads(self) -> bytes:
        """The article graph's distinct quads as sorted N-Quads lines (Oxigraph renders them)."""
        return b"".join(sorted(set(ox.serialize(self.own, format=ox.RdfFormat.N_QUADS).splitlines(True))))

    def quads(self) -> Iterator[ox.Quad]:
        """The quads the store writes into the article graph (descriptions go to the default graph)."""
        yield from self.own


@dataclass(frozen=True)
class Split:
    """A built graph split: its article units and the default-graph quads no article mentions."""

    units: list[Unit]
    unmentioned: list[ox.Quad]
    rendered: dict[object, bytes]   # node → its descriptions as sorted N-Quads lines, made once

    def description_blocks(self, unit: Unit) -> list[bytes]:
        """The descriptions `unit` mentions as N-Quads lines, one block per node, in sorted order."""
        return sorted(self.rendered[node] for node in unit.about)


def split_quads(quads: Iterable[ox.Quad]) -> tuple[list[Unit], list[ox.Quad]]:
    """(one Unit per named graph, in IRI order; the default-graph quads no named graph mentions)."""
    split = split_graph(quads)
    return split.units, split.unmentioned


def split_graph(quads: Iterable[ox.Quad]) -> Split:
    """The units of a built graph, what no unit mentions, and each node's descriptions rendered."""
    default: Descriptions = {}
    named: dict[str, list[ox.Quad]] = {}
    for quad in quads:
        graph = quad.graph_name   # each read makes a new Python object: read it once
        if type(graph) is ox.DefaultGraph:
            default.setdefault(quad.subject, []).append(quad)
        else:
            named.setdefault(graph.value, []).append(quad)
    default = {node: list(dict.fromkeys(about)) for node, about in default.items()}
    nested = {node: [q.object for q in about if isinstance(q.object, ox.BlankNode)] for node, about in default.items()}
    nested = {node: blanks for node, blanks in nested.items() if blanks}
    units, used = [], set()
    for iri in sorted(named):
        own = named[iri]
        about, described = describe(mentioned_nodes(own, default), default, nested)
        used.update(about)
        units.append(Unit(iri, tuple(own), tuple(described), tuple(about)))
    rendered = {node: b"".join(sorted(f"{q} .\n".encode("utf-8") for q in about)) for node, about in default.items()}
    return Split(units, [q for node, about in default.items() if node not in used for q in about], rendered)


def mentioned_nodes(quads: list[ox.Quad], default: Descriptions) -> set:
    """Subjects and objects with a description that are things, not vocabulary terms."""
    described = ({quad.subject for quad in quads} | {quad.object for quad in quads}) & default.keys()
    vocabulary = vocabulary_namespaces()
    return {node for node in described
            if not (isinstance(node, ox.NamedNode) and node.value.startswith(vocabulary))}


def describe(nodes: set, default: Descriptions, nested: dict) -> tuple[list, list[ox.Quad]]:
    """(the nodes described, their default-graph quads) for `nodes`, following blank-node
    objects (nested values; `nested`: node → the blank nodes its quads point to)."""
    about, found, pending, seen = [], [], list(nodes), set()
    while pending:
        node = pending.pop()
        if node in seen or node not in default:
            continue
        seen.add(node)
        about.append(node)
        found += default[node]
        pending += nested.get(node, ())
    return about, found
