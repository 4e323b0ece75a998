"""The Python namespace, the ontology file and the name → term checks agree."""
from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import RDFS

from kg.graph import KG, UnknownTermError, ontology
from kg.graph import iri, terms


def test_namespace_lists_exactly_the_ontology_terms():
    base = str(KG._NS)
    defined = {str(s)[len(base):] for s in ontology().subjects() if str(s).startswith(base)}
    assert set(KG.__annotations__) == defined


@pytest.mark.parametrize("term", sorted(KG.__annotations__))
def test_every_term_has_russian_and_english_label_and_a_comment(term):
    graph = ontology()
    assert {label.language for label in graph.objects(KG[term], RDFS.label)} == {"ru", "en"}
    assert graph.value(KG[term], RDFS.comment) is not None


def test_namespace_refuses_unknown_names():
    with pytest.raises(AttributeError):
        KG.chair   # noqa: B018 — a typo must fail, not mint kg:chair


@pytest.mark.parametrize("lookup, name, expected", [
    (terms.entity_class, "Person", KG.Person),
    (terms.entity_class, "IntergovernmentalOrganization", KG.IntergovernmentalOrganization),
    (terms.entity_class, "Group", KG.Group),
    (terms.fact_property, "chairs", KG.chairs),
    (terms.fact_property, "foundedOn", KG.foundedOn),
    (terms.qualifier_property, "validFrom", KG.validFrom),
    (terms.datatype, "gYear", URIRef("http://www.w3.org/2001/XMLSchema#gYear")),
])
def test_names_map_to_terms(lookup, name, expected):
    assert lookup(name) == expected


@pytest.mark.parametrize("lookup, name", [
    (terms.entity_class, "Fact"),            # a kg class, but not an entity type
    (terms.entity_class, "Organisation"),
    (terms.fact_property, "sentence"),       # provenance, not a fact predicate
    (terms.fact_property, "chair"),
    (terms.qualifier_property, "chairs"),    # an object property cannot qualify with a literal
    (terms.datatype, "year"),
])
def test_unknown_names_raise_a_clear_error(lookup, name):
    with pytest.raises(UnknownTermError, match=repr(name)):
        lookup(name)


@pytest.mark.parametrize("predicate, role", [
    ("memberOf", KG.memberRole), ("observerOf", KG.observerRole),
    ("dialoguePartnerOf", KG.dialoguePartnerRole), ("chairs", None),
])
def test_status_predicates_have_membership_roles(predicate, role):
    assert terms.membership_role(predicate) == role


@pytest.mark.parametrize("key, expected", [
    ("Q847", "https://w3id.org/kg/id/Q847"),
    ("organization/shankhaiskaia-organizatsiia-sotrudnichestva",
     "https://w3id.org/kg/id/organization/shankhaiskaia-organizatsiia-sotrudnichestva"),
    ("person/Касым-Жомарт Токаев", "https://w3id.org/kg/id/person/Kasym-Zhomart-Tokaev"),
    ("organization/ШОС", "https://w3id.org/kg/id/organization/ShOS"),
    ("document/«Антинаркотическая стратегия» 2024–2029", "https://w3id.org/kg/id/document/Antinarkoticheskaya-strategiya-2024-2029"),
    ("place/Қазақстан", "https://w3id.org/kg/id/place/Kazakstan"),
    ("person/Эрдоған", "https://w3id.org/kg/id/person/Erdogan"),
])
def test_entity_iris_are_readable_ascii(key, expected):
    assert iri.entity_iri(key) == URIRef(expected)
