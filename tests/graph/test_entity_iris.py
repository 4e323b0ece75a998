"""Two entity keys that slug to one IRI would merge two things in the graph: the build refuses, and
its one-line error names both keys and the IRI (mutation survivor entities._check_distinct_iris_9)."""
from __future__ import annotations

import pytest

from kg.errors import ValidationError
from kg.graph.entities import EntityMerge
from kg.types import Entity
from kg.vocab import entity_iri


def merged(*keys: str) -> list[Entity]:
    merge = EntityMerge()
    for position, key in enumerate(keys):
        merge.add((0, position), Entity(key=key, type="Organization", label=key.split("/")[-1]))
    return merge.entities()


def test_keys_that_slug_to_one_iri_are_refused_by_name():
    first, second = "organization/совет", "organization/sovet"   # Cyrillic and its transliteration
    assert entity_iri(first) == entity_iri(second)
    with pytest.raises(ValidationError) as refused:
        merged(first, second)
    message = str(refused.value)
    assert repr(first) in message and repr(second) in message and entity_iri(first) in message
    assert "\n" not in message


def test_keys_with_their_own_iris_are_merged():   # the twin: distinct slugs
    assert [e.key for e in merged("organization/Совет", "organization/Совет-2")] == [
        "organization/Совет", "organization/Совет-2"]
