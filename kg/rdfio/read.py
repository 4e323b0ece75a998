"""GRAPH arguments of every command that reads a graph (query, export, stats, serve, push, viz):
a store directory or an RDF file, opened as one pyoxigraph Store.

Every RDF file kg reads is parsed here, so every command gets the same guards: RDF/XML with
entity declarations is refused before any parser sees it (kg.rdfio.xml_safety), and a JSON-LD
remote @context is never fetched (pyoxigraph has no document loader; the error says so).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.rdfio.formats import by_extension
from kg.rdfio.xml_safety import refuse_entity_declarations
from kg.store import Store, is_store

REMOTE_CONTEXT = "No LoadDocumentCallback"   # pyoxigraph's words when a JSON-LD context is a URL


@contextmanager
def open_graph(path: str | Path) -> Iterator[ox.Store]:
    """A pyoxigraph Store to read: the store in a directory (shared lock), or a file loaded in memory."""
    path = Path(path)
    if path.is_dir() or is_store(path):
        with Store.open(path, read_only=True) as store:
            yield store.oxigraph
        return
    yield load_file(path)


def load_file(path: str | Path, into: ox.Store | None = None) -> ox.Store:
    """A store holding an RDF file: a new in-memory one, or `into` (an on-disk store, bulk-loaded,
    as kg serve copies a file for its query processes)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file or store directory")
    fmt = by_extension(path).oxigraph
    if fmt == ox.RdfFormat.RDF_XML:
        refuse_entity_declarations(path)
    database = ox.Store() if into is None else into
    load = database.load if into is None else database.bulk_load
    try:
        load(path=str(path), format=fmt)
    except SyntaxError as error:
        if REMOTE_CONTEXT in str(error):
            raise InputError(f"{path}: JSON-LD remote @context is never fetched; inline the context") from None
        raise InputError(f"{path}: not valid RDF: {one_line(str(error))}") from None
    return database


def one_line(message: str, limit: int = 160) -> str:
    """A parser message squeezed onto one line for the terminal."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
