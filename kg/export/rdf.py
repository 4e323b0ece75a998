"""RDF exports. Quad formats keep one named graph per article; triple formats write the union."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.export.registry import register
from kg.vocab import prefixes

QUAD_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
TRIPLE_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}


def union_triples(database: ox.Store) -> list[ox.Triple]:
    """Each triple once, whichever graphs hold it (sorted: equal stores give equal files)."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in database}
    return sorted(triples, key=str)


def _quad_writer(fmt: ox.RdfFormat):
    def write(database: ox.Store, output: Path) -> list[Path]:
        ox.serialize(sorted(database, key=str), str(output), format=fmt, prefixes=prefixes())
        return [output]
    return write


def _triple_writer(fmt: ox.RdfFormat):
    def write(database: ox.Store, output: Path) -> list[Path]:
        ox.serialize(union_triples(database), str(output), format=fmt, prefixes=prefixes())
        return [output]
    return write


for _name, _fmt in QUAD_FORMATS.items():
    register(_name, f"{_name} (named graph per article)")(_quad_writer(_fmt))
for _name, _fmt in TRIPLE_FORMATS.items():
    register(_name, f"{_name} (union of all graphs)")(_triple_writer(_fmt))
