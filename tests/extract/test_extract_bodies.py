"""Bodies named with their organization (subOrganizationOf), on sentences of the domain corpus."""
from __future__ import annotations

import pytest
from triples import triple


def bodies(read, text: str) -> set[tuple[str, str, str]]:
    return {triple(c) for c in read(text).candidates if c.predicate == "subOrganizationOf"}


@pytest.mark.parametrize("text, expected", [
    ("Совет Безопасности ООН сегодня, 6 мая, на заседании принял заявление.",
     ("Совет Безопасности ООН", "subOrganizationOf", "ООН")),
    ("Совет управляющих МАГАТЭ во вторник выбрал кандидатуру.", ("Совет управляющих МАГАТЭ", "subOrganizationOf", "МАГАТЭ")),
    ("Россия избрана членом Совета ООН по правам человека.",
     ("Совет ООН по правам человека", "subOrganizationOf", "ООН")),
    # people in the body's name, an organization named in full
    ("12-е заседание Совета глав государств-членов Шанхайской организации сотрудничества (ШОС) прошло в Пекине.",
     ("Совет глав государств-членов Шанхайской организации сотрудничества", "subOrganizationOf",
      "Шанхайская организация сотрудничества")),
    # a body of a body, and that body's organization
    ("Директор Исполнительного комитета Региональной антитеррористической структуры ШОС Джумахон Гиёсов.",
     ("Исполнительный комитет Региональной антитеррористической структуры ШОС", "subOrganizationOf",
      "Региональная антитеррористической структура ШОС")),
    ("Директор Исполнительного комитета Региональной антитеррористической структуры ШОС Джумахон Гиёсов.",
     ("Региональная антитеррористической структура ШОС", "subOrganizationOf", "ШОС")),
    # the NER calls it a place; the gazetteer knows the Union State as an organization
    ("Госсекретарь возглавляет постоянный комитет Союзного государства.",
     ("постоянный комитет Союзного государства", "subOrganizationOf", "Союзное государство")),
    # the tagger reads the adjectives as nominative and the noun as accusative: one form of an inanimate noun
    ("Министерский мониторинговый комитет ОПЕК, заседавший накануне в Вене, рекомендовал оставить квоты.",
     ("Министерский мониторинговый комитет ОПЕК", "subOrganizationOf", "ОПЕК")),
    # «Совмин», the council of ministers in one word
    ("Медведев и Лукашенко назначили Путина председателем Совмина Союзного государства.",
     ("Совмин Союзного государства", "subOrganizationOf", "Союзное государство")),
    # the body's own abbreviation in brackets before its organization (twin: the body without it, above)
    ("В работе Региональной антитеррористической структуры (РАТС) ШОС участвуют все члены.",
     ("Региональная антитеррористическая структура ШОС", "subOrganizationOf", "ШОС")),
])
def test_body_of_an_organization(read, text, expected):
    assert expected in bodies(read, text)


@pytest.mark.parametrize("text, alias", [
    # the member words and the full name of the organization are left out of other names
    ("На заседании Совета глав государств — членов ШОС приняли декларацию.", "Совет глав государств ШОС"),
    ("Председательство в совете глав правительств стран Шанхайской организации сотрудничества (ШОС) перешло.",
     "совет глав правительств государств ШОС"),
    # a bracketed abbreviation before the organization
    ("Бюро по демократическим институтам и правам человека (БДИПЧ) ОБСЕ направило наблюдателей.",
     "Бюро по демократическим институтам и правам человека"),
])
def test_other_names_of_a_body(read, text, alias):
    names = {name for c in read(text).candidates if c.predicate == "subOrganizationOf" for name in c.subject.aliases}
    assert alias in names


@pytest.mark.parametrize("text", [
    # a state's body is no part of an organization (twin: «Совет управляющих МАГАТЭ»)
    "Совет Федерации России одобрил закон.",
    # the governments of member states are the members' own (twin: «Совет глав государств-членов ШОС»)
    "Санкции утвердили правительства стран ЕС.",
    # a news agency is no part of what it reports on
    "Об этом сообщило агентство Bloomberg со ссылкой на источники в ОПЕК.",
])
def test_no_body(read, text):
    assert not bodies(read, text)


@pytest.mark.parametrize("text, organization", [
    # the heads of each member's foreign ministry: the council is the CIS's, not a ministry's
    ("В Туркменистане подвели итоги заседания Совета глав МИД СНГ", "СНГ"),
    ("Совет глав МИД ОБСЕ состоялся в Вене", "ОБСЕ"),
    # twin: the organization right after the body (no people between) stays its organization
    ("Совет Безопасности ООН сегодня принял заявление.", "ООН"),
])
def test_people_in_the_name_head_each_members_body(read, text, organization):
    assert {owner for _, _, owner in bodies(read, text)} == {organization}


def test_a_word_that_does_not_agree_is_no_part_of_the_name(read):
    """"следующей страной-председателем совета": the parser calls it an adjective of «совета»
    (twin: «Высший Совет …» below, an agreeing adjective)."""
    text = "Кыргызстан станет следующей страной-председателем совета государств СНГ."
    assert {subject for subject, _, _ in bodies(read, text)} == {"совет государств СНГ"}


def test_superlative_stays_in_the_name(read):
    text = "Глава Узбекистана выступил на заседании Высшего Совета Евразийского экономического союза по приглашению президента."
    assert ("Высший Совет Евразийского экономического союза", "subOrganizationOf", "Евразийский экономический союз") \
        in bodies(read, text)


def facts(read, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {triple(c) for c in read(text).candidates if c.predicate == predicate}


@pytest.mark.parametrize("text, expected", [
    # a body the NER left untagged fills a frame's role (kg.extract.bodies.with_bodies)
    ("Кыргызстан возглавит совет государств СНГ в 2023 году.", ("Кыргызстан", "chairs", "совет государств СНГ")),
    ("Армения будет председательствовать в коллегии Евразийской экономической комиссии с 1 февраля.",
     ("Армения", "chairs", "коллегия Евразийской экономической комиссии")),
    ("В совете Евразийской экономической комиссии председательствует Россия.",
     ("Россия", "chairs", "совет Евразийской экономической комиссии")),
])
def test_an_untagged_body_fills_a_role(read, text, expected):
    assert expected in facts(read, text, expected[1])


def test_a_title_of_a_body_works_for_its_organization(read):
    """«Председатель коллегии ЕЭК» works for the commission, not its board: titles read the names the
    NER found (twin of the rows above, where the frames read the body)."""
    text = "Председатель коллегии Евразийской экономической комиссии Бакытжан Сагинтаев прибыл в Минск."
    works = facts(read, text, "worksFor")
    assert ("Бакытжан Сагинтаев", "worksFor", "Евразийская экономическая комиссия") in works
    assert not {obj for _, _, obj in works if obj.lower().startswith("коллеги")}
