"""Directions of fact properties read from the ontology: canonical, inverse, symmetric."""
import pytest

from kg.graph.properties import directions


@pytest.mark.parametrize("inverse, canonical", [
    ("hasMember", "memberOf"), ("chairedBy", "chairs"), ("headedBy", "headOf"),
    ("hasParticipant", "participatesIn"), ("organizedBy", "organizes"),
    ("hasSubOrganization", "subOrganizationOf"),
])
def test_inverse_names_map_to_the_canonical_direction(inverse, canonical):
    assert directions().inverse_of[inverse] == canonical
    assert canonical in directions().canonical
    assert inverse not in directions().canonical


@pytest.mark.parametrize("predicate, symmetric", [
    ("meetsWith", True), ("cooperatesWith", True), ("memberOf", False), ("chairs", False),
])
def test_symmetric_relations(predicate, symmetric):
    assert (predicate in directions().symmetric) is symmetric


@pytest.mark.parametrize("name, canonical", [
    ("foundedOn", True), ("signs", True), ("sentence", False), ("Person", False),
])
def test_canonical_holds_fact_predicates_only(name, canonical):
    assert (name in directions().canonical) is canonical
