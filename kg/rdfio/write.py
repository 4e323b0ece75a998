"""Writing RDF in any format of the table, the same way for `kg build`, `kg export`, CONSTRUCT
results and the Python API: every output carries kg's one prefix table, and equal graphs give
byte-identical files (quads sorted by graph, then subject, predicate, object)."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.rdfio.convert import to_rdflib
from kg.rdfio.formats import RdfFormat, by_name
from kg.vocab import prefixes

JSON_LD_INDENT = 1


class Ordered:
    """Quads, each once, with their place in the written order worked out as they are added: a
    caller writing several formats of the same quads (`kg build`: graph.ttl and graph.trig), or
    receiving them piece by piece while other work runs (each article's graph from a worker),
    has the sort keys made once, not once per file after the last piece. `serialized` writes
    it as it writes a list of the same quads, byte for byte."""

    def __init__(self, quads: Iterable[ox.Quad] = ()) -> None:
        self._keys: dict[ox.Quad, tuple] = {}
        self.add(quads)

    def add(self, quads: Iterable[ox.Quad]) -> None:
        keys = self._keys
        for quad in quads:
            if quad not in keys:
                keys[quad] = _quad_order(quad)

    def extend(self, other: "Ordered") -> None:
        for quad, key in other._keys.items():
            self._keys.setdefault(quad, key)

    def quads(self) -> list[ox.Quad]:
        """The quads in the order they were first added."""
        return list(self._keys)

    def in_quad_order(self) -> list[ox.Quad]:
        return sorted(self._keys, key=self._keys.__getitem__)

    def in_triple_order(self) -> list[ox.Triple]:
        """Each triple of the union once, sorted as `serialized` sorts them (a quad's key ends
        with its triple's)."""
        triples: dict[ox.Triple, tuple] = {}
        for quad, key in self._keys.items():
            triples.setdefault(ox.Triple(quad.subject, quad.predicate, quad.object), key[2:])
        return sorted(triples, key=triples.__getitem__)


def serialized(quads: Iterable[ox.Quad | ox.Triple] | ox.Store | Ordered, fmt: str | RdfFormat) -> bytes:
    """Quad formats keep the named graphs; triple formats write each triple of the union once."""
    fmt = by_name(fmt) if isinstance(fmt, str) else fmt
    if isinstance(quads, Ordered):
        if fmt.name == "json-ld":
            return jsonld(quads.quads())
        ordered = quads.in_quad_order() if fmt.quads else quads.in_triple_order()
        return ox.serialize(ordered, format=fmt.oxigraph, prefixes=prefixes())
    quads = [as_quad(item) for item in quads]
    if fmt.name == "json-ld":
        return jsonld(quads)
    if fmt.quads:
        ordered = sorted(quads, key=_quad_order)
    else:
        ordered = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=_triple_order)
    return ox.serialize(ordered, format=fmt.oxigraph, prefixes=prefixes())


def write(quads: Iterable[ox.Quad | ox.Triple] | ox.Store | Ordered, path: str | Path, fmt: str | RdfFormat) -> Path:
    """Write `quads` to `path` in `fmt` (see `serialized`); return the path."""
    path = Path(path)
    path.write_bytes(serialized(quads, fmt))
    return path


def jsonld(quads: list[ox.Quad]) -> bytes:
    """JSON-LD with an inline @context of kg's prefixes (never a remote one), named graphs kept."""
    text = to_rdflib(quads).serialize(format="json-ld", context=prefixes(), auto_compact=True,
                                      indent=JSON_LD_INDENT)
    return text.encode("utf-8")


def as_quad(item: ox.Quad | ox.Triple) -> ox.Quad:
    """A triple (a CONSTRUCT result) is a quad of the default graph."""
    return item if isinstance(item, ox.Quad) else ox.Quad(item.subject, item.predicate, item.object)


def _quad_order(quad: ox.Quad) -> tuple:
    graph = quad.graph_name
    named = not isinstance(graph, ox.DefaultGraph)
    return (named, str(graph) if named else "", *_triple_order(quad))


def _triple_order(triple) -> tuple[str, str, str]:
    return str(triple.subject), str(triple.predicate), str(triple.object)
