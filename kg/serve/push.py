"""`kg push`: send a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint, one PUT per graph.

A shared endpoint holds other people's data, so push writes only named graphs it owns: one per
article (PUT replaces that graph and nothing else), never the default graph. An article graph
carries the default-graph descriptions (labels, types) of the things it mentions, as in the
store, so it is complete on its own. Triples that belong to no article — all of a `graph.ttl`,
or leftovers of a TriG — go to one named graph, `--graph IRI` (default: one named after the
input file).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
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
    try:
        ox.NamedNode(rest_graph)
    except ValueError as error:
        raise PushError(f"--graph {rest_graph!r} is not an IRI: {error}") from None
    # Split as the store splits (kg.store.partition): each article graph with the descriptions
    # of what it mentions; the default-graph triples no article mentions stay over.
    units, rest = split_quads(database.quads_for_pattern(None, None, None, None))
    found = [Upload(unit.iri, tuple(sorted(unit.triples, key=str))) for unit in units]
    if rest:
        found.append(Upload(rest_graph, tuple(sorted(rest, key=str))))
    return found


def push(database: ox.Store, endpoint: str, rest_graph: str, timeout_s: float = TIMEOUT_S,
         dry_run: bool = False) -> list[Upload]:
    """PUT each Upload to `endpoint?graph=<iri>`; return what was (or, dry, would be) sent."""
    split = urllib.parse.urlsplit(endpoint)
    if split.scheme not in ("http", "https") or not split.netloc:
        raise PushError(f"--endpoint {endpoint!r} is not an http(s) URL")
    planned = uploads(database, rest_graph)
    if not dry_run:
        for upload in planned:
            body = ox.serialize(upload.triples, format=ox.RdfFormat.N_TRIPLES)
            put(endpoint, upload.graph, body, timeout_s)
    return planned


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
