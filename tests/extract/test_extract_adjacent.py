"""NEREL dev sentences: an organization's seat from the name next to it (HEADQUARTERED_IN)."""
from __future__ import annotations

import pytest
from triples import triple


@pytest.mark.parametrize("text, expected", [
    ("В мае 2017 года Верховный суд Испании приговорил футболиста к 21 месяцу лишения свободы.",
     ("Верховный суд Испании", "headquarteredIn", "Испания")),
    ("Уголовное дело возбуждено в Следственном управлении Следственного комитета Армении по "
     "Гегаркуникской области.",
     ("Следственный комитет Армении", "headquarteredIn", "Армения")),
    ("Член Палаты представителей США Тулси Габбард в четверг завершила борьбу за президентскую номинацию.",
     ("Палата представителей США", "headquarteredIn", "США")),
    ("В 2018 году немецкий Bayer купил американскую Monsanto.", ("Monsanto", "headquarteredIn", "американский")),
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
])
def test_no_seat_from_part_of_a_name(read, text, unexpected):
    assert unexpected not in {triple(c) for c in read(text).candidates}


def test_no_seat_inside_a_list(read):
    text = "Амано работал в посольствах Японии в Лаосе, США и Бельгии."
    assert "headquarteredIn" not in {c.predicate for c in read(text).candidates if c.provenance.extractor == "adjacent"}
