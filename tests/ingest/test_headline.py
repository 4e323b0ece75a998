"""The headline read as the article's first paragraph: front-matter `title:` and a page's headline.

Every case that leaves the text alone has a twin that adds the headline; offsets of the headline
point at the place in the file where it is written.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from ingest_checks import mismatched_words, original_of

from kg import ingest
from kg.ingest import headline
from kg.ingest.readers import read_html
from kg.types import Article

WEB_DATA = Path(__file__).resolve().parent.parent / "data" / "web"
SEED = Path(__file__).resolve().parents[2] / "examples" / "ru" / "sco-security-council-2024-04-03.txt"

TITLE = "Путин прибыл во Владивосток на саммит АТЭС"
BODY = ("ВЛАДИВОСТОК, 7 сен - РИА Новости. Президент России Владимир Путин прибыл во Владивосток, "
        "сообщили в пресс-службе Кремля.\n")


def read_file(tmp_path, content: str, name: str = "article.txt") -> Article:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    (item,) = ingest.read([path])
    assert isinstance(item, Article), item
    return item


def with_header(title_line: str, body: str = BODY) -> str:
    return f"---\nurl: https://ria.ru/x\npublisher: РИА Новости\ndate: 2012-09-07\n{title_line}\n---\n{body}"


@pytest.mark.parametrize(("title_line", "body", "first_paragraph"), [
    (f"title: {TITLE}", BODY, TITLE),                                  # not in the body: added
    (f"title: '{TITLE}'", BODY, TITLE),                                # quoted: the quotes are not text
    (f"title:    {TITLE}   ", BODY, TITLE),                            # padded
    (f"title: {TITLE}", f"{TITLE}\n{BODY}", None),                     # the body begins with it: once
    (f"title: {TITLE}", f"{TITLE.upper()}.\n\n{BODY}", None),          # case and a final period aside
    (f"title: {TITLE}", f"ВЛАДИВОСТОК, 7 сен - РИА Новости. {TITLE}.\n", None),   # after a dateline
    ("title: Ёлка в Кремле", "Елка в Кремле\nТекст.\n", None),          # ё as е
    ("title: Ёлка в Кремле", "Текст о ёлке в Кремле.\n", "Ёлка в Кремле"),
    ("title:", BODY, None),                                            # an empty title
    ("title: 2012 — 7/9", BODY, None),                                 # no words to read
    ("title: АТЭС-2012", BODY, "АТЭС-2012"),
], ids=["added", "quoted", "padded", "already-first", "case-period", "after-dateline", "yo-same",
        "yo-added", "empty", "no-words", "short-added"])
def test_front_matter_title_is_the_first_paragraph(tmp_path, title_line, body, first_paragraph):
    content = with_header(title_line, body)
    article = read_file(tmp_path, content)
    if first_paragraph is None:
        assert article.text == body.strip()
        return
    assert article.text.startswith(first_paragraph + headline.PARAGRAPH_BREAK)
    assert article.text.endswith(body.strip())
    begin, end = article.original_span(0, len(first_paragraph))
    assert content[begin:end] == first_paragraph                       # the `title:` line, not invented text
    assert content[:begin].endswith(("title: ", "title: '", "title:    "))
    assert mismatched_words(article) == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_body_offsets_stay_in_the_body(tmp_path, newline):
    content = with_header(f"title: {TITLE}").replace("\n", newline)
    article = read_file(tmp_path, content)
    start = article.text.index("Владимир Путин")
    begin, end = article.original_span(start, start + len("Владимир Путин"))
    assert content[begin:end] == "Владимир Путин" and begin > content.index("---", 3)
    assert list(article.offsets) == sorted(article.offsets)             # still in file order


def test_the_demo_article_without_front_matter_is_unchanged():
    (article,) = ingest.read([SEED])
    first_line = "Президент Токаев призвал усилить сотрудничество для обеспечения безопасности в рамках ШОС"
    assert article.text.startswith(first_line + "\n") and article.text.count(first_line) == 1
    assert article.original_span(0, 1)[0] == SEED.read_text(encoding="utf-8").index(first_line)


def test_from_text_title_argument_adds_nothing():
    # A caller's title has no place in the text it passes: it stays metadata.
    article = ingest.from_text(BODY, title=TITLE)
    assert article.title == TITLE and not article.text.startswith(TITLE)


PAGE = ('<html lang="ru"><head><title>{title} | Вестник</title></head><body><header><nav>Главная</nav></header>'
        '<h1>{h1}</h1><article><p>{lead}</p><p>Лидеры стран ШОС собрались в Астане на саммит и подписали '
        'декларацию о сотрудничестве в сфере безопасности и ряд других документов.</p></article></body></html>')
LEAD = "Президент Казахстана Касым-Жомарт Токаев открыл заседание Совета глав государств."


@pytest.mark.parametrize(("h1", "expect_first"), [
    ("Токаев открыл саммит ШОС в Астане", "Токаев открыл саммит ШОС в Астане"),
    ("Президент Казахстана Касым-Жомарт Токаев открыл заседание", None),   # the lead repeats it
    ("Токаев &amp; Си открыли саммит ШОС", None),                       # escaped: not found verbatim, not added
    ("Токаев и Си открыли саммит ШОС", "Токаев и Си открыли саммит ШОС"),  # its unescaped twin
], ids=["h1-added", "lead-repeats", "escaped", "plain-twin"])
def test_page_headline_is_the_first_paragraph(h1, expect_first):
    markup = PAGE.format(title=h1, h1=h1, lead=LEAD)
    (article,) = read_html(markup.encode("utf-8"), "page.html")
    if expect_first is None:
        assert not article.text.startswith(h1 + headline.PARAGRAPH_BREAK)
        assert article.text.startswith(LEAD)
        return
    assert article.text.startswith(expect_first + headline.PARAGRAPH_BREAK)
    assert original_of(article, 0, len(expect_first)) == expect_first
    begin, _ = article.original_span(0, 1)
    assert markup[:begin].endswith("<h1>")                            # the <h1>, not the <title>
    assert mismatched_words(article) == []


def test_real_page_headline_points_into_its_h1():
    (article,) = read_html((WEB_DATA / "newspaper.html").read_bytes(), "newspaper.html")
    title = "Саммит ОДКБ в Минске завершился подписанием пакета документов"
    assert article.text.startswith(title + headline.PARAGRAPH_BREAK)
    assert original_of(article, 0, len(title)) == title
    assert mismatched_words(article) == []


@pytest.mark.parametrize(("original", "title", "before", "expected"), [
    ("<title>Саммит</title><h1>Саммит</h1><p>Саммит прошёл", "Саммит", 31, 25),  # the last before the text
    ("<title>Саммит</title><p>Текст", "Саммит", 24, 7),
    ("<p>Текст</p><h1>Саммит</h1>", "Саммит", 3, None),                          # only after the text
    ("<h1>Саммит</h1>", None, 10, None),
    ("<h1>Саммит</h1>", "", 10, None),
])
def test_locate(original, title, before, expected):
    assert headline.locate(original, title, before) == expected


@pytest.mark.parametrize(("title", "first_paragraph"), [
    ("Саммит ШОС\u200b открылся", "Саммит ШОС открылся"),               # a zero-width space is dropped
    ("<script>alert(1)</script> Саммит", "<script>alert(1)</script> Саммит"),   # a .txt title is plain text
    (" ".join(["саммит"] * 30000), " ".join(["саммит"] * 30000)),       # 210,000 characters
], ids=["zero-width", "markup-as-text", "huge"])
def test_odd_titles_are_read_as_written(tmp_path, title, first_paragraph):
    content = with_header(f"title: {title}")
    article = read_file(tmp_path, content)
    assert article.text.startswith(first_paragraph + headline.PARAGRAPH_BREAK)
    assert article.text.endswith(BODY.strip())
    begin, end = article.original_span(0, len(first_paragraph))
    assert content[begin:end].replace("\u200b", "") == first_paragraph
    assert mismatched_words(article) == []


def test_a_huge_page_headline_keeps_the_text():
    h1 = " ".join(["Саммит"] * 30000)
    markup = PAGE.format(title="Вестник", h1=h1, lead=LEAD)
    (article,) = read_html(markup.encode("utf-8"), "page.html")
    assert LEAD in article.text and "подписали декларацию" in article.text
    assert mismatched_words(article) == []
