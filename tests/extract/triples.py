"""Candidates as comparable tuples (a helper module: `conftest` is not importable by name when
several test directories with their own conftest run in one session)."""
from __future__ import annotations

from kg.types import Mention


def triple(candidate) -> tuple[str, str, str]:
    """(subject normal, predicate, object normal or literal): what a reader checks."""
    obj = candidate.object.normal if isinstance(candidate.object, Mention) else candidate.object.lexical
    return candidate.subject.normal, candidate.predicate, obj
