"""Events of one article: their own node per article, and their names with either name of their organization.

An event is an occurrence reported by one article, so its key is scoped to the article: «саммит
ШОС» of 2007 and of 2024 are two nodes, and the bare «саммит» of one article never merges with
another article's. An event named with its organization («7-е заседание Совета глав
государств-участников Шанхайской организации сотрудничества») is also known by the other names
the article gives that organization («… ШОС»), so these variants join its aliases.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.resolve.keys import type_group
from kg.types import Entity, Mention

EVENT = "event"


def is_event(entity: Entity) -> bool:
    return type_group(entity.type) == EVENT


def scoped_key(key: str, article_id: str) -> str:
    """«event/sammit-shos» → «event/<article id>/sammit-shos»."""
    group, _, rest = key.partition("/")
    return f"{group}/{article_id}/{rest}"


def with_organization_names(entity_of: Mapping[Mention, Entity], mentions: Sequence[Mention]) -> dict[Mention, Entity]:
    """Every event entity gets, as aliases, its names with each organization inside them renamed."""
    variants: dict[str, set[str]] = {}
    for event in (m for m in mentions if m in entity_of and is_event(entity_of[m])):
        name = event.normal or event.text
        for inner in mentions:
            inside = event.start <= inner.start and inner.end <= event.end and inner != event
            if inside and inner in entity_of and type_group(entity_of[inner].type) == "organization":
                other_names = {entity_of[inner].label, *entity_of[inner].aliases} - {inner.text}
                variants.setdefault(entity_of[event].key, set()).update(
                    name.replace(inner.text, other) for other in other_names if inner.text in name)
    renamed = {key: names for key, names in variants.items() if names}
    return {m: replace(e, aliases=e.aliases | renamed[e.key]) if e.key in renamed else e
            for m, e in entity_of.items()}
