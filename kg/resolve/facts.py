"""Candidates → facts on resolved entities: no self-loops, one copy of each statement."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from kg.types import Candidate, Entity, Fact, Mention, Value


def resolve_facts(candidates: Sequence[Candidate], entity_of: Mapping[Mention, Entity]) -> tuple[Fact, ...]:
    """Facts whose mentions resolved, without self-loops; duplicates keep the most confident."""
    best: dict[tuple, Fact] = {}
    for candidate in candidates:
        fact = _fact(candidate, entity_of)
        if fact is None:
            continue
        identity = (fact.subject.key, fact.predicate, _object_id(fact.object), fact.qualifiers)
        known = best.get(identity)
        if known is None or _rank(fact) > _rank(known):
            best[identity] = fact
    return tuple(best.values())


def _fact(candidate: Candidate, entity_of: Mapping[Mention, Entity]) -> Fact | None:
    subject = entity_of.get(candidate.subject)
    is_value = isinstance(candidate.object, Value)
    target = candidate.object if is_value else entity_of.get(candidate.object)
    if subject is None or target is None or (not is_value and target.key == subject.key):
        return None   # an unresolved role phrase, or a statement about a thing and itself
    return Fact(subject=subject, predicate=candidate.predicate, object=target,
                provenance=candidate.provenance, qualifiers=candidate.qualifiers,
                subject_mention=candidate.subject, object_mention=None if is_value else candidate.object)


def _object_id(target: Entity | Value) -> tuple:
    return ("value", target.lexical, target.datatype) if isinstance(target, Value) else ("entity", target.key)


def _rank(fact: Fact) -> tuple[float, int]:
    return fact.provenance.confidence, -fact.provenance.start
