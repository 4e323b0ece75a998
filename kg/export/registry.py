"""The export formats (kg.registry's pattern): each module registers a writer
`(database, output) -> [written paths]` under a format name, with a description."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.registry import Registry

Writer = Callable[[ox.Store, Path], list[Path]]

EXPORTERS = Registry("export format")


def register(name: str, description: str) -> Callable[[Writer], Writer]:
    def decorate(write: Writer) -> Writer:
        EXPORTERS.register(name, lambda: write, description=description)
        return write
    return decorate


def names() -> list[str]:
    return sorted(EXPORTERS.names())


def writer(name: str) -> Writer:
    """The writer of format `name`; a one-line error listing the formats otherwise."""
    return EXPORTERS.get(name)
