"""GRAPH arguments of every command that reads a graph (query, export, stats, serve, push, viz):
a store directory or an RDF file, opened as one pyoxigraph Store."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.rdfio.formats import by_extension
from kg.store import Store, is_store


@contextmanager
def open_graph(path: str | Path) -> Iterator[ox.Store]:
    """A pyoxigraph Store to read: the store in a directory (shared lock), or a file loaded in memory."""
    path = Path(path)
    if path.is_dir() or is_store(path):
        with Store.open(path, read_only=True) as store:
            yield store.oxigraph
        return
    yield load_file(path)


def load_file(path: Path) -> ox.Store:
    """An in-memory store holding an RDF file (JSON-LD contexts are never fetched)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file or store directory")
    database = ox.Store()
    try:
        database.load(path=str(path), format=by_extension(path).oxigraph)
    except SyntaxError as error:
        raise InputError(f"{path}: not valid RDF: {one_line(str(error))}") from None
    return database


def one_line(message: str, limit: int = 160) -> str:
    """A parser message squeezed onto one line for the terminal."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
