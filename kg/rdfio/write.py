"""Writing RDF in any format of the table, the same way for `kg build`, `kg export`, CONSTRUCT
results and the Python API: every output carries kg's one prefix table, and equal graphs give
byte-identical files (quads sorted by graph, then subject, predicate, object)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
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
    has the sort keys made once, not once per file after the last piece, and may have a named
    graph's TriG written as soon as its last quad is in (`prepare_trig`). `serialized` writes it
    as it writes a list of the same quads, byte for byte."""

    def __init__(self, quads: Iterable[ox.Quad] = ()) -> None:
        self._keys: dict[ox.Quad, tuple] = {}
        # each triple of the union once, by its key: the first quad of it, whose ox.Triple is made
        # only while a triple format is written (300 NEREL texts: 47,000 triples, ~18 MB kept)
        self._triples: dict[tuple, ox.Quad] = {}
        self._graphs: dict[tuple, list[ox.Quad]] = {}   # graph's key → its quads
        self._blocks: dict[tuple, bytes] = {}           # graph's key → its TriG, while its quads stay
        self.add(quads)

    def add(self, quads: Iterable[ox.Quad], known: "Ordered | None" = None) -> None:
        """Add `quads`; those that `known` holds take their keys from it instead of having them
        made again (kg.article_graphs.Assembly keeps the descriptions made while articles arrived)."""
        keys, triples, graphs, blocks = self._keys, self._triples, self._graphs, self._blocks
        known_keys, known_triples = (known._keys, known._triples) if known else ({}, {})
        # each term's text made once per call and shared by the keys that hold it: the quads of
        # an article repeat their graph, fact nodes and predicates (300 NEREL texts: 77,000 quads,
        # 33,000 distinct terms; a text per place held ~25 MB more until the files were written)
        texts: dict = {}
        for quad in quads:
            if quad in keys:
                continue
            key = known_keys.get(quad)
            if key is None:   # `_quad_order`, inline: kg build adds every quad of the corpus here
                subject, predicate, obj, graph = quad.subject, quad.predicate, quad.object, quad.graph_name
                triple = (texts.get(subject) or texts.setdefault(subject, str(subject)),
                          texts.get(predicate) or texts.setdefault(predicate, str(predicate)),
                          texts.get(obj) or texts.setdefault(obj, str(obj)))
                key = ((False, "") if isinstance(graph, ox.DefaultGraph)
                       else (True, texts.get(graph) or texts.setdefault(graph, str(graph)))) + triple
                if triple not in triples:
                    triples[triple] = quad
            else:
                triple = key[2:]
                if triple not in triples:
                    triples[triple] = known_triples[triple]
            keys[quad] = key
            graph = key[:2]
            if graph in graphs:
                graphs[graph].append(quad)
            else:
                graphs[graph] = [quad]
            blocks.pop(graph, None)

    def extend(self, other: "Ordered") -> None:
        """Add the quads of `other`, with the keys and the TriG it has made."""
        new = other._graphs.keys() - self._graphs.keys()
        if len(new) < len(other._graphs):   # a graph in both: quad by quad, its TriG made again
            self.add(other._keys, known=other)
        else:   # (kg build: the descriptions' graph and the articles') the same quad has the same key in both
            self._keys.update(other._keys)
            self._triples.update(other._triples)
            self._graphs.update((graph, list(other._graphs[graph])) for graph in new)
        self._blocks.update((graph, other._blocks[graph]) for graph in new if graph in other._blocks)

    def prepare_trig(self) -> None:
        """Write now the TriG of each graph that has none (or has had quads added since), for
        `serialized` to join later: `kg build` calls it as each article's graph arrives."""
        for graph in self._graphs.keys() - self._blocks.keys():
            self._blocks[graph] = self._block(graph)

    def quads(self) -> list[ox.Quad]:
        """The quads in the order they were first added."""
        return list(self._keys)

    def in_quad_order(self) -> list[ox.Quad]:
        return sorted(self._keys, key=self._keys.__getitem__)

    def in_triple_order(self) -> Iterator[ox.Triple]:
        """Each triple of the union once, sorted as `serialized` sorts them (a quad's key ends
        with its triple's), each made as the writer asks for it."""
        triples = self._triples
        for key in sorted(triples):
            quad = triples[key]
            yield ox.Triple(quad.subject, quad.predicate, quad.object)

    def trig(self) -> bytes:
        """TriG of all the quads: each graph's TriG, made once, joined in graph order. Oxigraph's
        TriG writer writes graph after graph, each independent of the others, so the join is the
        file it writes of all the quads at once (tests/rdfio/test_rdfio.py checks it)."""
        if not self._graphs:
            return b""
        self.prepare_trig()
        return _trig_header() + b"".join(self._blocks[graph] for graph in sorted(self._graphs))

    def _block(self, graph: tuple) -> bytes:
        """One graph's TriG without the prefix lines that open every file."""
        text = ox.serialize(sorted(self._graphs[graph], key=self._keys.__getitem__), format=ox.RdfFormat.TRIG,
                            prefixes=prefixes())
        header = _trig_header()
        if not text.startswith(header):
            raise AssertionError("Oxigraph's TriG writer no longer opens with the prefix lines alone")
        return text[len(header):]


@cache
def _trig_header() -> bytes:
    """The prefix lines Oxigraph's TriG writer opens a file with: what precedes one triple."""
    marker = ox.NamedNode("urn:kg:header")
    text = ox.serialize([ox.Quad(marker, marker, marker)], format=ox.RdfFormat.TRIG, prefixes=prefixes())
    return text[:text.index(b"<urn:kg:header>")]


def serialized(quads: Iterable[ox.Quad | ox.Triple] | ox.Store | Ordered, fmt: str | RdfFormat) -> bytes:
    """Quad formats keep the named graphs; triple formats write each triple of the union once."""
    fmt = by_name(fmt) if isinstance(fmt, str) else fmt
    if isinstance(quads, Ordered):
        if fmt.name == "json-ld":
            return jsonld(quads.quads())
        if fmt.name == "trig":
            return quads.trig()
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
