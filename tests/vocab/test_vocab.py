"""The vocabulary: the Python namespace agrees with the ontology file; one prefix table; one slug."""
from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import RDFS

from kg import vocab
from kg.graph import UnknownTermError, ontology, terms
from kg.resolve.keys import local_key
from kg.vocab.rdf import KG


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
    assert vocab.entity_iri(key) == expected


@pytest.mark.parametrize("text, expected", [
    ("касым-жомарт токаев", "kasym-zhomart-tokaev"),
    ("шанхайский организация сотрудничество", "shankhayskiy-organizatsiya-sotrudnichestvo"),
    ("стратегия на 2024-2029 год", "strategiya-na-2024-2029-god"),
    ("«»", "_"),
])
def test_slug_transliterates_deterministically(text, expected):
    assert vocab.slug(text) == expected


@pytest.mark.parametrize("text", ["person/kasym-zhomart-tokaev", "Q232", "a b\tc~!@#$%^&*()\x00", "ШОС-2024", "café"])
def test_transliteration_of_ascii_text_is_the_text_itself(text):
    """ASCII text skips the per-letter walk: exact only while the table maps non-ASCII letters
    alone; the non-ASCII twins go through the table."""
    from kg.vocab.translit import _char, table, transliterate

    assert not any(letter.isascii() for letter in table())
    assert transliterate(text) == "".join(_char(char) for char in text)
    assert (transliterate(text) == text) is text.isascii()


def test_local_keys_are_slugs_of_lemma_keys_so_their_iris_are_lowercase():
    key = local_key("Person", "касым-жомарт токаев")
    assert key == "person/kasym-zhomart-tokaev"
    assert vocab.entity_iri(key) == "https://w3id.org/kg/id/person/kasym-zhomart-tokaev"


@pytest.mark.parametrize("iri, expected", [
    ("https://w3id.org/kg/ontology#chairs", "kg:chairs"),
    ("https://w3id.org/kg/id/Q232", "kgid:Q232"),
    ("http://www.wikidata.org/prop/direct/P463", "wdt:P463"),
    ("https://w3id.org/kg/ontology#", "https://w3id.org/kg/ontology#"),   # a bare namespace is no CURIE
    ("https://example.org/x", "https://example.org/x"),
])
def test_curie_uses_the_one_prefix_table(iri, expected):
    assert vocab.curie(iri) == expected
    if expected != iri:
        assert vocab.expand(expected) == iri


def test_the_ontology_namespace_and_the_prefix_table_agree():
    assert str(KG._NS) == vocab.prefixes()["kg"]


@pytest.mark.parametrize("value, expected", [
    ("59db0caa3494ba20", "https://w3id.org/kg/article/59db0caa3494ba20"),
    ("https://w3id.org/kg/article/59db0caa3494ba20", "https://w3id.org/kg/article/59db0caa3494ba20"),
])
def test_article_iris_from_ids_or_iris(value, expected):
    assert vocab.article_iri(value) == expected


@pytest.mark.parametrize("file_name, expected", [
    ("graph.ttl", "https://w3id.org/kg/graph/graph"),
    ("out/corpus.2024.trig", "https://w3id.org/kg/graph/corpus"),
    ("Сводка ШОС.nt", "https://w3id.org/kg/graph/Svodka-ShOS"),   # an IRI segment, whatever the name
])
def test_pushed_graph_iris_name_the_file(file_name, expected):
    assert vocab.pushed_graph_iri(file_name) == expected
