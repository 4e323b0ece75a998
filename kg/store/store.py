"""The on-disk corpus store: an Oxigraph database with one named graph per article.

New articles are written by Oxigraph's bulk loader, a changed one with one SPARQL update (drop
its old graph, insert the new one, one transaction). An article's content hash is written after
its quads: one cut off by a crash or error has none, and the next add replaces it whole.
The graph carries `<article> <https://w3id.org/kg/store#contentHash> "sha256:…"`, so adding the same content again is a
no-op and a changed article replaces its graph.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import queries
from kg.vocab import article_iri
from kg.store.hashing import content_hash
from kg.store.lock import StoreLock
from kg.store.partition import Unit, split_quads

DATABASE = "oxigraph"
# Not an ontology term: bookkeeping of the store, kept inside the article graph it describes.
CONTENT_HASH = ox.NamedNode("https://w3id.org/kg/store#contentHash")
HASHES_QUERY = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{CONTENT_HASH.value}> ?h }} }}"


class StoreError(KgError):
    """A store directory that cannot be opened or written."""


@dataclass(frozen=True)
class AddReport:
    """What `Store.add` did, by article IRI."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"added {len(self.added)}, replaced {len(self.replaced)}, unchanged {len(self.unchanged)}"


class Store:
    """An open store directory. Use `Store.open(dir)` as a context manager."""

    def __init__(self, directory: Path, database: ox.Store, lock: StoreLock):
        self.directory = directory
        self.oxigraph = database     # the pyoxigraph Store, for query and export
        self._lock = lock

    @classmethod
    def open(cls, directory: str | Path, *, read_only: bool = False) -> Store:
        """Open (or, for writing, create) the store in `directory`; lock it for this process."""
        directory = Path(directory)
        if read_only and not is_store(directory):
            raise StoreError(f"{directory} is not a kg store (no {DATABASE}/ inside)")
        directory.mkdir(parents=True, exist_ok=True)
        lock = StoreLock(directory, shared=read_only)
        lock.acquire()
        try:
            path = str(directory / DATABASE)
            database = ox.Store.read_only(path) if read_only else ox.Store(path)
        except OSError as error:
            lock.release()
            raise StoreError(f"cannot open store {directory}: {error}") from error
        return cls(directory, database, lock)

    def close(self) -> None:
        if self._lock.shared is False:
            self.oxigraph.flush()
        del self.oxigraph
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, quads: Iterable[ox.Quad]) -> AddReport:
        """Add a built graph (default graph: entity descriptions; one named graph per article):
        new articles are inserted, changed ones replaced, identical ones left alone.

        New articles go through Oxigraph's bulk loader (many times faster than a transaction per
        article, but not atomic), their content hashes after them in one transaction: an article
        cut off by a crash has no hash yet, so the next `add` replaces its graph whole.
        Changed articles are replaced one transaction each."""
        units, shared = split_quads(quads)
        self.oxigraph.extend(ox.Quad(t.subject, t.predicate, t.object) for t in shared)
        known = self.content_hashes()
        added, replaced, unchanged, loaded, hashes = [], [], [], [], []
        for unit in units:
            graph = ox.NamedNode(unit.iri)
            unit_quads = list(quads_in(unit, graph))
            digest = content_hash(unit_quads)
            if digest == known.get(unit.iri):
                unchanged.append(unit.iri)
            elif unit.iri in known or self.oxigraph.contains_named_graph(graph):   # changed, or cut off
                self._replace(graph, [*unit_quads, _hash_quad(graph, digest)])
                (replaced if unit.iri in known else added).append(unit.iri)
            else:
                loaded += unit_quads
                hashes.append(_hash_quad(graph, digest))
                added.append(unit.iri)
        if loaded:
            self.oxigraph.bulk_extend(loaded)
            self.oxigraph.extend(hashes)
        return AddReport(tuple(added), tuple(replaced), tuple(unchanged))

    def remove(self, article: str) -> bool:
        """Drop an article's graph (by id or IRI); False if the store did not have it."""
        try:
            graph = ox.NamedNode(article_iri(article))
        except ValueError:
            return False   # not an IRI (e.g. "a>b" or spaces): no such article
        if not self.oxigraph.contains_named_graph(graph):
            return False
        self.oxigraph.update(f"DROP GRAPH {graph} ;\n{queries.DROP_ORPHAN_ENTITIES}")
        return True

    def content_hashes(self) -> dict[str, str]:
        """article IRI → content hash of every article in the store."""
        return {row["g"].value: row["h"].value for row in self.oxigraph.query(HASHES_QUERY)}

    def articles(self) -> list[str]:
        return sorted(self.content_hashes())

    def _replace(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        self.oxigraph.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")


def _hash_quad(graph: ox.NamedNode, digest: str) -> ox.Quad:
    return ox.Quad(graph, CONTENT_HASH, ox.Literal(digest), graph)


def quads_in(unit: Unit, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    for triple in unit.triples:
        yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def is_store(directory: str | Path) -> bool:
    return (Path(directory) / DATABASE).is_dir()


def add_results(store_dir: str | Path, quads: Iterable[ox.Quad]) -> AddReport:
    """Add a built graph to the store in `store_dir` (created if missing): `kg build --store`."""
    with Store.open(store_dir) as store:
        return store.add(quads)
