"""The query-engine process of `kg serve`: checks, runs and writes one query at a time.

It opens the Oxigraph database read-only, denies itself the network and caps its memory
(kg.serve.sandbox), then answers requests from its parent over a pipe. Results are written to
a file the parent named, never past `max_result_bytes`, so the parent can send a complete
answer with its real status (or an error status) and memory stays bounded on both sides.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.query.checker import QueryError, RefusedQuery
from kg.query.runner import run
from kg.vocab import prefixes
from kg.serve import sandbox

RESULT_TYPES = {   # media type → results format, first = default
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Limits:
    location: str            # the Oxigraph directory
    max_result_bytes: int
    memory_bytes: int


@dataclass(frozen=True)
class Request:
    sparql: str
    accept: tuple[str, ...]  # media types the client accepts, best first
    output: str              # where to write the result


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str = "text/plain; charset=utf-8"
    message: str = ""        # the body of an error answer; a 200's body is the output file


class ResultTooLarge(Exception):
    pass


class CappedFile:
    """A binary file that refuses to grow past `limit` bytes."""

    def __init__(self, path: str, limit: int):
        self._file = open(path, "wb")   # noqa: SIM115 - closed by close()
        self._limit, self._written = limit, 0

    def write(self, data: bytes) -> int:
        self._written += len(data)
        if self._written > self._limit:
            raise ResultTooLarge()
        return self._file.write(data)

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def main(connection) -> None:
    """The process's whole life: sandbox itself, open the store, answer until the pipe closes."""
    sandbox.die_with_parent()
    limits = connection.recv()
    network_denied = sandbox.deny_network()
    sandbox.cap_memory(limits.memory_bytes)
    try:
        database = ox.Store.read_only(limits.location)
    except OSError as error:
        connection.send(("failed", f"cannot open {limits.location}: {error}"))
        return
    connection.send(("ready", network_denied))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(answer(database, request, limits))


def answer(database: ox.Store, request: Request, limits: Limits) -> Answer:
    try:
        result = run(database, request.sparql)   # checked, kg's prefixes, the union unless FROM: as kg query
        return write(result, request, limits.max_result_bytes)
    except RefusedQuery as error:
        return Answer(403, message=str(error))
    except QueryError as error:
        return Answer(400, message=" ".join(str(error).split()))
    except ResultTooLarge:
        return Answer(500, message=f"the result is larger than {limits.max_result_bytes // 2**20} MB "
                                   "(kg serve --max-result-mb); narrow the query or add LIMIT")
    except MemoryError:
        return Answer(500, message=f"the query needs more than {limits.memory_bytes // 2**20} MB of memory")
    except RuntimeError as error:   # Oxigraph's evaluation errors (unknown function, bad argument…)
        return Answer(400, message="query failed: " + " ".join(str(error).split()))
    except Exception as error:  # noqa: BLE001 - the engine must answer every request, never die on one
        return Answer(500, message=f"query failed: {type(error).__name__}: {' '.join(str(error).split())}")


def write(result, request: Request, limit: int) -> Answer:
    """Serialize `result` into request.output in the best format the client accepts."""
    graph = isinstance(result, ox.QueryTriples)
    types = GRAPH_TYPES if graph else RESULT_TYPES
    media_type = next((t for t in request.accept if t in types), next(iter(types)))
    output = CappedFile(request.output, limit)
    try:
        if graph:
            ox.serialize(result, output, types[media_type], prefixes=prefixes())
        else:
            result.serialize(output, types[media_type])
    finally:
        output.close()
    return Answer(200, content_type=f"{media_type}; charset=utf-8")


def serve_socket(descriptor: int) -> None:
    """Entry point of the process kg.serve.engine starts, given its end of a Unix socket pair."""
    from multiprocessing.connection import Connection

    main(Connection(descriptor))
