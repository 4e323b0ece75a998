"""The export formats: each module registers a writer `(database, output) -> [written paths]`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError

Writer = Callable[[ox.Store, Path], list[Path]]


@dataclass(frozen=True)
class Exporter:
    name: str
    description: str
    write: Writer


_EXPORTERS: dict[str, Exporter] = {}


def register(name: str, description: str) -> Callable[[Writer], Writer]:
    def decorate(write: Writer) -> Writer:
        _EXPORTERS[name] = Exporter(name, description, write)
        return write
    return decorate


def names() -> list[str]:
    return sorted(_EXPORTERS)


def exporter(name: str) -> Exporter:
    if name not in _EXPORTERS:
        raise KgError(f"unknown export format {name!r}; use one of: {', '.join(names())}")
    return _EXPORTERS[name]
