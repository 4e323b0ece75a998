"""`kg export`: write a store or RDF file in another format. One module per format family.

    from kg.export import export, names
    export(database, "gexf", Path("graph.gexf"))
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.export import networks, rdf, tables  # noqa: F401  (each registers its formats)
from kg.export.registry import names, writer


def export(database: ox.Store, fmt: str, output: str | Path) -> list[Path]:
    """Write `database` as `fmt` to `output` (a directory for neo4j); return the written paths."""
    return writer(fmt)(database, Path(output))


__all__ = ["export", "names"]
