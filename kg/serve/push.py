"""`kg push`: send a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint, one PUT per graph.

A shared endpoint holds other people's data, so push writes only named graphs it owns: one per
article (PUT replaces that graph and nothing else), never the default graph. An article graph
carries the default-graph descriptions (labels, types) of the things it mentions (the store
keeps those once, in its default graph), so it is complete on its own. Triples that belong to
no article — all of a `graph.ttl`, or leftovers of a TriG — go to one named graph, `--graph
IRI` (default: one named after the input file).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import KgError
from kg.store.partition import split_quads

N_TRIPLES = "application/n-triples"
TIMEOUT_S = 60


class PushError(KgError):
    """The endpoint refused a graph or could not be reached."""


@dataclass(frozen=True)
class Upload:
    graph: str               # the named graph's IRI at the endpoint
    triples: tuple           # pyoxigraph Triples


def uploads(database: ox.Store, rest_graph: str) -> list[Upload]:
    """One Upload per named graph (with the descriptions of what it mentions), plus one for
    the default-graph triples no named graph mentions, in `rest_graph`."""
    return list(_split([database.quads_for_pattern(None, None, None, None)], rest_graph))


def uploads_of(pieces: Iterable[Iterable[ox.Quad]], rest_graph: str) -> Iterator[Upload]:
    """The Uploads of a graph that comes in pieces, each holding article graphs whole with the
    descriptions they mention (the shards of a distributed build), as each piece is split; the
    default-graph triples no article mentions come last, in one Upload to `rest_graph`.
    Literals are sent as a store holds them ("0.900"^^xsd:decimal as "0.9"), as for a file."""
    return _split((_as_stored(piece) for piece in pieces), rest_graph)


def _as_stored(quads: Iterable[ox.Quad]) -> ox.Store:
    stored = ox.Store()   # in memory; Oxigraph keeps numbers and dates as values
    stored.extend(quads)
    return stored


def _split(pieces: Iterable[Iterable[ox.Quad]], rest_graph: str) -> Iterator[Upload]:
    check_graph_iri(rest_graph)
    rest: set[ox.Triple] = set()
    for piece in pieces:
        # Split as the store hashes articles (kg.store.partition): each article graph with the
        # descriptions of what it mentions; the default-graph triples no article mentions stay over.
        units, leftover = split_quads(piece)
        yield from (Upload(unit.iri, tuple(sorted(unit.triples, key=str))) for unit in units)
        rest |= {ox.Triple(quad.subject, quad.predicate, quad.object) for quad in leftover}
    if rest:   # one PUT: PUTs to one graph replace each other
        yield Upload(rest_graph, tuple(sorted(rest, key=str)))


def check_graph_iri(graph: str) -> None:
    try:
        ox.NamedNode(graph)
    except ValueError as error:
        raise PushError(f"--graph {graph!r} is not an IRI: {error}") from None


def push(database: ox.Store, endpoint: str, rest_graph: str, timeout_s: float = TIMEOUT_S,
         dry_run: bool = False) -> list[Upload]:
    """PUT each Upload to `endpoint?graph=<iri>`; return what was (or, dry, would be) sent."""
    check_endpoint(endpoint)
    planned = uploads(database, rest_graph)
    return list(send(planned, endpoint, timeout_s, dry_run))


def send(planned: Iterable[Upload], endpoint: str, timeout_s: float = TIMEOUT_S,
         dry_run: bool = False) -> Iterator[Upload]:
    """PUT each Upload as it comes (dry: send nothing) and yield it once sent."""
    check_endpoint(endpoint)
    for upload in planned:
        if not dry_run:
            put(endpoint, upload.graph, ox.serialize(upload.triples, format=ox.RdfFormat.N_TRIPLES), timeout_s)
        yield upload


def check_endpoint(endpoint: str) -> None:
    split = urllib.parse.urlsplit(endpoint)
    if split.scheme not in ("http", "https") or not split.netloc:
        raise PushError(f"--endpoint {endpoint!r} is not an http(s) URL")


def put(endpoint: str, graph: str, body: bytes, timeout_s: float) -> None:
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    url = endpoint + separator + urllib.parse.urlencode({"graph": graph})
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": N_TRIPLES})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read().decode("utf-8", "replace").split())[:200]
        raise PushError(f"{endpoint} refused graph {graph}: HTTP {error.code} {detail}") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        raise PushError(f"cannot reach {endpoint}: {getattr(error, 'reason', error)}") from None
