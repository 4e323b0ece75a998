"""Line and character clean-up, table-driven on lines taken from the seed article."""
from __future__ import annotations

import pytest
from ingest_checks import mismatched_words

from kg import ingest
from kg.ingest.chars import fix_homoglyphs, normalize_spaces
from kg.ingest.clean import clean


@pytest.mark.parametrize(("raw", "expected"), [
    ("top of page\n\nГлава государства провел встречу.\nbottom of page",
     "Глава государства провел встречу."),
    # bullet metadata lines and the bare repeat of the byline go; a gap becomes one paragraph break
    ("Президент Токаев призвал\n\n  • Фото автора: Политпросвет.kz\n    Политпросвет.kz\n  • 3 апр. 2024 г.\n"
     "  • 2 мин. чтения\n\n\xa0\n\nГлава государства провел встречу.",
     "Президент Токаев призвал\n\nГлава государства провел встречу."),
    # adjacent lines stay one paragraph, joined by a single line break
    ("Касым-Жомарт Токаев подчеркнул,\r\nчто приоритетом председательства\r\n",
     "Касым-Жомарт Токаев подчеркнул,\nчто приоритетом председательства"),
    # a chrome line between two lines splits them into paragraphs
    ("сказал президент.\nПодписывайтесь на https://t.me/politprosvet_kz\nПохожие посты",
     "сказал президент."),
    ("Токаев\xa0заявил,  что\u2009в 2023\tгоду", "Токаев заявил, что в 2023 году"),
    ("пресс-\u00adслужба Ак\u200bорды", "пресс-служба Акорды"),
    # a bulleted list in the body is article text, not chrome
    ("• ШОС является одной из основ архитектуры безопасности",
     "• ШОС является одной из основ архитектуры безопасности"),
    ("Смотреть все\n \n\xa0\n", ""),
])
def test_clean_text(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("cоветов", "советов"),                        # Latin c, as in the seed
    ("Тoкаев и ШОC", "Токаев и ШОС"),              # Latin o; Latin C at a word end
    ("Политпросвет.kz", "Политпросвет.kz"),        # a Latin word next to a Cyrillic one stays
    ("t.me/politprosvet_kz", "t.me/politprosvet_kz"),
    ("iPhone-ом", "iPhone-ом"),                     # "iPhone" has no Cyrillic letter
    ("Mинистр", "Министр"),
])
def test_fix_homoglyphs(raw, expected):
    assert fix_homoglyphs(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Токаев\xa0заявил", "Токаев заявил"),
    ("2025\u202f2027", "2025 2027"),
    ("ШОС\u2003\tКазахстан", "ШОС  Казахстан"),
])
def test_normalize_spaces(raw, expected):
    assert normalize_spaces(raw) == expected


@pytest.mark.parametrize("raw", [
    "top of page\n\n  Президент  Тoкаев\xa0призвал\n\n\n\xa0\n\n"
    "Глава   государства\u00ad провел встречу.\nbottom of page",
    "\ufeffКасым-Жомарт Токаев\u200b подчеркнул,\r\n\r\nчто приоритетом",
])
def test_words_map_back(raw):
    assert mismatched_words(ingest.from_text(raw)) == []


def test_chrome_lines_are_kept_for_metadata():
    cleaned = clean("Текст.\n  • 3 апр. 2024 г.\n  • Фото автора: Политпросвет.kz")
    assert cleaned.chrome == ("• 3 апр. 2024 г.", "• Фото автора: Политпросвет.kz")


def test_empty_text_has_one_offset():
    assert clean("\n\xa0\n").offsets == (0,)
