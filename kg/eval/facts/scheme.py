"""The annotation scheme of fact-level gold: relations, qualifiers, and how predicates read.

`scheme.yml` says what gold annotates; the ontology (through `kg.graph.properties`) says which
predicates exist, which are inverses of which, and which are symmetric.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kg.errors import InputError
from kg.graph.properties import directions
from kg.resources import load_yaml


@dataclass(frozen=True)
class Scheme:
    relations: frozenset[str]          # always scored (scheme.yml)
    qualifiers: tuple[str, ...]        # qualifier names gold may use
    date_objects: frozenset[str]       # relations with a date literal object
    canonical: frozenset[str]          # every fact predicate gold may use
    inverse_of: dict[str, str]         # inverse predicate -> canonical predicate
    symmetric: frozenset[str]

    def canonical_form(self, predicate: str) -> tuple[str, bool]:
        """(canonical predicate, whether subject and object must be swapped to read it)."""
        if predicate in self.inverse_of:
            return self.inverse_of[predicate], True
        return predicate, False

    def scored(self, gold_predicates: Iterable[str], only: Iterable[str] | None = None) -> frozenset[str]:
        """The relations to score: the scheme's and the gold's, or just `only` (checked)."""
        if only is None:
            return self.relations | frozenset(gold_predicates)
        only = frozenset(only)
        unknown = sorted(only - self.canonical)
        if unknown:
            raise InputError(f"unknown relation {', '.join(unknown)}; known: {', '.join(sorted(self.canonical))}")
        return only


@cache
def load_scheme() -> Scheme:
    data = load_yaml("eval", "scheme.yml")
    ontology = directions()
    return Scheme(relations=frozenset(data["relations"]), qualifiers=tuple(data["qualifiers"]),
                  date_objects=frozenset(data["date_objects"]), canonical=ontology.canonical,
                  inverse_of=dict(ontology.inverse_of), symmetric=ontology.symmetric)
