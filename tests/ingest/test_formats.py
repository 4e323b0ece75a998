"""The HTML and JSONL fixtures: body extraction, metadata, offsets into the file, bad lines."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from ingest_checks import mismatched_words, original_of

from kg import ingest
from kg.types import Article, Skipped

TITLE = "Президент Токаев призвал усилить сотрудничество для обеспечения безопасности в рамках ШОС"


@pytest.fixture(scope="module")
def page(ingest_data) -> Article:
    (article,) = ingest.read([ingest_data / "sco-security-council.html"])
    assert isinstance(article, Article), article
    return article


@pytest.fixture(scope="module")
def jsonl_items(ingest_data) -> list[Article | Skipped]:
    return list(ingest.read([ingest_data / "articles.jsonl"]))


@pytest.mark.parametrize(("field", "expected"), [
    ("title", TITLE),                                   # the <h1>, not the <title> with the site name
    ("published", dt.date(2024, 4, 3)),
    ("publisher", "Политпросвет.kz"),
    ("url", "https://www.politprosvet.kz/post/tokaev-shos"),
    ("lang", "ru"),
])
def test_html_metadata(page, field, expected):
    assert getattr(page, field) == expected


@pytest.mark.parametrize("furniture", [
    "window.dataLayer", "font-family", "Новости", "О нас", "Читайте также", "Афганистан", "©",
    "top of page", "bottom of page", "| Политпросвет", "&laquo;", "&nbsp;",
])
def test_html_furniture_removed(page, furniture):
    assert furniture not in page.text


def test_html_body_paragraphs(page):
    assert page.text.split("\n\n") == [
        TITLE,
        "Глава государства провел встречу с секретарями советов безопасности государств – членов "
        "Шанхайской организации сотрудничества, сообщает пресс-служба Акорды.",
        "Президент также напомнил, что Шанхайская организация в свое время создавалась для обеспечения "
        "стабильности и безопасности в регионе, чтобы сообща противостоять «трем силам зла».",
        "Касым-Жомарт Токаев подчеркнул,\nчто приоритетом председательства Казахстана в ШОС является "
        "внесение посильного вклада в обеспечение международного мира.",
    ]


def test_html_offsets_point_into_the_markup(page, ingest_data):
    assert page.original == (ingest_data / "sco-security-council.html").read_text(encoding="utf-8")
    assert len(page.offsets) == len(page.text) + 1
    assert mismatched_words(page) == []
    for match in re.finditer("Токаев|ШОС|Шанхайской организации", page.text):
        assert original_of(page, *match.span()) == match.group()


def test_html_entity_maps_to_its_ampersand(page):
    start = page.text.index("«")
    begin, _ = page.original_span(start, start + 1)
    assert page.original[begin:].startswith("&laquo;")


def test_jsonl_one_item_per_nonblank_line(jsonl_items, ingest_data):
    path = ingest_data / "articles.jsonl"
    assert [(type(item).__name__, item.source) for item in jsonl_items] == [
        ("Article", f"{path}#1"), ("Skipped", f"{path}#2"), ("Skipped", f"{path}#4"),
        ("Skipped", f"{path}#5"), ("Skipped", f"{path}#6"), ("Article", f"{path}#7"),
    ]


@pytest.mark.parametrize(("line", "reason"), [
    (2, "invalid JSON: Expecting value at column 55"),
    (4, "not a JSON object but list"),
    (5, 'no "text" field with a string'),
    (6, '"text" field is blank'),
])
def test_jsonl_bad_lines(jsonl_items, line, reason):
    (skipped,) = [item for item in jsonl_items if item.source.endswith(f"#{line}")]
    assert skipped.reason == reason


@pytest.mark.parametrize(("line", "field", "expected"), [
    (1, "title", "Токаев о председательстве Казахстана в ШОС"),
    (1, "published", dt.date(2024, 4, 3)),
    (1, "publisher", "Политпросвет.kz"),
    (1, "url", "https://www.politprosvet.kz/post/tokaev-shos"),
    (7, "published", dt.date(2024, 4, 3)),
    (7, "title", None),                                  # the first line is a sentence, not a headline
    (7, "publisher", None),
])
def test_jsonl_fields(jsonl_items, line, field, expected):
    (article,) = [item for item in jsonl_items if item.source.endswith(f"#{line}")]
    assert getattr(article, field) == expected


def test_jsonl_offsets_point_into_the_text_field(jsonl_items):
    article = jsonl_items[-1]
    assert article.original.startswith("– ШОС является")
    assert article.text.split("\n\n")[1].startswith("Поэтому наша организация")
    assert mismatched_words(article) == []
