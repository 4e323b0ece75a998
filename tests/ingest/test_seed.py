"""The seed article read from its file: metadata, clean-up and the offset map."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from ingest_checks import mismatched_words, original_of

from kg import ingest
from kg.ingest.chars import normalize

TITLE = "Президент Токаев призвал усилить сотрудничество для обеспечения безопасности в рамках ШОС"


@pytest.mark.parametrize(("field", "expected"), [
    ("title", TITLE),
    ("published", dt.date(2024, 4, 3)),
    ("publisher", "Политпросвет.kz"),
    ("lang", "ru"),
    ("url", None),
])
def test_metadata(seed, field, expected):
    assert getattr(seed, field) == expected


def test_source_is_the_path(seed, demo_article_path):
    assert seed.source == str(demo_article_path)


def test_title_stays_as_first_paragraph(seed):
    assert seed.text.split("\n\n")[0] == TITLE


@pytest.mark.parametrize("chrome", [
    "top of page", "bottom of page", "Похожие посты", "Смотреть все", "Подписывайтесь", "t.me/politprosvet_kz",
    "мин. чтения", "Фото автора", "•", "\xa0", "3 апр. 2024",
])
def test_chrome_removed(seed, seed_text, chrome):
    assert chrome in seed_text          # the test means something: the seed does have it
    assert chrome not in seed.text


@pytest.mark.parametrize("pattern", [r"\n{3,}", r"\n[ \t]", r"[ \t]\n", r"  ", r"^\s", r"\s$"])
def test_no_stray_whitespace(seed, pattern):
    assert not re.search(pattern, seed.text)


def test_homoglyph_fixed(seed, seed_text):
    assert "cоветов" in seed_text                     # Latin "c" + Cyrillic "оветов"
    assert "секретарями советов безопасности" in seed.text
    assert not re.search(r"\b\w*[а-яё]\w*[a-z]\w*|\b\w*[a-z]\w*[а-яё]\w*", seed.text, re.IGNORECASE)


def test_paragraphs_kept(seed, seed_text):
    # Every body paragraph of the seed is one long line between blank (or NBSP) lines.
    body = [normalize(line).strip() for line in seed_text.splitlines() if len(line) > 100]
    assert len(body) == 12
    assert seed.text.split("\n\n") == [TITLE, *body]


def test_offsets_length(seed):
    assert len(seed.offsets) == len(seed.text) + 1
    assert list(seed.offsets) == sorted(seed.offsets)


@pytest.mark.parametrize("needle", ["Токаев", "ШОС", "Касым-Жомарт Токаев", "Политпросвет", "советов",
                                    "«трем силам зла»", "Глава государства"])
def test_every_occurrence_maps_back(seed, needle):
    starts = [match.start() for match in re.finditer(re.escape(needle), seed.text)]
    assert starts or needle == "Политпросвет"        # the publisher lives only in chrome lines
    for start in starts:
        assert original_of(seed, start, start + len(needle)) == needle


def test_every_character_maps_back(seed):
    # Line breaks included: each "\n" of the text stands for a line terminator of the file.
    # normalize() keeps lengths, so the normalized original has the same indices.
    reading = normalize(seed.original)
    assert [(index, char) for index, char in enumerate(seed.text) if reading[seed.offsets[index]] != char] == []


def test_every_word_maps_back(seed):
    assert mismatched_words(seed) == []


def test_tokaev_mentions_in_original(seed, seed_text):
    spans = [seed.original_span(match.start(), match.end()) for match in re.finditer("Токаев", seed.text)]
    assert [seed_text[start:end] for start, end in spans] == ["Токаев"] * len(spans)
    assert len(spans) == seed_text.count("Токаев")


def test_same_text_same_id(seed, seed_text):
    again = ingest.from_text(seed_text)
    assert again.id == seed.id
    assert re.fullmatch(r"[0-9a-f]{16}", seed.id)
    assert ingest.from_text(seed_text.replace("Акорды", "Акорды!")).id != seed.id


def test_from_text_metadata_overrides(seed_text):
    article = ingest.from_text(seed_text, source="notebook", title="Другой заголовок", published="2024-04-05",
                               publisher="Акорда", url="https://akorda.kz", lang="ru")
    assert (article.source, article.title, article.published, article.publisher, article.url) == (
        "notebook", "Другой заголовок", dt.date(2024, 4, 5), "Акорда", "https://akorda.kz")
