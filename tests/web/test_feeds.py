"""RSS and Atom: recognizing a feed, its items, and what a hostile feed cannot do."""
from __future__ import annotations

import datetime as dt

import pytest
from newssite import DATA

from kg.errors import InputError
from kg.web import feeds

BASE = "http://news.example"
RSS = (DATA / "rss.xml").read_bytes().replace(b"{base}", BASE.encode())
ATOM = (DATA / "atom.xml").read_bytes().replace(b"{base}", BASE.encode())
PAGE = (DATA / "agency.html").read_bytes()


@pytest.mark.parametrize(("content_type", "body", "expected"), [
    ("application/rss+xml; charset=utf-8", RSS, True),
    ("application/atom+xml", ATOM, True),
    ("text/xml", RSS, True),                     # by its root element
    ("application/xml", ATOM, True),
    ("", b"<!-- generated -->\n<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", True),
    ("text/html; charset=utf-8", PAGE, False),
    ("text/xml", b"<?xml version='1.0'?><sitemap/>", False),
    ("", PAGE, False),
    ("image/png", b"\x89PNG", False),
])
def test_is_feed(content_type, body, expected):
    assert feeds.is_feed(content_type, body) is expected


def test_rss_items_with_relative_links_resolved_against_the_feed():
    items = feeds.items(RSS, f"{BASE}/rss.xml", "application/rss+xml")
    assert items == [
        feeds.FeedItem(f"{BASE}/20240521/kulubaev-smid-shos.html", "Кулубаев в Астане: ШОС нужна долгосрочная стратегия",
                       dt.date(2024, 5, 21)),
        feeds.FeedItem(f"{BASE}/press/news/nurtleu-smid-shos", "Мурат Нуртлеу провел заседание СМИД ШОС",
                       dt.date(2024, 5, 21)),
    ]


def test_atom_items_in_feed_order():
    items = feeds.items(ATOM, f"{BASE}/world/atom.xml", "application/atom+xml")
    assert [item.url for item in items] == [f"{BASE}/world/2023/11/23/odkb-minsk", f"{BASE}/economy/2022/05/27/veec.html",
                                             f"{BASE}/private/briefing.html", f"{BASE}/img/budget.png"]
    assert items[0].published == dt.date(2023, 11, 23)      # <published>, not <updated>
    assert items[1].published == dt.date(2022, 5, 27)       # only <updated>


def test_an_item_repeated_is_read_once():
    doubled = RSS.replace(b"</channel>", RSS[RSS.index(b"<item>"):RSS.index(b"</item>") + 7] + b"</channel>")
    assert len(feeds.items(doubled, f"{BASE}/rss.xml", "application/rss+xml")) == 2


@pytest.mark.parametrize("body", [b"", b"<html><body>not a feed</body></html>", b"\x00\x01binary", b"<rss><channel>"])
def test_unreadable_feed_is_one_line_error(body):
    with pytest.raises(InputError, match="^not a readable feed: ") as error:
        feeds.items(body, f"{BASE}/rss.xml", "application/rss+xml")
    assert "\n" not in str(error.value)


def test_feed_without_items_is_no_error():
    empty = '<rss version="2.0"><channel><title>Пусто</title></channel></rss>'.encode()
    assert feeds.items(empty, f"{BASE}/rss.xml", "application/rss+xml") == []


def test_external_entities_are_not_fetched(site):
    # An XXE payload pointing at the loopback site: feedparser must not resolve it.
    hostile = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "' + site.url("/secret").encode()
               + b'">]><rss version="2.0"><channel><title>&leak;</title><item><title>x</title>'
               b"<link>http://news.example/a</link></item></channel></rss>")
    try:
        feeds.items(hostile, f"{BASE}/rss.xml", "application/rss+xml")
    except InputError:
        pass
    assert site.requests == []
