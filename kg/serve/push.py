"""`kg push`: send a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint, one PUT per graph."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kg.errors import KgError

N_TRIPLES = "application/n-triples"
TIMEOUT_S = 60


class PushError(KgError):
    """The endpoint refused a graph or could not be reached."""


def push(database: ox.Store, endpoint: str, timeout_s: float = TIMEOUT_S) -> list[str]:
    """PUT each named graph to `endpoint?graph=<iri>` (default-graph triples to `?default`)."""
    sent = []
    for graph in sorted(database.named_graphs(), key=lambda g: g.value):
        put(endpoint, {"graph": graph.value}, triples_of(database, graph), timeout_s)
        sent.append(graph.value)
    default = triples_of(database, ox.DefaultGraph())
    if default:
        put(endpoint, {"default": ""}, default, timeout_s)
    return sent


def triples_of(database: ox.Store, graph) -> bytes:
    quads = database.quads_for_pattern(None, None, None, graph)
    return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)


def put(endpoint: str, params: dict, body: bytes, timeout_s: float) -> None:
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    url = endpoint + separator + urllib.parse.urlencode(params).replace("default=", "default")
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": N_TRIPLES})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip()[:200]
        raise PushError(f"{endpoint} refused {params.get('graph', 'the default graph')}: "
                        f"HTTP {error.code} {detail}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise PushError(f"cannot reach {endpoint}: {getattr(error, 'reason', error)}") from None
