"""Which of the classifier's relations become facts, and as which property (kg/learn/resources/labels.yml).

Real sentences through the whole pipeline (shipped models): NEREL's WORKPLACE of a post is the
post's kg:postIn, a person's kg:worksFor; PARTICIPANT_IN is kg:involvedIn and WORKS_AS of a
profession kg:occupation; a learned fact gives way to a rule's about the same subject mention, and
to a rule's narrower one (participatesIn) about the same event.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg import ingest
from kg.eval import from_article_facts
import kg.extract as extract_module
import kg.extract.learned as learned_module
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
    ("PARTICIPANT_IN", "PERSON", "EVENT", "involvedIn"),       # any event; gatherings' participatesIn is the rules'
])
def test_nerel_relation_maps_to_property_by_argument_types(relation, subject, obj, expected):
    assert labels.labels().property_of(relation, subject, obj) == expected


@pytest.mark.parametrize(("relation", "occupation", "expected"), [
    ("WORKS_AS", True, "occupation"),        # «футболист»: a profession
    ("WORKS_AS", False, "holdsPosition"),    # «президент»: a post
    ("WORKPLACE", True, "worksFor"),         # only WORKS_AS tells a profession from a post
])
def test_works_as_of_a_profession_is_an_occupation(relation, occupation, expected):
    assert labels.labels().property_of(relation, "PERSON", "PROFESSION", occupation) == expected


ELECTION = "Сергей Лебедев переизбран генеральным секретарем СНГ."


def test_involvement_in_an_event_that_is_no_gathering_is_involved_in(pipeline):
    facts = learned_facts(pipeline, ELECTION)
    assert ("Сергей Лебедев", "involvedIn", "переизбран") in facts
    assert not [f for f in facts if f[1] == "participatesIn"]   # never from the classifier


SUMMIT_VISIT = "Президент России Владимир Путин принял участие в саммите ШОС в Астане."


def involvement_of_putin(pipeline: Pipeline) -> list[tuple[str, str, str]]:
    return [f for f in learned_facts(pipeline, SUMMIT_VISIT) if f[0] == "Владимир Путин" and f[1] == "involvedIn"]


def test_a_rule_participation_implies_the_learned_involvement(pipeline):
    result = pipeline.process(ingest.from_text(SUMMIT_VISIT))
    assert any(f.predicate == "participatesIn" and f.subject_mention.text == "Владимир Путин" for f in result.facts)
    assert not involvement_of_putin(pipeline)


def test_without_narrower_properties_the_learned_involvement_stays(monkeypatch):
    """Twin of the test above: with labels.yml's `narrower` empty the classifier's involvedIn of
    the same summit is written beside the rules' participatesIn."""
    table = labels.labels()
    monkeypatch.setattr(learned_module, "labels", lambda: replace(table, narrower={}))
    assert involvement_of_putin(Pipeline())


@pytest.mark.parametrize(("text", "fact", "present"), [
    ("Министр иностранных дел России Сергей Лавров провел переговоры в Минске.",
     ("Министр иностранных дел России", "postIn", "России"), True),
    ("Министр иностранных дел России Сергей Лавров провел переговоры в Минске.",
     ("Министр иностранных дел России", "worksFor", "России"), False),     # posts work for nobody
    ("Генеральный секретарь ОДКБ Имангали Тасмагамбетов выступил на заседании в Москве.",
     ("Генеральный секретарь ОДКБ", "postIn", "ОДКБ"), True),
    ("Генеральный секретарь ОДКБ Имангали Тасмагамбетов выступил на заседании в Москве.",
     ("Генеральный секретарь ОДКБ", "worksFor", "ОДКБ"), False),
    ("Футболист Лионель Месси женился в Росарио.", ("Лионель Месси", "occupation", "Футболист"), True),
    ("Футболист Лионель Месси женился в Росарио.", ("Лионель Месси", "holdsPosition", "Футболист"), False),
    ("Певица Мадонна выступила в Лондоне.", ("Мадонна", "occupation", "Певица"), True),
    # a title ends the hyphenated word («вице-канцлер»): a post, not a profession (a title the rules read,
    # «вице-премьер-министр», gives the rules' post, and the classifier's gives way)
    ("Вице-канцлер Германии Роберт Хабек подписал соглашение.",
     ("Роберт Хабек", "holdsPosition", "Вице-канцлер Германии"), True),
    ("Вице-канцлер Германии Роберт Хабек подписал соглашение.",
     ("Роберт Хабек", "occupation", "Вице-канцлер Германии"), False),
])
def test_a_learned_fact_is_the_property_its_arguments_support(pipeline, text, fact, present):
    """A post is in its organization and never works for it; a profession is an occupation, a title a post."""
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


@pytest.mark.parametrize(("text", "fact"), [
    ("Генсек ФСЭГ прибыл в Доху.", ("Генсек ФСЭГ", "Post", "postIn", "ФСЭГ")),
    ("Министр обороны России прибыл в Минск.", ("Министр обороны России", "Post", "postIn", "России")),
])
def test_a_role_phrase_the_tagger_reads_as_a_post_is_the_post_in_learned_facts(pipeline, text, fact):
    """Alone, «Генсек ФСЭГ» is the rules' reference to a person (unresolved: no person is named) and
    the tagger's PROFESSION: the classifier's postIn names the post, which resolves."""
    result = pipeline.process(ingest.from_text(text))
    found = {(f.subject_mention.text, f.subject_mention.label, f.predicate, f.object_mention.text)
             for f in result.facts if f.provenance.extractor == LEARNED}
    assert fact in found


def test_a_bare_role_without_its_organization_is_in_nothing(pipeline):
    """«Генсек» alone names no organization (twin: «Генсек ФСЭГ прибыл в Доху» below gives postIn)."""
    result = pipeline.process(ingest.from_text("Генсек прибыл в Доху."))
    assert not [f for f in result.facts if f.predicate == "postIn"]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Генсек ФСЭГ прибыл в Доху. Позже генсек ФСЭГ встретился с министром.",
     [("Генсек ФСЭГ", "ФСЭГ"), ("генсек ФСЭГ", "ФСЭГ")]),
    ("Генсек ФСЭГ прибыл в Доху и встретился с министром.", [("Генсек ФСЭГ", "ФСЭГ")]),
])
def test_one_fact_in_the_graph_and_every_reading_of_it_scored(pipeline, text, pairs):
    """NEREL annotates each pair of mentions: the eval reads a statement from every pair it was read
    from (ArticleFacts.readings), the graph holds it once."""
    result = pipeline.process(ingest.from_text(text))
    assert len([f for f in result.facts if f.predicate == "postIn"]) == 1
    relations = from_article_facts(result, "doc").relations
    assert sorted((text[r.arg1[0]:r.arg1[1]], text[r.arg2[0]:r.arg2[1]])
                  for r in relations if r.predicate == "postIn") == sorted(pairs)
