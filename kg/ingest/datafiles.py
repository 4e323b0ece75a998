"""Read the pattern files in `kg/ingest/resources/` (loaded once per process, never modified)."""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources

import yaml

_PACKAGE = "kg.ingest.resources"


@cache
def load_yaml(name: str) -> dict:
    with resources.files(_PACKAGE).joinpath(name).open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; lines starting with '#' are comments."""
    with resources.files(_PACKAGE).joinpath(name).open(encoding="utf-8") as stream:
        lines = [line for line in stream if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def code_points(hex_codes: list[str]) -> frozenset[str]:
    """["00A0", …] → {"\\xa0", …}: data files spell invisible characters as hex."""
    return frozenset(chr(int(code, 16)) for code in hex_codes)
