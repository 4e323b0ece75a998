"""The registry of relation extractors that `kg build --extractors` selects from.

Extractors register themselves when their module is imported (see `kg.extract.__init__`);
the registry is filled once at import time and only read afterwards.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from spacy.tokens import Doc

from kg.errors import KgError
from kg.extract.context import ExtractContext
from kg.types import Candidate


class UnknownExtractorError(KgError):
    """A requested extractor name that is not registered."""


@runtime_checkable
class Extractor(Protocol):
    """Reads one parsed article and proposes statements about its mentions."""

    name: str
    description: str

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterable[Candidate]: ...


_EXTRACTORS: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    """Add an extractor under its `name` (usable as a decorator on an instance factory's result)."""
    if extractor.name in _EXTRACTORS:
        raise ValueError(f"extractor {extractor.name!r} registered twice")
    _EXTRACTORS[extractor.name] = extractor
    return extractor


def names() -> tuple[str, ...]:
    return tuple(_EXTRACTORS)


def get(name: str) -> Extractor:
    check_names([name])
    return _EXTRACTORS[name]


def check_names(requested: Sequence[str]) -> None:
    """Fail with one line naming the valid extractors if any requested name is unknown."""
    unknown = [name for name in requested if name not in _EXTRACTORS]
    if unknown:
        raise UnknownExtractorError(
            f"unknown extractor(s): {', '.join(unknown)}; valid: {', '.join(names())}")


def describe() -> tuple[tuple[str, str], ...]:
    """(name, description) of every registered extractor, for `kg extractors`."""
    return tuple((name, extractor.description) for name, extractor in _EXTRACTORS.items())
