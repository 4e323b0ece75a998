"""Which of the classifier's relations become facts, and as which property (kg/learn/resources/labels.yml).

Real sentences through the whole pipeline (shipped models): NEREL's WORKPLACE of a post is the
post's kg:postIn, a person's kg:worksFor; a learned fact gives way to a rule's about the same
subject mention.
"""
from __future__ import annotations

import pytest

from kg import ingest
import kg.extract as extract_module
from kg.learn import labels
from kg.pipeline import Pipeline

LEARNED = "learned"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


def learned_facts(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    result = pipeline.process(ingest.from_text(text))
    return {(f.subject_mention.text, f.predicate, f.object_mention.text)
            for f in result.facts if f.provenance.extractor == LEARNED}


@pytest.mark.parametrize(("relation", "subject", "obj", "expected"), [
    ("WORKPLACE", "PERSON", "COUNTRY", "worksFor"),
    ("WORKPLACE", "PROFESSION", "ORGANIZATION", "postIn"),      # «президент Казахстана» exists in Kazakhstan
    ("WORKPLACE", "PROFESSION", "COUNTRY", "postIn"),
    ("HEADQUARTERED_IN", "ORGANIZATION", "COUNTRY", "country"),  # «МИД России»: the ministry's state
    ("HEADQUARTERED_IN", "ORGANIZATION", "CITY", "headquarteredIn"),  # a seat is a city
    ("WORKS_AS", "PERSON", "PROFESSION", "holdsPosition"),
    ("ALTERNATIVE_NAME", "ORGANIZATION", "ORGANIZATION", None),  # stated by resolution, not as a fact
])
def test_nerel_relation_maps_to_property_by_argument_types(relation, subject, obj, expected):
    assert labels.labels().property_of(relation, subject, obj) == expected


@pytest.mark.parametrize(("text", "fact", "present"), [
    ("Министр иностранных дел России Сергей Лавров провел переговоры в Минске.",
     ("Министр иностранных дел России", "postIn", "России"), True),
    ("Министр иностранных дел России Сергей Лавров провел переговоры в Минске.",
     ("Министр иностранных дел России", "worksFor", "России"), False),     # posts work for nobody
    ("Генеральный секретарь ОДКБ Имангали Тасмагамбетов выступил на заседании в Москве.",
     ("Генеральный секретарь ОДКБ", "postIn", "ОДКБ"), True),
    ("Генеральный секретарь ОДКБ Имангали Тасмагамбетов выступил на заседании в Москве.",
     ("Генеральный секретарь ОДКБ", "worksFor", "ОДКБ"), False),
])
def test_a_post_is_in_its_organization_and_never_works_for_it(pipeline, text, fact, present):
    assert (fact in learned_facts(pipeline, text)) is present


SUMMIT = "Президент Казахстана Касым-Жомарт Токаев принял участие в саммите ШОС в Астане."


def test_a_rule_fact_about_the_same_subject_mention_wins(pipeline):
    result = pipeline.process(ingest.from_text(SUMMIT))
    ruled = {(f.subject_mention.start, f.predicate) for f in result.facts if f.provenance.extractor != LEARNED}
    assert (SUMMIT.index("Касым"), "holdsPosition") in ruled
    learned = {(f.subject_mention.start, f.predicate) for f in result.facts if f.provenance.extractor == LEARNED}
    assert not learned & ruled


def test_without_rules_winning_the_classifier_states_the_same_post(monkeypatch):
    """Twin of the test above: the same sentence without `rule_facts_win` keeps the classifier's
    post of the same person mention beside the titles extractor's."""
    monkeypatch.setattr(extract_module, "rule_facts_win", lambda candidates: candidates)
    result = Pipeline().process(ingest.from_text(SUMMIT))
    assert any(f.predicate == "holdsPosition" and f.provenance.extractor == LEARNED
               and f.subject_mention.text == "Касым-Жомарт Токаев" for f in result.facts)
