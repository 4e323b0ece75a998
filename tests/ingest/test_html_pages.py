"""Real-looking news pages read by trafilatura: text, metadata, offsets into the page, fallbacks.

The pages in tests/data/web are written after real articles (an agency wire, a ministry's press
release, a newspaper with heavy chrome, an old table-layout site in Windows-1251), with the
markup such sites have: menus, breadcrumbs, teasers, ads, comments, footers, JSON-LD, OpenGraph.
"""
from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from ingest_checks import mismatched_words, original_of

from kg.ingest import html_main, html_text
from kg.ingest.readers import read_html
from kg.types import Article

WEB_DATA = Path(__file__).resolve().parent.parent / "data" / "web"


def read_page(name: str, content_type: str | None = None) -> Article:
    (article,) = read_html((WEB_DATA / name).read_bytes(), name, content_type=content_type)
    return article


@pytest.fixture(scope="module")
def pages() -> dict[str, Article]:
    return {name: read_page(name) for name in
            ("agency.html", "official.html", "newspaper.html", "eaeu-cp1251.html")}


@pytest.mark.parametrize(("name", "first", "last"), [
    ("agency.html", "Кулубаев в Астане: ШОС нужна долгосрочная стратегия",
     "Участников заседания принял президент Казахстана Касым-Жомарт Токаев."),
    ("official.html", "Мурат Нуртлеу провел заседание Совета министров иностранных дел ШОС",
     "Казахстан председательствует в ШОС в 2023–2024 годах."),
    # trafilatura leaves this page's <h1> out of the main text: kg puts the headline back in front.
    ("newspaper.html", "Саммит ОДКБ в Минске завершился подписанием пакета документов\n\nСессия Совета "
                       "коллективной безопасности ОДКБ в Минске завершилась подписанием пакета документов.",
     "Премьер-министр Армении Никол Пашинян в саммите не участвовал."),
    ("eaeu-cp1251.html", "ВЕЭС начинает переговоры о свободной торговле с Индонезией\n\n"
                         "Высший Евразийский экономический совет провел заседание",
     "который будет отмечаться 29 мая."),
])
def test_main_text_from_first_to_last_sentence(pages, name, first, last):
    assert pages[name].text.startswith(first)
    assert pages[name].text.endswith(last)


@pytest.mark.parametrize(("name", "furniture"), [
    ("agency.html", "Читайте также"), ("agency.html", "Популярное"), ("agency.html", "Политика"),
    ("agency.html", "Все права защищены"), ("agency.html", "dataLayer"),
    ("official.html", "Версия для слабовидящих"), ("official.html", "Пресс-центр"), ("official.html", "Поделиться"),
    ("official.html", "Кунаева"), ("official.html", "Версия для печати"),
    ("newspaper.html", "cookies"), ("newspaper.html", "USD"), ("newspaper.html", "Реклама"),
    ("newspaper.html", "Ереван объяснил"), ("newspaper.html", "Комментарии"), ("newspaper.html", "толку никакого"),
    ("newspaper.html", "Подписывайтесь"), ("newspaper.html", "первый снег"), ("newspaper.html", "мин. чтения"),
    ("newspaper.html", "Ctrl + Enter"),
    ("eaeu-cp1251.html", "Курсы валют"), ("eaeu-cp1251.html", "Архив"), ("eaeu-cp1251.html", "перепечатке"),
])
def test_page_chrome_is_left_out(pages, name, furniture):
    assert furniture not in pages[name].text


def test_paragraphs_and_line_breaks_survive(pages):
    paragraphs = pages["official.html"].text.split("\n\n")
    assert "Министры обсудили подготовку к саммиту ШОС, который пройдет 3–4 июля в Астане.\n" \
           "На рассмотрение глав государств внесено более 20 документов." in paragraphs
    assert len(pages["agency.html"].text.split("\n\n")) == 7


@pytest.mark.parametrize(("name", "field", "expected"), [
    ("agency.html", "title", "Кулубаев в Астане: ШОС нужна долгосрочная стратегия"),   # og:title, no site name
    ("agency.html", "published", dt.date(2024, 5, 21)),                              # article:published_time
    ("agency.html", "publisher", "Евразия-Информ"),                                  # og:site_name
    ("agency.html", "author", "Айгерим Садыкова"),                                   # JSON-LD author
    ("agency.html", "url", "https://eurasia-inform.example/20240521/kulubaev-smid-shos.html"),
    ("agency.html", "lang", "ru"),
    ("official.html", "title", "Мурат Нуртлеу провел заседание Совета министров иностранных дел ШОС"),  # the <h1>
    ("official.html", "published", dt.date(2024, 5, 21)),                            # "21 мая 2024, 15:40"
    ("official.html", "author", None),
    # The byline "Вечерний курьер • 23 нояб. 2023 г. • 2 мин. чтения" is not the publisher: og:site_name is.
    ("newspaper.html", "publisher", "Вечерний курьер"),
    ("newspaper.html", "author", "Ольга Миронова"),
    ("newspaper.html", "published", dt.date(2023, 11, 23)),                          # published, not modified
    ("newspaper.html", "lang", "ru"),
    ("eaeu-cp1251.html", "title", "ВЕЭС начинает переговоры о свободной торговле с Индонезией"),
    ("eaeu-cp1251.html", "published", dt.date(2022, 5, 27)),
])
def test_metadata_from_meta_tags_json_ld_and_opengraph(pages, name, field, expected):
    assert getattr(pages[name], field) == expected


