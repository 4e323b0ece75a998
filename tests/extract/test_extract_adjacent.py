"""NEREL dev sentences: an organization's state or seat from the name next to it (HEADQUARTERED_IN:
kg's country for a state, headquarteredIn for a city)."""
from __future__ import annotations

import pytest
from triples import triple


@pytest.mark.parametrize("text, expected", [
    ("В мае 2017 года Верховный суд Испании приговорил футболиста к 21 месяцу лишения свободы.",
     ("Верховный суд Испании", "country", "Испания")),
    ("Уголовное дело возбуждено в Следственном управлении Следственного комитета Армении по "
     "Гегаркуникской области.",
     ("Следственный комитет Армении", "country", "Армения")),
    ("Член Палаты представителей США Тулси Габбард в четверг завершила борьбу за президентскую номинацию.",
     ("Палата представителей США", "country", "США")),
    ("В 2018 году немецкий Bayer купил американскую Monsanto.", ("Monsanto", "country", "американский")),
    # a city is the seat
    ("Полиция Нью-Йорка сообщила, что в районе Статен-Айленд Фрэнки получил 6 пуль.",
     ("Полиция Нью-Йорка", "headquarteredIn", "Нью-Йорк")),
    # domain corpus: a state's ministry belongs to the state; it is not the ministry's seat
    ("Глава МИД Египта Набиль аль-Араби избран новым генсеком ЛАГ.", ("МИД Египта", "country", "Египет")),
])
def test_seat_next_to_the_name(read, text, expected):
    assert expected in {triple(c) for c in read(text).candidates}


@pytest.mark.parametrize("text, unexpected", [
    # a common noun takes the adjective into its name: NEREL's organization is "японским парламентом"
    ("Императора сменит сын Акихито Нарухито, для чего японским парламентом принят специальный закон.",
     ("парламент", "headquarteredIn", "японский")),
    # the name goes on: the administration is Ufa's district's, not a district's
    ("Глава Администрации Советского района Уфы Рустем Рахматуллин поздравил спортсменов.",
     ("Администрация Советского района", "headquarteredIn", "Советский район")),
    # the NER's place is an organization the gazetteer knows: the body is part of it, not seated in it
    # (twin: "Полиция Нью-Йорка" above)
    ("Медведев и Лукашенко назначили Путина председателем Совмина Союзного государства.",
     ("Совмин Союзного государства", "headquarteredIn", "Союзное государство")),
])
def test_no_seat_from_part_of_a_name(read, text, unexpected):
    assert unexpected not in {triple(c) for c in read(text).candidates}


def test_no_seat_inside_a_list(read):
    text = "Амано работал в посольствах Японии в Лаосе, США и Бельгии."
    assert "headquarteredIn" not in {c.predicate for c in read(text).candidates if c.provenance.extractor == "adjacent"}


def test_a_state_is_no_seat(read):
    """Domain corpus: headquarteredIn is a city ("штаб-квартира … находится в"); «МИД России» gives
    the ministry's country, not a seat (twin of the "Полиция Нью-Йорка" row above)."""
    facts = {triple(c) for c in read("В МИД России заявили, что довольны результатами саммита.").candidates}
    assert ("МИД России", "country", "Россия") in facts
    assert not {f for f in facts if f[1] == "headquarteredIn"}
