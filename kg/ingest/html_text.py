"""HTML page → text with the index in the page of each of its characters (stdlib `html.parser`).

Two uses:
- `stream(source)`: every character of the page's text (all but script, style and template
  content), each with its index in the source; `html_main` maps trafilatura's text onto it.
- `extract(source)`: the hand-written reader, kept as the fallback for what trafilatura reads
  nothing from (a fragment such as "<p>…</p>" with no document around it, a page trafilatura
  finds no main text in). Navigation elements are dropped; when the page marks its body with
  <article>/<main>, only that and the <h1> headline are kept.
Element lists live in `resources/html.yml`.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

from kg.errors import InputError
from kg.ingest.chars import normalize
from kg.ingest.dates import parse_date
from kg.resources import load_yaml
from kg.ingest.metadata import Metadata


@dataclass(frozen=True)
class Page:
    visible: str
    positions: tuple[int, ...]   # positions[i] = index in the HTML source of visible[i]
    metadata: Metadata


@cache
def _config() -> dict:
    return load_yaml("ingest", "html.yml")


def extract(source: str) -> Page:
    """Parse `source` (decoded HTML); raises InputError if the parser gives up."""
    return _parse(source).page()


@dataclass(frozen=True)
class Stream:
    """All text of a page, entities decoded."""
    text: str
    positions: tuple[int, ...]       # index in the HTML source of each character of `text`
    furniture: frozenset[int]        # the positions inside navigation, header, footer… elements


def stream(source: str) -> Stream:
    chars = _parse(source).all_chars()
    return Stream("".join(char for char, _, _ in chars), tuple(position for _, position, _ in chars),
                  frozenset(position for _, position, skipped in chars if skipped))


def _parse(source: str) -> _PageParser:
    parser = _PageParser(source)
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError) as error:   # html.parser's few hard failures
        raise InputError(f"malformed HTML: {error}") from None
    return parser


class _PageParser(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)   # entities arrive separately, so positions stay exact
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", source)]
        self._chars: list[tuple[str, int, bool, bool]] = []   # (char, position, inside main/h1, skipped)
        self._depth = {"never": 0, "skip": 0, "main": 0, "h1": 0, "pre": 0, "title": 0}
        self._saw_main = False
        self._texts: dict[str, list[str]] = {"title": [], "h1": []}
        self._meta: dict[str, str] = {}

    # -- events -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self._count(tag, +1)
        self._saw_main = self._saw_main or tag in _config()["main"]
        self._break_for(tag)
        if tag == "html" and attributes.get("lang"):
            self._meta.setdefault("lang", attributes["lang"].split("-")[0].lower())
        elif tag == "meta":
            key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
            if key and attributes.get("content"):
                self._meta.setdefault(key, attributes["content"])
        elif tag == "link" and "canonical" in attributes.get("rel", "").split():
            self._meta.setdefault("canonical", attributes.get("href", ""))
        elif tag == "time" and attributes.get("datetime"):
            self._meta.setdefault("time", attributes["datetime"])

    def handle_endtag(self, tag: str) -> None:
        self._count(tag, -1)
        self._break_for(tag)

    def handle_data(self, data: str) -> None:
        self._add(data, self._position())

    def handle_entityref(self, name: str) -> None:
        self._add(html.unescape(f"&{name};"), self._position(), entity=True)

    def handle_charref(self, name: str) -> None:
        self._add(html.unescape(f"&#{name};"), self._position(), entity=True)

    # -- result -------------------------------------------------------------------------
    def page(self) -> Page:
        kept = [(char, position) for char, position, in_main, skipped in self._chars
                if not skipped and (in_main or not self._saw_main)]
        return Page("".join(char for char, _ in kept), tuple(position for _, position in kept), self._metadata())

    def _metadata(self) -> Metadata:
        title = _one_line(self._texts["h1"]) or self._pick("title") or _one_line(self._texts["title"])
        return Metadata(title=title, published=parse_date(self._pick("published") or self._meta.get("time")),
                        publisher=self._pick("publisher"), url=self._meta.get("canonical") or self._pick("url"),
                        lang=self._meta.get("lang"))

    def _pick(self, field: str) -> str | None:
        """The first <meta> value listed for `field` in html.yml."""
        return next((self._meta[key] for key in _config()["meta"][field] if self._meta.get(key)), None)

    def all_chars(self) -> list[tuple[str, int, bool]]:
        return [(char, position, skipped) for char, position, _, skipped in self._chars]

    # -- helpers ------------------------------------------------------------------------
    def _count(self, tag: str, step: int) -> None:
        config = _config()
        kinds = {"never": tag in config["never_text"], "skip": tag in config["skip"], "main": tag in config["main"],
                 "h1": tag == "h1", "pre": tag == "pre", "title": tag == "title"}
        for kind, matches in kinds.items():
            if matches:
                self._depth[kind] = max(0, self._depth[kind] + step)

    def _break_for(self, tag: str) -> None:
        if tag in _config()["blocks"]:
            self._add("\n\n", self._position(), entity=True)
        elif tag in _config()["line_breaks"]:
            self._add("\n", self._position(), entity=True)

    def _position(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, text: str, position: int, *, entity: bool = False) -> None:
        if self._depth["title"]:
            self._texts["title"].append(text)
            return
        if self._depth["never"]:
            return
        if self._depth["h1"] and not self._depth["skip"]:
            self._texts["h1"].append(text)
        in_main = bool(self._depth["main"] or self._depth["h1"])
        for index, char in enumerate(text):
            # Source line breaks are plain spaces in HTML, except inside <pre>.
            if char in "\r\n" and not entity and not self._depth["pre"]:
                char = " "
            # An entity's characters all point at its "&": they have no other place in the source.
            self._chars.append((char, position if entity else position + index, in_main, bool(self._depth["skip"])))


def _one_line(parts: list[str]) -> str | None:
    text = " ".join(normalize("".join(parts)).split())
    return text or None
