"""HTML page → the article's main text and metadata, read by trafilatura, with offsets into the page.

trafilatura finds the main text (dropping menus, teasers, "read also" boxes, footers, and tables:
on old sites a table is the page's layout, menus and all) and reads
title, publication date (htmldate), author, site name and URL from the page's HTML meta tags,
JSON-LD and OpenGraph. Its text is then mapped back onto the page (`html_align`), so every
character keeps its index in the HTML source.

Offline by construction: kg parses the page itself and hands trafilatura an lxml tree. (htmldate,
which trafilatura calls, downloads any *string* that looks like a URL; a tree is never one.)
"""
from __future__ import annotations

import logging
from collections.abc import Iterator

from kg.ingest import html_text
from kg.ingest.dates import parse_date
from kg.ingest.html_align import align
from kg.ingest.html_text import Page
from kg.ingest.metadata import Metadata

# Elements of trafilatura's output tree that stand as paragraphs of their own.
_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "div"})
_CELLS = frozenset({"cell"})   # side by side in a row: kept apart by a space
_LINE_BREAK = "lb"

# trafilatura logs every page it finds no main text in; kg reports that itself, once.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def extract(markup: str) -> Page | None:
    """The page's main text and metadata; None if trafilatura reads no text from it."""
    from trafilatura import bare_extraction      # imported on first use: it takes a second
    from trafilatura.utils import load_html

    tree = load_html(markup)     # None for a fragment that is not a whole document
    if tree is None:
        return None
    lang = _lang(tree)           # read first: extraction prunes the tree it is given
    document = bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False,
                               include_images=False, deduplicate=False)
    if document is None or document.body is None:
        return None
    page = html_text.stream(markup)
    visible, positions = align(paragraphs(document.body), page.text, page.positions)
    # With no main text to find, trafilatura falls back to whatever text there is, menus included.
    if all(position in page.furniture for char, position in zip(visible, positions) if not char.isspace()):
        return None
    metadata = Metadata(title=document.title, published=parse_date(document.date), publisher=document.sitename,
                        author=document.author, url=document.url, lang=lang)
    return Page(visible, positions, metadata)


def paragraphs(body) -> list[list[str]]:
    """trafilatura's output tree → paragraphs, each a list of lines (white space collapsed)."""
    found: list[list[str]] = []
    lines = [""]
    for event, text in _pieces(body):
        if event == "block":
            _close(found, lines)
            lines = [""]
        elif event == "line":
            lines.append("")
        else:
            lines[-1] += text
    _close(found, lines)
    return found


def _close(found: list[list[str]], lines: list[str]) -> None:
    kept = [" ".join(line.split()) for line in lines if line.strip()]
    if kept:
        found.append(kept)


def _pieces(element) -> Iterator[tuple[str, str]]:
    """("block" | "line" | "text", text) events in document order."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _BLOCKS:
        yield "block", ""
    elif tag == _LINE_BREAK:
        yield "line", ""
    elif tag in _CELLS:
        yield "text", " "
    if element.text:
        yield "text", element.text
    for child in element:
        yield from _pieces(child)
        if child.tail:
            yield "text", child.tail
    if tag in _BLOCKS:
        yield "block", ""


def _lang(tree) -> str | None:
    """The page's language from <html lang="ru-RU"> or a content-language/og:locale meta tag."""
    declared = tree.get("lang") or next(iter(tree.xpath(
        "//meta[@http-equiv='content-language' or @property='og:locale' or @name='language']/@content")), None)
    if not declared:
        return None
    return declared.replace("_", "-").split("-")[0].strip().lower() or None
