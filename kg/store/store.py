"""The on-disk corpus store: an Oxigraph database with one named graph per article, and the
descriptions of entities (labels, types, aliases, sameAs) once each in its default graph.

New articles are written by Oxigraph's bulk loader, a changed one with one SPARQL update (drop
its old graph, insert the new one, one transaction). An article's content hash is written in the
same commit as its quads: a graph found without one (cut off by a crash in a store written
otherwise) is replaced whole by the next add.
The graph carries `<article> <https://w3id.org/kg/store#contentHash> "sha256:…"`, so adding the same content again is a
no-op and a changed article replaces its graph.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import queries
from kg.vocab import article_iri, vocabulary_namespaces
from kg.store.hashing import content_hash, text_hash
from kg.store.lock import StoreLock
from kg.store.partition import Unit, split_graph

DATABASE = "oxigraph"
# Not an ontology term: bookkeeping of the store, kept inside the article graph it describes.
CONTENT_HASH = ox.NamedNode("https://w3id.org/kg/store#contentHash")
BULK_FROM = 10_000   # quads: fewer are written in one transaction
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
        new articles are inserted, changed ones replaced, identical ones left alone; the
        descriptions join the store's default graph (a triple is stored once)."""
        return self.add_pieces([quads])

    def add_pieces(self, pieces: Iterable[Iterable[ox.Quad]]) -> AddReport:
        """Add built graphs one piece at a time (`kg load`: a shard with the descriptions of
        what its articles mention), every new article of every piece in one bulk load.

        New articles go through Oxigraph's bulk loader as N-Quads text (many times faster than a
        transaction per article), each with its content hash and, once, the descriptions of what
        it mentions. One bulk load commits all it wrote at once (RocksDB ingests its files in one
        step): a crash or an exception leaves none of it, and the next add writes it again.
        Changed articles are replaced one transaction each, after the bulk load; their
        descriptions and those no article mentions go into the default graph after the
        replacements (which prune), each triple once. Articles with blank nodes are written as
        quads, their hashes last."""
        known = self.content_hashes()
        tally = _Tally()
        self.oxigraph.bulk_load(input=_Chunks(self._new_articles(pieces, known, tally)),
                                format=ox.RdfFormat.N_QUADS, lenient=True)   # the lines come from valid terms
        if tally.with_blank_nodes:
            self.oxigraph.bulk_extend(tally.with_blank_nodes)
        for graph, quads in tally.changed:
            self._replace(graph, quads)
        self._write(list(tally.descriptions))   # after the replacements, which prune
        self.oxigraph.extend(tally.hashes)
        return AddReport(tuple(tally.added), tuple(tally.replaced), tuple(tally.unchanged))

    def _new_articles(self, pieces, known: dict[str, str], tally: _Tally) -> Iterator[bytes]:
        """The bulk loader's input: N-Quads of each new article with its content hash, and the
        descriptions it mentions that no article before it brought (each node's block once);
        the other articles sorted into `tally`."""
        loaded: set[bytes] = set()   # description blocks in the stream already
        for piece in pieces:
            split = split_graph(piece)
            tally.descriptions.update(dict.fromkeys(split.unmentioned))
            for unit in split.units:
                blocks = split.description_blocks(unit)
                text = self._sort(unit, b"".join(blocks), known, tally)
                if text:
                    new = [block for block in blocks if block not in loaded]
                    loaded.update(new)
                    yield b"".join([text, *new])

    def _sort(self, unit: Unit, descriptions: bytes, known: dict[str, str], tally: _Tally) -> bytes | None:
        """Put one article in `tally`; its N-Quads and its hash's if it is new and goes to the
        bulk loader (with `descriptions`, the N-Quads of what it mentions, which its content hash
        covers, so a changed label replaces the article, but the store keeps in its default graph)."""
        text = unit.nquads()
        blank = (b"_:" in text or b"_:" in descriptions) and unit.has_blank_nodes()   # exact check if hit
        digest = (content_hash([*unit.quads(), *unit.described]) if blank   # canonical labels first
                  else text_hash(text, descriptions))
        if digest == known.get(unit.iri):
            tally.unchanged.append(unit.iri)   # its descriptions are in the store already
            return None
        hash_quad = _hash_quad(unit.graph, digest)
        if unit.iri in known or self.oxigraph.contains_named_graph(unit.graph):   # changed, or cut off
            tally.descriptions.update(dict.fromkeys(unit.described))
            tally.changed.append((unit.graph, [*unit.quads(), hash_quad]))
            (tally.replaced if unit.iri in known else tally.added).append(unit.iri)
            return None
        tally.added.append(unit.iri)
        if blank:   # the N-Quads reader would rename blank nodes: they go in as they are
            tally.descriptions.update(dict.fromkeys(unit.described))
            tally.with_blank_nodes += unit.quads()
            tally.hashes.append(hash_quad)
            return None
        return text + f"{hash_quad} .\n".encode("utf-8")

    def remove(self, article: str) -> bool:
        """Drop an article's graph (by id or IRI); False if the store did not have it."""
        try:
            graph = ox.NamedNode(article_iri(article))
        except ValueError:
            return False   # not an IRI (e.g. "a>b" or spaces): no such article
        if not self.oxigraph.contains_named_graph(graph):
            return False
        self.oxigraph.update(f"{self._prune(graph)} ;\nDROP GRAPH {graph} ;\n{queries.DROP_ORPHAN_ENTITIES}")
        return True

    def content_hashes(self) -> dict[str, str]:
        """article IRI → content hash of every article in the store."""
        return {row["g"].value: row["h"].value for row in self.oxigraph.query(HASHES_QUERY)}

    def articles(self) -> list[str]:
        return sorted(self.content_hashes())

    def _replace(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """One transaction: the old graph's descriptions no other article needs, the old graph,
        then the new graph (whose descriptions `add_pieces` writes after)."""
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        self.oxigraph.update(f"{self._prune(graph)} ;\nDROP SILENT GRAPH {graph} ;\n"
                             f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")

    def _write(self, quads: list[ox.Quad]) -> None:
        """Many quads through the bulk loader; a few (a changed article's descriptions) in a
        transaction, which does not leave a small file in every index as a bulk load does."""
        if len(quads) >= BULK_FROM:
            self.oxigraph.bulk_extend(quads)
        else:
            self.oxigraph.extend(quads)

    @staticmethod
    def _prune(graph: ox.NamedNode) -> str:
        return queries.drop_descriptions_only_of(graph.value, vocabulary_namespaces())


def _hash_quad(graph: ox.NamedNode, digest: str) -> ox.Quad:
    return ox.Quad(graph, CONTENT_HASH, ox.Literal(digest), graph)


@dataclass
class _Tally:
    """What `add_pieces` found, gathered while the bulk loader reads the new articles."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    hashes: list[ox.Quad] = field(default_factory=list)
    descriptions: dict[ox.Quad, None] = field(default_factory=dict)   # an ordered set
    changed: list[tuple[ox.NamedNode, list[ox.Quad]]] = field(default_factory=list)
    with_blank_nodes: list[ox.Quad] = field(default_factory=list)


class _Chunks(io.RawIOBase):
    """A readable byte stream over an iterator of byte strings: the bulk loader reads the new
    articles as they are rendered, so no piece is held longer than its own loading."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks, self._pending = chunks, memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size], self._pending = self._pending[:size], self._pending[size:]
        return size


def is_store(directory: str | Path) -> bool:
    return (Path(directory) / DATABASE).is_dir()


def add_results(store_dir: str | Path, quads: Iterable[ox.Quad]) -> AddReport:
    """Add a built graph to the store in `store_dir` (created if missing): `kg build --store`."""
    with Store.open(store_dir) as store:
        return store.add(quads)
