"""Dates, titles and language guesses on real datelines and headlines."""
from __future__ import annotations

import datetime as dt

import pytest

from kg import ingest
from kg.ingest.dates import find_date, is_dateline
from kg.ingest.language import guess_lang
from kg.ingest.metadata import guess_title

APRIL_3 = dt.date(2024, 4, 3)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 апр. 2024 г.", APRIL_3),
    ("3 апреля 2024 года", APRIL_3),
    ("3 Апрель 2024", APRIL_3),
    ("03.04.2024", APRIL_3),
    ("2024-04-03", APRIL_3),
    ("2024-04-03T09:15:00+05:00", APRIL_3),
    ("Астана, 15 сент. 2023 г. — саммит", dt.date(2023, 9, 15)),
    ("1 мая 2024", dt.date(2024, 5, 1)),
    ("31 дек 2023", dt.date(2023, 12, 31)),
    ("31.02.2024", None),                           # no such day
    ("в 2023 году в мире произошло 183 конфликта", None),
    ("на 2025-2027 годы", None),
    ("123.04.20245", None),
])
def test_find_date(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3 апр. 2024 г.", True),
    ("03.04.2024", True),
    ("3 апреля 2024 года", True),
    ("3 апреля 2024 года Токаев провел встречу", False),
    ("2 мин. чтения", False),
])
def test_is_dateline(text, expected):
    assert is_dateline(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент Токаев призвал усилить сотрудничество\n\nГлава государства провел встречу.",
     "Президент Токаев призвал усилить сотрудничество"),
    ("Глава государства провел встречу с секретарями.\n\nПрезидент также напомнил.", None),   # a sentence
    ("Президент Токаев призвал усилить сотрудничество", None),                              # nothing after it
    ("Что ждет ШОС?\nГлава государства провел встречу.", "Что ждет ШОС?"),
])
def test_guess_title(text, expected):
    assert guess_title(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Глава государства провел встречу", "ru"),
    ("Shanghai Cooperation Organisation summit in Astana", "en"),
    ("ШОС (SCO) и Казахстан", "ru"),
    ("2024", "ru"),
])
def test_guess_lang(text, expected):
    assert guess_lang(text) == expected


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("Токаев призвал усилить сотрудничество\nАстана, 3 апреля 2024 г.\n\nГлава государства провел встречу.",
     "published", APRIL_3),
    ("Глава государства провел встречу 3 апреля 2024 г. с секретарями советов безопасности.\n\nПрезидент напомнил.",
     "published", None),                            # a date inside prose is not the publication date
    ("Токаев призвал\n\nАвтор: Политпросвет.kz\n\nГлава государства провел встречу.", "publisher", "Политпросвет.kz"),
])
def test_metadata_from_text(text, field, expected):
    assert getattr(ingest.from_text(text), field) == expected
