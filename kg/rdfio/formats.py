"""The one table of RDF formats kg reads and writes: a name, file extensions, and whether the
format keeps named graphs (one per article) or holds the union of all graphs."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KgError


@dataclass(frozen=True)
class RdfFormat:
    name: str                      # what --format and `KnowledgeGraph.serialize` take
    extensions: tuple[str, ...]    # file name endings it is recognized by, the first one preferred
    oxigraph: ox.RdfFormat         # the parser (and, except for JSON-LD, the writer)
    quads: bool                    # keeps named graphs; else written as the union of all graphs
    writable: bool = True


FORMATS = (
    RdfFormat("turtle", (".ttl",), ox.RdfFormat.TURTLE, quads=False),
    RdfFormat("nt", (".nt",), ox.RdfFormat.N_TRIPLES, quads=False),
    RdfFormat("xml", (".rdf", ".xml", ".owl"), ox.RdfFormat.RDF_XML, quads=False),
    RdfFormat("n3", (".n3",), ox.RdfFormat.N3, quads=False, writable=False),
    RdfFormat("trig", (".trig",), ox.RdfFormat.TRIG, quads=True),
    RdfFormat("nquads", (".nq",), ox.RdfFormat.N_QUADS, quads=True),
    RdfFormat("json-ld", (".jsonld", ".json"), ox.RdfFormat.JSON_LD, quads=True),
)


def writable() -> tuple[RdfFormat, ...]:
    return tuple(fmt for fmt in FORMATS if fmt.writable)


def by_name(name: str) -> RdfFormat:
    """The writable format called `name`; a one-line error listing the names otherwise."""
    for fmt in writable():
        if fmt.name == name:
            return fmt
    raise KgError(f"unknown RDF format {name!r}; use one of: {', '.join(f.name for f in writable())}")


def by_extension(path: Path) -> RdfFormat:
    """The format of a file, from its extension."""
    suffix = path.suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.extensions:
            return fmt
    known = ", ".join(sorted(ext for fmt in FORMATS for ext in fmt.extensions))
    raise InputError(f"{path}: unknown RDF file extension (expected one of {known})")
