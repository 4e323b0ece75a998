"""JSON-LD with an inline @context of kg's prefixes (never a remote context), graphs kept."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.export.registry import register
from kg.vocab import prefixes


def to_rdflib(database: ox.Store) -> Dataset:
    """The store as an rdflib Dataset (through N-Quads: exact for every term kind)."""
    dataset = Dataset()
    dataset.parse(data=ox.serialize(database, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return dataset


@register("json-ld", "JSON-LD with an inline @context (named graph per article)")
def write_jsonld(database: ox.Store, output: Path) -> list[Path]:
    text = to_rdflib(database).serialize(format="json-ld", context=prefixes(), auto_compact=True, indent=1)
    output.write_text(text, encoding="utf-8")
    return [output]
