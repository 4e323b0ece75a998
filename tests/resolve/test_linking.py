"""Linking to the shipped gazetteer: inflection-proof, type-aware, ambiguous short names only in context."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Extraction
from tests.resolve.articles import make_article, mention_of


def entity_for(text, specs, surface, lemmatize, gazetteer):
    article = make_article(text)
    mentions = tuple(mention_of(article, *spec) for spec in specs)
    result = resolve(Extraction(article, mentions, ()), lemmatize=lemmatize, gazetteer=gazetteer)
    key = next(key for mention, key in result.mentions if mention.text == surface)
    return next(entity for entity in result.entities if entity.key == key)


@pytest.mark.parametrize("text, label, normal, wikidata, entity_type, english", [
    ("Россия", "Country", "Россия", "Q159", "Country", "Russia"),
    ("России", "Place", "Россия", "Q159", "Country", "Russia"),
    ("российский", "Country", "российский", "Q159", "Country", "Russia"),
    # special administrative regions ISO 3166-1 lists are regions, not states; China stays a state
    ("Гонконге", "Place", "Гонконг", "Q8646", "Region", "Hong Kong"),
    ("Макао", "Place", "Макао", "Q14773", "Region", "Macao"),
    ("Китае", "Place", "Китай", "Q148", "Country", "China"),
    ("Российской Федерации", "Organization", "Российская Федерация", "Q159", "Country", "Russia"),
    ("ООН", "Organization", "ООН", "Q1065", "IntergovernmentalOrganization", "United Nations"),
    ("Организации Объединенных Наций", "Organization", "Организация Объединенных Наций", "Q1065",
     "IntergovernmentalOrganization", "United Nations"),
    ("НАТО", "Organization", "НАТО", "Q7184", "IntergovernmentalOrganization", "NATO"),
    ("Совета Безопасности ООН", "Organization", "Совет Безопасности ООН", "Q37470", "Organization",
     "United Nations Security Council"),
])
def test_known_names_link_to_wikidata(text, label, normal, wikidata, entity_type, english, lemmatize, gazetteer):
    entity = entity_for(f"Заявление: {text}.", [(text, label, normal)], text, lemmatize, gazetteer)
    assert (entity.wikidata, entity.key, entity.type) == (wikidata, wikidata, entity_type)
    assert ("en", english) in entity.labels


@pytest.mark.parametrize("surface, normal", [
    ("ШОС", "ШОС"),
    ("Шанхайской организации сотрудничества", "Шанхайская организация сотрудничества"),
    ("Шанхайская организация", "Шанхайская организация"),
])
def test_sco_names_link_to_one_entry_without_qid(surface, normal, lemmatize, gazetteer):
    # NEREL never links the SCO, so its entry has no QID: a stable local key and the gazetteer's type.
    entity = entity_for(f"Саммит: {surface}.", [(surface, "Organization", normal)], surface, lemmatize, gazetteer)
    assert (entity.key, entity.type, entity.wikidata) == (
        "organization/shankhayskiy-organizatsiya-sotrudnichestvo", "IntergovernmentalOrganization", None)
    assert ("en", "Shanghai Cooperation Organisation") in entity.labels


@pytest.mark.parametrize("text, specs, surface, wikidata", [
    ("Совет принял решение.", [("Совет", "Organization")], "Совет", None),
    ("Альянс расширяется.", [("Альянс", "Organization")], "Альянс", None),
    ("НАТО провело саммит. Альянс расширяется.", [("НАТО", "Organization"), ("Альянс", "Organization")],
     "Альянс", "Q7184"),
    # two gazetteer entries of one type under the same name (two clubs, two parties): neither is meant
    ("ЦСКА выиграл матч.", [("ЦСКА", "Organization")], "ЦСКА", None),
    ("Демократическая партия выдвинула кандидата.", [("Демократическая партия", "Organization")],
     "Демократическая партия", None),
    # the twin: a name with one entry links («Аль-Джазира» has two, «Би-би-си» one)
    ("Би-би-си сообщила об этом.", [("Би-би-си", "Organization")], "Би-би-си", "Q9531"),
])
def test_ambiguous_short_names_link_only_in_context(text, specs, surface, wikidata, lemmatize, gazetteer):
    assert entity_for(text, specs, surface, lemmatize, gazetteer).wikidata == wikidata


def test_a_person_named_like_a_place_is_not_linked_to_it(lemmatize, gazetteer):
    entity = entity_for("Вашингтон выступил.", [("Вашингтон", "Person")], "Вашингтон", lemmatize, gazetteer)
    assert entity.type == "Person" and not (entity.wikidata or "").startswith("Q")


# NEREL dev: "в Москве" is the city even though a club named "Москва" is in the gazetteer; an
# abbreviation the NER tagged LOC still links to its organization.
@pytest.mark.parametrize("text, surface, normal, entity_type", [
    ("Об этом сообщили в Москве.", "Москве", "Москва", "Place"),
    ("Лидеры стран СНГ встретились в Минске.", "СНГ", "СНГ", "IntergovernmentalOrganization"),
    # a metonym the gazetteer lists: «Кремль», «Белый дом» are the presidencies (NEREL train: ORGANIZATION)…
    ("Пресс-служба Кремля сообщила об этом.", "Кремля", "Кремль", "Organization"),
    ("Кремль ответил на запрос.", "Кремль", "Кремль", "Organization"),
    ("Белый дом ответил на запрос.", "Белый дом", "Белый дом", "Organization"),
    ("Пресс-секретарь Белого дома выступил.", "Белого дома", "Белый дом", "Organization"),
    # …and the buildings after a preposition of place (NEREL train: FACILITY)
    ("Встреча прошла в Кремле.", "Кремле", "Кремль", "Place"),
    ("Переговоры прошли в Белом доме.", "Белом доме", "Белый дом", "Place"),
    ("Митинг прошёл перед Белым домом.", "Белым домом", "Белый дом", "Place"),
])
def test_a_one_word_place_links_to_no_organization(text, surface, normal, entity_type, lemmatize, gazetteer):
    entity = entity_for(text, [(surface, "Place", normal)], surface, lemmatize, gazetteer)
    assert entity.type == entity_type


@pytest.mark.parametrize("text, specs, surface, key, entity_type", [
    # an acronym names no entry spelt only as a word; read as place and as organization, it is the organization
    ("Саммит - архипелаг ГУАМ. Устав ГУАМ определяет процедуру.", [("ГУАМ", "Place"), ("ГУАМ", "Organization")],
     "ГУАМ", "organization/guam", "Organization"),
    # twin: the word links to the island
    ("Остров Гуам принадлежит США.", [("Гуам", "Place")], "Гуам", "place/guam", "Country"),
])
def test_acronyms_link_only_to_acronyms(text, specs, surface, key, entity_type, lemmatize, gazetteer):
    entity = entity_for(text, specs, surface, lemmatize, gazetteer)
    assert (entity.key, entity.type) == (key, entity_type)
