"""The one registry pattern of kg: a name → a lazy factory, with what the component declares.

Languages (kg.languages), extractors (kg.extract) and export formats (kg.export) register the
same way: under a unique name (registering a name twice is an error, never a silent overwrite);
with a factory called on first use only — a callable, or "module:attribute" imported only then,
so listing the names (`kg extractors`, `--help`) loads no model; with a description for the
command line; and with what the component `requires` and `assigns`, in the spirit of spaCy's
component metadata, so a selection is checked before anything runs. `meta` holds declarations
particular to one kind of component (the data files an extractor reads, where a language's live).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from kg.errors import KgError


class UnknownNameError(KgError):
    """A requested name that nothing is registered under."""


class DuplicateNameError(KgError):
    """A second registration of a name (a plug-in clashing with another)."""


@dataclass(frozen=True)
class Entry:
    name: str
    factory: Callable[[], Any] | str       # builds the component; "module:attribute" is imported lazily
    description: str = ""
    requires: tuple[str, ...] = ()         # what it needs, e.g. "token.dep" from the NLP layer
    assigns: tuple[str, ...] = ()          # what it provides, e.g. "doc.ents" for a language
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def build(self) -> Any:
        if isinstance(self.factory, str):
            module, _, attribute = self.factory.partition(":")
            return getattr(importlib.import_module(module), attribute)()
        return self.factory()


class Registry:
    """Entries of one kind, in registration order; each component is built once, on first `get`."""

    def __init__(self, kind: str):
        self.kind = kind                   # "language", "extractor", "export format"
        self._entries: dict[str, Entry] = {}
        self._built: dict[str, Any] = {}

    def register(self, name: str, factory: Callable[[], Any] | str, *, description: str = "",
                 requires: Iterable[str] = (), assigns: Iterable[str] = (), **meta: Any) -> Entry:
        if name in self._entries:
            raise DuplicateNameError(f"{self.kind} {name!r} is registered twice")
        entry = Entry(name, factory, description, tuple(requires), tuple(assigns), MappingProxyType(meta))
        self._entries[name] = entry
        return entry

    def unregister(self, name: str) -> None:
        """Remove a plug-in registered for a while (a test language, say)."""
        self.entry(name)
        del self._entries[name]
        self._built.pop(name, None)

    def names(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entries.values())

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def check(self, names: Iterable[str]) -> None:
        """One error naming every unknown name and the valid ones."""
        unknown = [name for name in names if name not in self._entries]
        if unknown:
            plural = "s" if len(unknown) > 1 else ""
            raise UnknownNameError(f"unknown {self.kind}{plural}: {', '.join(map(repr, unknown))}; "
                                   f"valid: {', '.join(self._entries) or 'none'}")

    def entry(self, name: str) -> Entry:
        self.check([name])
        return self._entries[name]

    def get(self, name: str) -> Any:
        """The component registered as `name`, built on first use and reused afterwards."""
        if name not in self._built:
            self._built[name] = self.entry(name).build()
        return self._built[name]
