"""The shipped models on real sentences of the domain (kg/learn/models, loaded once)."""
from __future__ import annotations

import json

import pytest

from kg import learn
from kg.learn.pairs import PairMention


def tagged(shipped, parse, text: str) -> set[tuple[str, str]]:
    doc = parse(text)
    return {(span.type, doc[span.start:span.end].text) for span in shipped.tagger.tag(doc)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Генеральный секретарь ОДКБ Имангали Тасмагамбетов прибыл в Москву.",
     {("PROFESSION", "Генеральный секретарь ОДКБ"), ("ORGANIZATION", "ОДКБ"),
      ("PERSON", "Имангали Тасмагамбетов"), ("CITY", "Москву")}),
    ("Саммит ШОС пройдет в Астане в июле.",    # NEREL's EVENT is the event noun alone
     {("EVENT", "Саммит"), ("ORGANIZATION", "ШОС"), ("CITY", "Астане"), ("DATE", "в июле")}),
    # (session 12's retrained tagger misses «заседании» after «выступил на», which the rules read)
    ("Токаев принял участие в заседании Совета глав государств СНГ.",
     {("EVENT", "заседании"), ("ORGANIZATION", "Совета глав государств СНГ"),
      ("ORGANIZATION", "Совета глав государств"), ("ORGANIZATION", "СНГ")}),
    ("Президент Казахстана Касым-Жомарт Токаев подписал закон о национальной безопасности.",
     {("PROFESSION", "Президент Казахстана"), ("COUNTRY", "Казахстана"),
      ("PERSON", "Касым-Жомарт Токаев")}),
])
def test_tagger_finds_nested_mentions(shipped, parse, text, expected):
    assert expected <= tagged(shipped, parse, text)


def test_tagger_finds_nothing_in_a_sentence_without_names(shipped, parse):
    assert tagged(shipped, parse, "Погода будет теплой и сухой, без дождей.") == set()


def mentions_of(doc, spans):
    found = []
    for entity_type, text in spans:
        start = next(t.i for t in doc if doc[t.i:t.i + len(text.split())].text == text)
        found.append(PairMention(start, start + len(text.split()), entity_type))
    return found


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Президент Казахстана Касым-Жомарт Токаев встретился с делегацией Китая.",
     [("PROFESSION", "Президент Казахстана"), ("COUNTRY", "Казахстана"), ("PERSON", "Касым-Жомарт Токаев"),
      ("COUNTRY", "Китая")],
     {("WORKS_AS", "Касым-Жомарт Токаев", "Президент Казахстана")}),
    # (a seat stated with «штаб-квартира … расположена в» is the rules' reading, kg.extract's frames: the
    # classifier's HEADQUARTERED_IN there is a coin toss, .47 against NONE's .48 since session 12)
    ("МВД России сообщило о задержании.",            # NEREL's seat of a ministry: its country
     [("ORGANIZATION", "МВД России"), ("COUNTRY", "России")],
     {("HEADQUARTERED_IN", "МВД России", "России")}),
    ("Саммит прошел в Астане, столице Казахстана.",
     [("EVENT", "Саммит"), ("CITY", "Астане"), ("COUNTRY", "Казахстана")],
     {("LOCATED_IN", "Астане", "Казахстана")}),
])
def test_classifier_reads_relations_between_mentions(shipped, parse, text, spans, expected):
    doc = parse(text)
    mentions = mentions_of(doc, spans)
    found = {(r.type, doc[mentions[r.arg1].start:mentions[r.arg1].end].text,
              doc[mentions[r.arg2].start:mentions[r.arg2].end].text)
             for r in shipped.relations.predict(doc, mentions)}
    assert expected <= found


def test_classifier_relates_nothing_across_sentences(shipped, parse):
    doc = parse("Касым-Жомарт Токаев выступил. Президент Китая прибыл.")
    mentions = mentions_of(doc, [("PERSON", "Касым-Жомарт Токаев"), ("PROFESSION", "Президент Китая")])
    assert shipped.relations.predict(doc, mentions) == []


def test_model_card_records_data_settings_and_dev_scores():
    card = json.loads((learn.DEFAULT_DIRECTORY / "card.json").read_text(encoding="utf-8"))
    assert card["ner"]["corpus"] == card["relations"]["corpus"] == "train"
    assert card["dev"]["corpus"] == "dev" and 0 < card["dev"]["entities"]["micro"] <= 1


def test_shipped_thresholds_are_those_the_card_records():
    """The per-relation thresholds (fitted on NEREL train out of fold) are in relations.json, which
    the classifier reads, and in the card, below NONE's even odds so they only add answers."""
    card = json.loads((learn.DEFAULT_DIRECTORY / "card.json").read_text(encoding="utf-8"))
    spec = json.loads((learn.DEFAULT_DIRECTORY / "relations.json").read_text(encoding="utf-8"))
    assert spec["thresholds"] == card["relations"]["thresholds"]
    assert set(spec["thresholds"]) <= set(spec["classes"]) - {"NONE"}
    assert all(0 < t < 0.5 for t in spec["thresholds"].values())

