"""Member lists of organizations from the gazetteer, for `kg build --enrich` only.

Resolution never uses them: a membership read from text is a fact about that text, while these
are what the curated list says, kept apart (and marked) by the graph.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.gazetteer.gazetteer import Gazetteer, GazetteerError
from kg.types import ArticleFacts, Entity


@dataclass(frozen=True)
class ListedMembership:
    """One line of a curated member list: `member` joined `organization` in `since` (if known)."""

    member: Entity
    organization: Entity
    since: str | None            # year, xsd:gYear lexical form
    list_source: str             # e.g. "SCO official member list, as of 2024-11"


def entity_keys(results: Iterable[ArticleFacts]) -> set[str]:
    """Keys of every entity the articles mention, listed or only inside a fact."""
    keys = set()
    for result in results:
        keys.update(entity.key for entity in result.entities)
        for fact in result.facts:
            keys.add(fact.subject.key)
            if isinstance(fact.object, Entity):
                keys.add(fact.object.key)
    return keys


def listed_memberships(keys: Iterable[str], gazetteer: Gazetteer) -> Iterator[ListedMembership]:
    """The curated members of every organization among `keys`, in key order."""
    for key in sorted(keys):
        entry = gazetteer.by_key(key)
        if entry is None or not entry.members:
            continue
        organization = entry.entity()
        for member in entry.members:
            member_entry = gazetteer.by_key(member.key)
            if member_entry is None:
                raise GazetteerError(f"member {member.key!r} of {entry.key!r} is not in the gazetteer")
            yield ListedMembership(member_entry.entity(), organization, member.since, entry.members_source)
