"""Front matter of .txt articles: metadata read from the header, the header kept out of the text."""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from ingest_checks import mismatched_words

from kg import ingest
from kg.types import Article, Skipped

HEADER = ("---\n"
          "url: https://ria.ru/20251124/masadykov--2057254879.html\n"
          "publisher: РИА Новости\n"
          "date: 2025-11-24\n"
          "title: Ушаков назвал имя нового генсека ОДКБ\n"
          "annotator: Иванов\n"
          "---\n")
BODY = ("Ушаков назвал имя нового генсека ОДКБ\n"
        "МОСКВА, 24 ноя - РИА Новости. Новым генеральным секретарем ОДКБ с 1 января 2026 года станет "
        "Таалатбек Масадыков, сообщил помощник президента России Юрий Ушаков.\n")
# A body whose first lines suggest another title and date than a header would give.
DATED_BODY = ("Токаев провел встречу с секретарями советов безопасности\n"
              "3 апр. 2024 г.\n\n"
              "Глава государства провел встречу в Астане.\n")


def read_file(tmp_path, content: str | bytes, name: str = "article.txt") -> Article | Skipped:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (item,) = ingest.read([path])
    return item


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_header_is_metadata_not_text(tmp_path, newline):
    article = read_file(tmp_path, (HEADER + BODY).replace("\n", newline))
    assert isinstance(article, Article), article
    assert (article.url, article.publisher, article.published, article.title) == (
        "https://ria.ru/20251124/masadykov--2057254879.html", "РИА Новости", dt.date(2025, 11, 24),
        "Ушаков назвал имя нового генсека ОДКБ")
    assert article.text.startswith("Ушаков назвал имя")
    assert "publisher" not in article.text and "annotator" not in article.text
    assert article.id == ingest.from_text(BODY).id       # the header does not change the article id


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_offsets_point_into_the_whole_file(tmp_path, newline):
    content = (HEADER + BODY).replace("\n", newline)
    article = read_file(tmp_path, content)
    assert article.original == content
    start = article.text.index("Таалатбек Масадыков")
    begin, end = article.original_span(start, start + len("Таалатбек Масадыков"))
    assert content[begin:end] == "Таалатбек Масадыков"
    assert begin > len(HEADER)
    assert mismatched_words(article) == []


@pytest.mark.parametrize("header, expected", [
    ("---\ndate: 2025-11-24\ntitle: Заголовок из шапки\n---\n", (dt.date(2025, 11, 24), "Заголовок из шапки")),
    ("---\nurl: https://example.org/a\n---\n", (dt.date(2024, 4, 3), DATED_BODY.split("\n")[0])),
    ("---\ndate: 2024\ntitle:\n---\n", (dt.date(2024, 4, 3), DATED_BODY.split("\n")[0])),
    ("---\ndate: 2024-04\n---\n", (dt.date(2024, 4, 3), DATED_BODY.split("\n")[0])),
    ("---\ndate: 2025\n---\n", (None, DATED_BODY.split("\n")[0])),
    ("---\ndate: 3 апреля 2023 г.\ntitle: 'В кавычках: да'\n---\n", (dt.date(2023, 4, 3), "В кавычках: да")),
], ids=["header-wins", "page-fills-gaps", "partial-year-agrees", "partial-month-agrees",
        "partial-year-contradicts-page", "russian-date-quoted-title"])
def test_header_wins_over_the_page(tmp_path, header, expected):
    article = read_file(tmp_path, header + DATED_BODY)
    assert (article.published, article.title) == expected


@pytest.mark.parametrize("content, reason", [
    ("---\nurl: https://example.org/a\nТекст статьи без закрывающей черты.\n",
     "front matter line 3: expected 'key: value', got 'Текст статьи без закрывающей черты.'"),
    ("---\nurl: https://example.org/a\n", "front matter: no closing '---' line after the header that starts at line 1"),
    ("---\ndate: 24/11/2025\n---\nТекст.\n", "front matter line 2: date '24/11/2025' is not YYYY-MM-DD, YYYY-MM or YYYY"),
    ("---\ndate: 2025-13\n---\nТекст.\n", "front matter line 2: date '2025-13' is not YYYY-MM-DD, YYYY-MM or YYYY"),
    ("---\nurl: a\nURL: b\n---\nТекст.\n", "front matter line 3: 'url' given twice"),
    ("---\nurl: https://example.org/a\n---\n\n", "no article text"),
], ids=["text-line-in-header", "no-closing-line", "bad-date", "bad-month", "duplicate-key", "header-only"])
def test_malformed_header_skips_the_file_with_one_line(tmp_path, content, reason):
    item = read_file(tmp_path, content)
    assert isinstance(item, Skipped)
    assert item.reason.startswith(reason)
    assert "\n" not in item.reason


@pytest.mark.parametrize("content, first_words", [
    ("----\nurl: не шапка\nТекст.\n", "----"),
    ("Текст статьи.\n---\nurl: не шапка\n---\n", "Текст статьи."),
    ("\n---\nurl: https://example.org/a\n---\nТекст.\n", "---"),
    ("---X\nurl: не шапка\nТекст.\n", "---X"),
], ids=["four-dashes", "dashes-later", "blank-line-first", "dashes-then-a-letter"])
def test_only_a_first_line_of_three_dashes_opens_a_header(tmp_path, content, first_words):
    article = read_file(tmp_path, content)
    assert isinstance(article, Article)
    assert article.text.startswith(first_words)
    assert article.url is None


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251", "utf-16"])
def test_header_in_other_encodings(tmp_path, encoding):
    article = read_file(tmp_path, (HEADER + BODY).encode(encoding))
    assert article.publisher == "РИА Новости"
    assert article.text.startswith("Ушаков")


def test_keys_ignore_case_and_values_keep_colons(tmp_path):
    article = read_file(tmp_path, "---\nPublisher: ТАСС\nTitle:  Генсек ОДКБ: кто он  \n---\n" + BODY)
    assert (article.publisher, article.title) == ("ТАСС", "Генсек ОДКБ: кто он")


def test_huge_header_is_read_in_linear_time(tmp_path):
    lines = "".join(f"note{number}: {'x' * 200}\n" for number in range(10_000))
    started = time.perf_counter()
    article = read_file(tmp_path, "---\n" + lines + "---\n" + BODY)
    assert article.text.startswith("Ушаков") and time.perf_counter() - started < 5
    item = read_file(tmp_path, "---\n" + lines + BODY, name="unclosed.txt")
    assert isinstance(item, Skipped) and item.reason.startswith("front matter line 10002: expected 'key: value'")


def test_the_readmes_example_header_reads(tmp_path):
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```\n(---\n.*?)^```", readme, re.M | re.S).group(1)
    article = read_file(tmp_path, block.replace("…", "Новым генеральным секретарем ОДКБ станет Масадыков."))
    assert (article.publisher, article.published) == ("РИА Новости", dt.date(2025, 11, 24))
