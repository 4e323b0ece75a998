"""WebReader: pages and feeds into articles (no NLP), what wins in metadata, saved copies, offline."""
from __future__ import annotations

import datetime as dt

import pytest
from newssite import AGENCY, CP1251, Route

from kg.errors import KgError
from kg.types import Article, Skipped
from kg.web import Feed, WebReader


def read(options, *inputs):
    return list(WebReader(options).read(inputs))


def test_feed_served_as_plain_xml_is_recognized(site, options):
    items = read(options(), site.url("/feed-as-xml"))
    assert [item.url for item in items] == [site.url(AGENCY), site.url("/press/news/nurtleu-smid-shos")]


def test_html_page_given_as_feed_is_refused(site, options):
    (item,) = read(options(), Feed(site.url(AGENCY)))
    assert item == Skipped(site.url(AGENCY), "not a feed but text/html")


def test_url_of_the_fetch_wins_over_the_canonical_one(site, options):
    (article,) = read(options(), site.url("/r/1"))
    assert article.url == site.url(AGENCY)                          # after the redirects
    assert "eurasia-inform.example" not in article.url               # the page's og:url loses


def test_feed_item_fills_what_the_page_does_not_say(site, options):
    site.routes["/untitled"] = Route("<html><body><p>Высший совет ЕАЭС принял решение начать переговоры с "
                                     "Индонезией о свободной торговле.</p></body></html>".encode(),
                                     headers={"Content-Type": "text/html; charset=utf-8"})
    site.routes["/one.xml"] = Route(b'<rss version="2.0"><channel><title>t</title><item>'
                                    b"<title>Indonesia FTA talks</title><link>/untitled</link>"
                                    b"<pubDate>Fri, 27 May 2022 12:00:00 +0300</pubDate></item></channel></rss>",
                                    headers={"Content-Type": "application/rss+xml"})
    (article,) = read(options(), site.url("/one.xml"))
    assert (article.title, article.published) == ("Indonesia FTA talks", dt.date(2022, 5, 27))


def test_page_title_wins_over_the_feed_item(site, options):
    (first, _) = read(options(), site.url("/rss.xml"))
    assert first.title == "Кулубаев в Астане: ШОС нужна долгосрочная стратегия"


def test_saved_copy_is_the_article_source_and_offline_reads_it(site, options, tmp_path):
    (online,) = read(options(raw_dir=tmp_path), site.url(CP1251))
    assert online.source == str(next(tmp_path.glob("*.html")))
    asked = len(site.requests)
    (offline,) = read(options(raw_dir=tmp_path, offline=True), site.url(CP1251))
    assert len(site.requests) == asked
    assert (offline.id, offline.offsets, offline.original, offline.url) == \
           (online.id, online.offsets, online.original, online.url)


def test_offline_without_saved_copies_is_refused(options):
    with pytest.raises(KgError, match=r"^--offline reads saved copies"):
        WebReader(options(offline=True))


def test_paths_still_read_as_files(site, options, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Казахстан председательствует в ШОС.", encoding="utf-8")
    items = read(options(), str(path), site.url(AGENCY))
    assert [type(item) for item in items] == [Article, Article]
    assert items[0].source == str(path)


@pytest.mark.parametrize("url", [AGENCY, "/rss.xml"])   # a page, and the pages of a feed's items
@pytest.mark.parametrize("limit, kind", [(500, Skipped), (None, Article)])
def test_pages_obey_the_article_size_limit(site, options, url, limit, kind):
    reader = WebReader(options()) if limit is None else WebReader(options(), max_article_chars=limit)
    items = list(reader.read([site.url(url)]))
    assert items and {type(item) for item in items} == {kind}
    # agency.html is 4,145 bytes: refused before it is parsed, as a file of that size would be
    assert kind is Article or items[0].reason.startswith("article of 1,036 characters at least is longer")
