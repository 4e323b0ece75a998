"""Entity matching of the fact scorer: spelling, inflection, aliases, Wikidata, gazetteer, persons, dates."""
from __future__ import annotations

import pytest
from facts_records import entity

from kg.eval.facts import EntityMatcher
from kg.eval.facts import dates
from kg.eval.facts.names import normalize, same_person
from kg.gazetteer import load_gazetteer
from kg.nlp import lemmatizer
from kg.types import Value

CSTO = "Q318693"


@pytest.fixture(scope="module")
def matcher() -> EntityMatcher:
    return EntityMatcher(lemmatizer("ru"), load_gazetteer())


@pytest.mark.parametrize("name, normal", [
    ("Организация  Договора о коллективной безопасности", "организация договора о коллективной безопасности"),
    ("«Шанхайская пятёрка»", "шанхайская пятерка"),
    ("государств – членов ШОС", "государств-членов шос"),
    ("Касым—Жомарт Токаев", "касым-жомарт токаев"),
    ("“Единая Россия”\n", "единая россия"),
])
def test_normalize(name, normal):
    assert normalize(name) == normal


@pytest.mark.parametrize("gold, predicted, same", [
    ("владимир путин", "владимир путин", True),
    ("владимир путин", "путин", True),                          # surname only
    ("путин", "владимир путин", True),                          # gold gives the surname only
    ("таалатбек масадыков", "масадыков таалатбек", True),       # surname first
    ("владимир путин", "владимир владимирович путин", True),    # patronymic
    ("владимир путин", "в в путин", True),                      # initials
    ("владимир путин", "дмитрий путин", False),                 # another first name
    ("владимир путин", "владимир", False),                      # first name is not the surname
    ("владимир путин", "в медведев", False),
    ("в путин", "владимир путин", True),                        # gold gives an initial
    ("в путин", "д путин", False),
    ("владимир в", "владимир путин", False),                    # gold's last word is the surname, not an initial
])
def test_same_person(gold, predicted, same):
    assert same_person(gold.split(), predicted.split()) is same


@pytest.mark.parametrize("gold, predicted, same", [
    ("2001", "2001-06-15", True),
    ("2001-06", "2001-06-15", True),
    ("2001-06-15", "2001-06-15", True),
    ("2001-06-15", "2001", False),         # less precise than gold
    ("2001-06-15", "2001-06-16", False),
    ("2001", "2002", False),
    ("2026-01-01", "2026-01-01T00:00:00", True),
    ("2001-02-30", "2001-02-30", False),   # not a date
])
def test_same_date_at_gold_precision(gold, predicted, same):
    assert dates.same_date(gold, predicted) is same


ODKB_LINKED = entity("Организация Договора о коллективной безопасности", "IntergovernmentalOrganization",
                     "ОДКБ", qid=CSTO)
ODKB_UNLINKED = entity("Организация Договора о коллективной безопасности", "IntergovernmentalOrganization")
SCO = entity("Шанхайская организация сотрудничества", "IntergovernmentalOrganization",
             "Шанхайской организации сотрудничества", "ШОС")
PUTIN = entity("Владимир Путин", "Person", "Путина", "Владимира Путина")
MASADYKOV = entity("Масадыков", "Person", "Масадыкова")
POST = entity("генеральный секретарь ОДКБ", "Post", "генеральным секретарем ОДКБ")
RUSSIA = entity("Россия", "Country", "России", qid="Q159")
SOVET = entity("Совет", "Organization")


@pytest.mark.parametrize("labels, predicted, expected", [
    (["Шанхайская организация сотрудничества"], SCO, True),                 # label
    (["шанхайская организация сотрудничества"], SCO, True),                 # case
    (["ШОС"], SCO, True),                                                   # alias
    (["Шанхайской организацией сотрудничества"], SCO, True),                # inflected gold
    (["ЕАЭС", "ШОС"], SCO, True),                                           # any alternative
    (["ЕАЭС"], SCO, False),
    (["Q159"], RUSSIA, True),                                               # Wikidata ID
    (["Q232"], RUSSIA, False),
    (["Российская Федерация"], RUSSIA, True),                               # gazetteer alias of the linked entry
    (["ОДКБ"], ODKB_LINKED, True),                                          # gazetteer abbreviation
    (["ОДКБ"], ODKB_UNLINKED, True),                                        # …of an entity kg did not link
    (["ДКБ"], ODKB_UNLINKED, True),
    (["ЕАЭС"], ODKB_UNLINKED, False),
    (["Совет"], SOVET, True),                                               # same spelling always matches
    (["Совет"], ODKB_UNLINKED, False),                                      # ambiguous names never resolve
    (["Владимир Путин"], PUTIN, True),
    (["Путин"], PUTIN, True),
    (["Владимир Владимирович Путин"], PUTIN, True),
    (["Дмитрий Путин"], PUTIN, False),
    (["Таалатбек Масадыков"], MASADYKOV, True),                             # gold full, kg surname only
    (["Масадыков Т."], MASADYKOV, False),                                   # gold's last word is the surname
    (["генеральный секретарь ОДКБ"], POST, True),                           # posts compare lemmatized
    (["генерального секретаря ОДКБ"], POST, True),
    (["секретарь ОДКБ"], POST, False),
    (["заместитель генерального секретаря ОДКБ"], POST, False),
])
def test_gold_label_names_entity(matcher, labels, predicted, expected):
    assert matcher.matches(labels, predicted) is expected


@pytest.mark.parametrize("labels, value, date, expected", [
    (["2001"], Value("2001-06-15", "date"), True, True),
    (["2001-06-15"], Value("2001", "gYear"), True, False),
    (["2001-06-15"], Value("2001-06-15", "date"), False, True),             # a date-shaped label is a date
    (["Шанхайская пятёрка"], Value("«Шанхайская пятерка»"), False, True),
    (["Шанхайская пятёрка"], Value("Шанхайский форум"), False, False),
])
def test_gold_label_names_literal(matcher, labels, value, date, expected):
    assert matcher.matches(labels, value, date=date) is expected


def test_without_gazetteer_abbreviations_need_an_alias():
    plain = EntityMatcher(lemmatizer("ru"))
    assert plain.matches(["ОДКБ"], ODKB_UNLINKED) is False
    assert plain.matches(["ОДКБ"], ODKB_LINKED) is True
