"""Table exports: the facts table (kg.graph's facts.tsv writer) over any graph."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.export.registry import register
from kg.graph import write_facts_tsv


@register("tsv", "facts table: one row per statement node, with labels, article and sentence")
def write_tsv(database: ox.Store, output: Path) -> list[Path]:
    return [write_facts_tsv(database, output)]
