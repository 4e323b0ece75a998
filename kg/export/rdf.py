"""RDF exports: every writable format of kg.rdfio's table, written by kg.rdfio (the writer `kg build` uses)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg import rdfio
from kg.export.registry import register


def _writer(fmt: rdfio.RdfFormat):
    def write(database: ox.Store, output: Path) -> list[Path]:
        return [rdfio.write(database, output, fmt)]
    return write


def _description(fmt: rdfio.RdfFormat) -> str:
    return f"{fmt.name} ({'named graph per article' if fmt.quads else 'union of all graphs'})"


for _fmt in rdfio.writable():
    register(_fmt.name, _description(_fmt))(_writer(_fmt))
