"""Realistic sentences about other organizations: facts expected, and statements that are no facts."""
from __future__ import annotations

import pytest
from triples import triple


@pytest.mark.parametrize("text, expected", [
    ("Генсек ООН Антониу Гутерреш осудил нападение на посольство Ирана в Дамаске.",
     {("Антониу Гутерреш", "headOf", "ООН"), ("Антониу Гутерреш", "holdsPosition", "генсек ООН"),
      ("Антониу Гутерреш", "condemns", "нападение на посольство Ирана в Дамаске")}),
    ("Иран стал полноправным членом ШОС.", {("Иран", "memberOf", "ШОС")}),
    # unnamed leaders of an organization's states sign for it: the organization adopts (corpora/ru/GUIDE.md §8)
    ("Лидеры стран ЕАЭС подписали соглашение о свободной торговле с Ираном.",
     {("ЕАЭС", "adopts", "соглашение о свободной торговле с Ираном")}),
    ("Президент Казахстана Касым-Жомарт Токаев встретился с генеральным секретарем ОДКБ Имангали Тасмагамбетовым.",
     {("Касым-Жомарт Токаев", "headOf", "Казахстан"), ("Имангали Тасмагамбетов", "headOf", "ОДКБ")}),
    ("Андрей Клишас, глава комитета Совета Федерации, внес законопроект.",
     {("Андрей Клишас", "holdsPosition", "глава комитета Совета Федерации")}),
    ("Россия председательствует в БРИКС в 2024 году.", {("Россия", "chairs", "БРИКС")}),
    ("Египет и Эфиопия вошли в состав БРИКС.", {("Египет", "memberOf", "БРИКС"), ("Эфиопия", "memberOf", "БРИКС")}),
    ("Совет Безопасности ООН принял резолюцию о прекращении огня в секторе Газа.",
     {("Совет Безопасности ООН", "adopts", "резолюция о прекращении огня в секторе Газа")}),
    ("Казахстан предложил принять Декларацию ШОС о борьбе с терроризмом.",
     {("Казахстан", "proposes", "Декларация ШОС о борьбе с терроризмом")}),
    ("Узбекистан и Киргизия находятся в постоянном контакте по вопросам безопасности.",
     {("Узбекистан", "cooperatesWith", "Киргизия")}),
    ("Штаб-квартира ОДКБ находится в Москве.", {("ОДКБ", "headquarteredIn", "Москва")}),
    ("Страны СНГ утвердили Концепцию сотрудничества в сфере информационной безопасности до 2030 года.",
     {("Концепция сотрудничества в сфере информационной безопасности до 2030 года", "validUntil", "2030")}),
])
def test_expected_facts(read, text, expected):
    assert expected <= {triple(c) for c in read(text).candidates}


# Negated, modal, future and conditional statements, with their positive twins: test_extract_twins.py


# NEREL dev sentences: the post is the whole title (WORKS_AS → "Президент США"), and the holder works
# for the organization or state the title names (WORKPLACE person → organization).
@pytest.mark.parametrize("text, expected", [
    ("Бывший президент США Барак Обама с женой Мишель приобрели жильё в Вашингтоне недалеко от Белого дома.",
     {("Барак Обама", "holdsPosition", "президент США"), ("Барак Обама", "worksFor", "США")}),
    ("Император Акихито (справа) с президентом Аргентины Маурисио Макри и его супругой Хулианой Авада "
     "20 мая 2017 года",
     {("Маурисио Макри", "holdsPosition", "президент Аргентины"), ("Маурисио Макри", "worksFor", "Аргентина")}),
])
def test_title_gives_post_and_workplace(read, text, expected):
    assert expected <= {triple(c) for c in read(text).candidates}


@pytest.mark.parametrize("text, holder, cut_short", [
    # NER finds "Администрации" only, not "Администрации Советского района Уфы": no workplace from a fragment
    ("Глава Администрации Советского района Уфы Рустем Рахматуллин поздравил спортсменов.",
     "Рустем Рахматуллин", "Администрация"),
])
def test_no_workplace_from_part_of_a_title(read, text, holder, cut_short):
    assert (holder, "worksFor", cut_short) not in {triple(c) for c in read(text).candidates}


def test_head_of_a_part_is_not_head_of_the_whole(read):
    """The committee's head heads the committee and works for the council that owns it (corpus
    guide: «директор Исполнительного комитета РАТС ШОС» works for РАТС ШОС)."""
    facts = {triple(c) for c in read("Андрей Клишас, глава комитета Совета Федерации, внес законопроект.").candidates}
    assert ("Андрей Клишас", "headOf", "Совет Федерации") not in facts
    assert {("Андрей Клишас", "headOf", "комитет Совета Федерации"),
            ("Андрей Клишас", "worksFor", "Совет Федерации")} <= facts


def test_a_bare_title_names_a_bare_post(read):
    """"Президент Токаев": the post without its state (corpus guide: optional), no headOf or worksFor."""
    facts = {triple(c) for c in read("Президент Токаев прибыл в Астану.").candidates}
    assert facts == {("Токаев", "holdsPosition", "президент")}


# A state adjective names the state (NEREL COUNTRY); inside a name or before a private occupation it does not.
@pytest.mark.parametrize("sentence, adjective, is_country", [
    ("Такое заявление президент США сделал после нескольких дней спекуляций о здоровье "
     "северокорейского лидера.", "северокорейского", True),
    ("В конце марта 55-летний британский премьер сдал тест на коронавирус.", "британский", True),
    ("Об этом сообщили в Российской академии наук.", "Российской", False),
    # a private occupation: the adjective is the person's nationality (NEREL NATIONALITY), not the state
    ("Российский актёр Иван Петров приехал в Москву.", "Российский", False),
    ("Умер советский и российский мультипликатор Юрий Норштейн.", "российский", False),
    ("Бой провёл американский боксёр Мохаммед Али.", "американский", False),
    # twins: the state's delegation, soldiers and premier are the state's
    ("Российская делегация прибыла в Пекин.", "Российская", True),
    ("Российские военные покинули базу.", "Российские", True),
    ("Американский президент прибыл в Пекин.", "Американский", True),
])
def test_state_adjective_is_a_country_mention(read, sentence, adjective, is_country):
    mentions = {(m.text, m.label) for m in read(sentence).mentions}
    assert ((adjective, "Country") in mentions) == is_country
