"""The visible text of a page breaks where its blocks do: a paragraph break («\\n\\n») at a block
element, a line break at <br>, none at an inline element; each break points at its tag's «<» (it has
no other place in the source)."""
from __future__ import annotations

import pytest

from kg.ingest.html_text import extract


@pytest.mark.parametrize("body, paragraphs", [
    ("<p>Первый абзац.</p><p>Второй абзац.</p>", ["Первый абзац.", "Второй абзац."]),
    ("<div>Саммит ШОС</div><li>Астана</li>", ["Саммит ШОС", "Астана"]),
    ("<p>Первая строка<br>вторая строка</p>", ["Первая строка\nвторая строка"]),
    ("<p>Саммит <b>ШОС</b> в <span>Астане</span></p>", ["Саммит ШОС в Астане"]),   # inline: no break
])
def test_blocks_break_the_text_into_paragraphs(body, paragraphs):
    page = extract(f"<html><body>{body}</body></html>")
    assert [part for part in page.visible.split("\n\n") if part] == paragraphs


@pytest.mark.parametrize("tag", ["p", "div", "h2"])
def test_a_paragraph_break_points_at_its_tag(tag):
    source = f"<html><body>Начало<{tag}>Текст</{tag}></body></html>"
    page = extract(source)
    start = page.visible.index("\n\nТекст")
    assert page.positions[start:start + 2] == (source.index(f"<{tag}>"),) * 2