@pytest.mark.parametrize("name", ["agency.html", "official.html", "newspaper.html", "eaeu-cp1251.html"])
def test_offsets_point_into_the_page_source(pages, name):
    article = pages[name]
    assert article.original.startswith("<!") and "</html>" in article.original
    assert mismatched_words(article) == []
    for word in ("ШОС", "ОДКБ", "Евразийского", "Токаев"):
        start = article.text.find(word)
        if start >= 0:
            begin, end = article.original_span(start, start + len(word))
            assert article.original[begin:end] == word


def test_entity_maps_to_its_ampersand(pages):
    article = pages["official.html"]
    start = article.text.index("«шанхайского")
    begin, _ = article.original_span(start, start + 1)
    assert article.original[begin:].startswith("&laquo;шанхайского")
    assert original_of(article, start + 1, start + 12) == "шанхайского"


@pytest.mark.parametrize("content_type", [None, "text/html", "text/html; charset=windows-1251"])
def test_windows_1251_page_with_charset_only_in_meta(content_type):
    article = read_page("eaeu-cp1251.html", content_type)
    assert "Высший Евразийский экономический совет" in article.text
    assert "charset=windows-1251" in article.original    # decoded: offsets index characters, not bytes


def test_http_charset_wins_over_meta():
    # Served as UTF-8 while its <meta> says windows-1251: the header is what the bytes are.
    data = (WEB_DATA / "eaeu-cp1251.html").read_bytes().decode("cp1251").encode("utf-8")
    (article,) = read_html(data, "page.html", content_type="text/html; charset=utf-8")
    assert "Высший совет принял решение" in article.text


# -- which reader: trafilatura, or the hand-written fallback ---------------------------------

FRAGMENT = ("<p>Лидеры стран ШОС собрались в Астане на саммит. Они подписали декларацию и ряд "
            "документов о сотрудничестве в сфере безопасности.</p>")


@pytest.mark.parametrize(("markup", "trafilatura_reads_it"), [
    (FRAGMENT, False),                                              # no document around it
    (f"<html><head><title>Саммит</title></head><body>{FRAGMENT}</body></html>", True),
    ("Лидеры стран ШОС собрались в Астане на саммит.", False),     # no markup at all
    ("<html><body><nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav></body></html>", False),
])
def test_trafilatura_reads_documents_and_the_fallback_the_rest(markup, trafilatura_reads_it):
    assert (html_main.extract(markup) is not None) == trafilatura_reads_it


def test_fragment_is_read_by_the_hand_written_reader():
    (article,) = read_html(FRAGMENT.encode(), "fragment.html")
    assert article.text.startswith("Лидеры стран ШОС собрались в Астане на саммит.")
    assert mismatched_words(article) == []


def test_parsing_never_touches_the_network(monkeypatch):
    # htmldate downloads a *string* that looks like a URL; kg hands it a parsed tree instead.
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access while parsing: {args}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    for markup in ("http://127.0.0.1:9/article.html",
                   "<html><head><link rel='canonical' href='http://127.0.0.1:9/a'></head>"
                   f"<body><article>{FRAGMENT}<a href='http://127.0.0.1:9/next'>далее</a></article></body></html>"):
        (article,) = read_html(markup.encode(), "page.html")
        assert article.text


HEAD_ONLY_METADATA = (
    '<html lang="ru"><head><title>Новости</title><link rel="canonical" href="https://a.example/x">'
    '<meta property="og:url" content="https://b.example/y"><meta name="pubdate" content="2024-05-21">'
    '<meta property="og:title" content="Министры ШОС собрались в Астане"></head><body><article><p>'
    + "Министры иностранных дел государств – членов ШОС провели заседание в Астане. " * 4
    + "</p></article></body></html>")


@pytest.mark.parametrize(("reader", "field", "expected"), [
    (html_main, "title", "Министры ШОС собрались в Астане"),    # trafilatura's title, not the first line
    (html_text, "title", "Министры ШОС собрались в Астане"),
    (html_text, "url", "https://a.example/x"),                 # <link rel=canonical> over og:url
    (html_text, "published", dt.date(2024, 5, 21)),            # <meta name=…>, not only property=
])
def test_metadata_only_in_the_head(reader, field, expected):
    assert getattr(reader.extract(HEAD_ONLY_METADATA).metadata, field) == expected
