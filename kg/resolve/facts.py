"""Candidates → facts on resolved entities: no self-loops, one fact per statement (kg.identity)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from kg.identity import unique_facts
from kg.types import Candidate, Entity, Fact, Mention, Value


def resolve_facts(candidates: Sequence[Candidate], entity_of: Mapping[Mention, Entity]
                  ) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    """Facts whose mentions resolved, without self-loops; duplicates keep the best reading. Also
    the other readings of those facts: the same statement from another pair of mentions."""
    every = [fact for fact in map(lambda c: _fact(c, entity_of), candidates) if fact is not None]
    facts = unique_facts(every)
    kept = set(facts)
    return facts, tuple(dict.fromkeys(
        fact for fact in every if fact not in kept and fact.object_mention is not None))


def _fact(candidate: Candidate, entity_of: Mapping[Mention, Entity]) -> Fact | None:
    subject = entity_of.get(candidate.subject)
    is_value = isinstance(candidate.object, Value)
    target = candidate.object if is_value else entity_of.get(candidate.object)
    if subject is None or target is None or (not is_value and target.key == subject.key):
        return None   # an unresolved role phrase, or a statement about a thing and itself
    return Fact(subject=subject, predicate=candidate.predicate, object=target,
                provenance=candidate.provenance, qualifiers=candidate.qualifiers,
                subject_mention=candidate.subject, object_mention=None if is_value else candidate.object)
