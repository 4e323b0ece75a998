"""Lexicons and patterns are data: YAML/TSV files under `resources/<lang>/`, read once per process."""
from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import Any

import yaml

from kg.errors import KgError


class MissingResourceError(KgError):
    """A language has no extraction resource of the requested name."""


def _path(lang: str, name: str):
    path = resources.files("kg.extract").joinpath("resources", lang, name)
    if not path.is_file():
        raise MissingResourceError(f"no extraction resource {name!r} for language {lang!r}")
    return path


@functools.cache   # resources are immutable data shipped with the package
def load_yaml(lang: str, name: str) -> Any:
    return yaml.safe_load(_path(lang, name).read_text(encoding="utf-8"))


@functools.cache
def load_tsv(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, skipping blank lines and `#` comments."""
    lines = _path(lang, name).read_text(encoding="utf-8").splitlines()
    rows = csv.reader((line for line in lines if line.strip() and not line.startswith("#")),
                      delimiter="\t")
    return tuple(tuple(cell.strip() for cell in row) for row in rows)
