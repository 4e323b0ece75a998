"""Candidates become facts on resolved entities: provenance kept, self-loops and duplicates gone."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Candidate, Extraction, Provenance, Value
from tests.resolve.articles import make_article, mention_of

TEXT = ("Касым-Жомарт Токаев подчеркнул приоритеты председательства Казахстана в ШОС. "
        "Токаев заявил, что Казахстан председательствует в Шанхайской организации сотрудничества.")


def provenance(article, rule: str, confidence: float, start: int = 0) -> Provenance:
    return Provenance(article.id, TEXT.split(". ")[0], start, start + 10, "test", rule, confidence)


def facts_for(pairs):
    """Resolve candidates given as (subject surface, predicate, object surface or Value, confidence)."""
    article = make_article(TEXT)
    specs = {"Касым-Жомарт Токаев": ("Person", None), "Токаев": ("Person", None), "ШОС": ("Organization", None),
             "Казахстана": ("Country", "Казахстан"), "Казахстан": ("Country", None),
             "Шанхайской организации сотрудничества": ("Organization", "Шанхайская организация сотрудничества")}
    mention = {s: mention_of(article, s, label, normal, 1 if s == "Казахстан" else 0) for s, (label, normal) in specs.items()}
    candidates = tuple(
        Candidate(mention[subject], predicate, obj if isinstance(obj, Value) else mention[obj],
                  provenance(article, f"r{i}", confidence, i), (("validFrom", Value("2024", "gYear")),))
        for i, (subject, predicate, obj, confidence) in enumerate(pairs))
    return resolve(Extraction(article, tuple(mention.values()), candidates))


def test_fact_keeps_provenance_qualifiers_and_mentions():
    result = facts_for([("Казахстан", "chairs", "ШОС", 0.9)])
    (fact,) = result.facts
    assert (fact.subject.wikidata, fact.object.key) == ("Q232", "organization/shankhayskiy-organizatsiya-sotrudnichestvo")
    assert (fact.provenance.rule, fact.provenance.confidence) == ("r0", 0.9)
    assert fact.qualifiers == (("validFrom", Value("2024", "gYear")),)
    assert (fact.subject_mention.text, fact.object_mention.text) == ("Казахстан", "ШОС")


@pytest.mark.parametrize("pairs, expected", [
    ([("ШОС", "partOf", "Шанхайской организации сотрудничества", 1.0)], 0),                  # self-loop
    ([("Токаев", "sameAs", "Касым-Жомарт Токаев", 1.0)], 0),                                  # self-loop via surname
    ([("Казахстана", "chairs", "ШОС", 0.6), ("Казахстан", "chairs", "Шанхайской организации сотрудничества", 0.8)], 1),
    ([("Касым-Жомарт Токаев", "name", Value("Токаев"), 1.0), ("Токаев", "name", Value("Токаев"), 0.5)], 1),
    ([("Казахстан", "chairs", "ШОС", 1.0), ("Касым-Жомарт Токаев", "memberOf", "ШОС", 1.0)], 2),
])
def test_self_loops_and_duplicates_are_dropped(pairs, expected):
    assert len(facts_for(pairs).facts) == expected


def test_duplicate_keeps_the_most_confident():
    result = facts_for([("Казахстана", "chairs", "ШОС", 0.6), ("Казахстан", "chairs", "ШОС", 0.8)])
    assert [fact.provenance.confidence for fact in result.facts] == [0.8]


def test_entities_without_facts_are_kept():
    result = facts_for([("Казахстан", "chairs", "ШОС", 1.0)])
    assert {"Person", "Country", "IntergovernmentalOrganization"} == {entity.type for entity in result.entities}
