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


def serialized(quads: Iterable[ox.Quad | ox.Triple] | ox.Store, fmt: str | RdfFormat) -> bytes:
    """Quad formats keep the named graphs; triple formats write each triple of the union once."""
    fmt = by_name(fmt) if isinstance(fmt, str) else fmt
    quads = [as_quad(item) for item in quads]
    if fmt.name == "json-ld":
        return jsonld(quads)
    if fmt.quads:
        ordered = sorted(quads, key=_quad_order)
    else:
        ordered = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=_triple_order)
    return ox.serialize(ordered, format=fmt.oxigraph, prefixes=prefixes())


def write(quads: Iterable[ox.Quad | ox.Triple] | ox.Store, path: str | Path, fmt: str | RdfFormat) -> Path:
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
