"""GRAPH arguments of `kg query/export/serve/push`: a store directory or an RDF file."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.query.xml_safety import refuse_entity_declarations

RDF_FORMATS = {   # file extension → pyoxigraph format
    ".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES, ".n3": ox.RdfFormat.N3, ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}

REMOTE_CONTEXT = "No LoadDocumentCallback"   # pyoxigraph's words when a JSON-LD context is a URL


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, guessed from its extension; RDF/XML is checked for entity
    declarations first (kg.query.xml_safety), so no caller can parse an entity bomb."""
    try:
        fmt = RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise InputError(f"{path}: unknown RDF file extension (expected one of {known})") from None
    if fmt == ox.RdfFormat.RDF_XML and path.is_file():
        refuse_entity_declarations(path)
    return fmt


@contextmanager
def open_graph(path: str | Path) -> Iterator[ox.Store]:
    """A pyoxigraph Store to read: the store in a directory (shared lock), or a file loaded in memory."""
    from kg.store import Store, is_store   # kg.store imports kg.query: import late

    path = Path(path)
    if path.is_dir() or is_store(path):
        with Store.open(path, read_only=True) as store:
            yield store.oxigraph
        return
    yield load_file(path)


def load_file(path: Path) -> ox.Store:
    """An in-memory store holding an RDF file (JSON-LD contexts are never fetched)."""
    if not path.is_file():
        raise InputError(f"{path}: no such file or store directory")
    database = ox.Store()
    try:
        database.load(path=str(path), format=rdf_format(path))
    except SyntaxError as error:
        if REMOTE_CONTEXT in str(error):
            raise InputError(f"{path}: JSON-LD remote @context is never fetched; inline the context") from None
        raise InputError(f"{path}: not valid RDF: {one_line(str(error))}") from None
    return database


def one_line(message: str, limit: int = 160) -> str:
    """A parser message squeezed onto one line for the terminal."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
