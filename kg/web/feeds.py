"""RSS and Atom feeds, read with feedparser: which responses are feeds, and their items.

feedparser is given the bytes (never a URL or a string, which it would fetch) and the response's
headers, so relative links resolve against the feed's own URL; it refuses external entities.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from kg.errors import InputError

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# The root element of a feed, after any XML declaration, comments and processing instructions.
_FEED_ROOT = re.compile(rb"^(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w-]+:)?(rss|feed|RDF)\b",
                        re.DOTALL | re.IGNORECASE)
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None = None
    published: dt.date | None = None


def media_type(content_type: str) -> str:
    """"text/html; charset=utf-8" → "text/html"."""
    return content_type.split(";")[0].strip().lower()


def is_feed(content_type: str, body: bytes) -> bool:
    """A feed by its media type, or XML (or unlabelled) whose root is <rss>, <feed> or <rdf:RDF>."""
    kind = media_type(content_type)
    if kind in FEED_TYPES:
        return True
    return kind in XML_TYPES | {""} and bool(_FEED_ROOT.match(body[:_SNIFF_BYTES]))


def items(body: bytes, url: str, content_type: str) -> list[FeedItem]:
    """The feed's items that link to a page, in feed order, each URL once."""
    import feedparser     # imported on first use

    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url,
                                                                   "content-type": content_type or "application/xml"})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        problem = str(parsed.get("bozo_exception") or "no RSS or Atom items").splitlines()[0]
        raise InputError(f"not a readable feed: {problem}")
    found: dict[str, FeedItem] = {}
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if link and link not in found:
            found[link] = FeedItem(link, (entry.get("title") or "").strip() or None, _date(entry))
    return list(found.values())


def _date(entry) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None
