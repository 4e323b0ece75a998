"""html_align: extracted text mapped onto the page's characters, word by word when it must."""
from __future__ import annotations

import pytest

from kg.ingest import html_text
from kg.ingest.html_align import align

PAGE = ("<html><body><nav>Главная ШОС</nav><h1>Саммит&nbsp;ШОС</h1>"
        "<p>Лидеры   стран\nподписали <b>декла</b>рацию.</p><p>Встреча прошла в Астане.</p></body></html>")


def mapped(paragraphs):
    stream = html_text.stream(PAGE)
    text, positions = align(paragraphs, stream.text, stream.positions)
    assert len(positions) == len(text)
    return text, positions


@pytest.mark.parametrize(("paragraphs", "expected"), [
    ([["Саммит ШОС"], ["Лидеры стран подписали декларацию."]], "Саммит ШОС\n\nЛидеры стран подписали декларацию."),
    ([["Лидеры стран", "подписали декларацию."]], "Лидеры стран\nподписали декларацию."),     # a line break
    # Blocks out of page order are still found.
    ([["Встреча прошла в Астане."], ["Саммит ШОС"]], "Встреча прошла в Астане.\n\nСаммит ШОС"),
    # A word that is not in the page (a character changed) is left out, the rest of the line stays.
    ([["Лидеры стран подписали декларацию!"]], "Лидеры стран подписали"),
    ([["Ничего такого"]], ""),
    ([["Саммит\u200b ШОС"]], "Саммит ШОС"),       # invisible characters do not count
    ([["Саммит\x07 ШОС"]], "Саммит ШОС"),         # nor do control characters
])
def test_text_is_made_of_page_characters(paragraphs, expected):
    text, positions = mapped(paragraphs)
    assert text == expected
    for char, position in zip(text, positions):
        if not char.isspace():
            assert PAGE[position] == char


def test_search_goes_forward_from_the_last_match():
    # "ШОС" is in the menu first; after the headline's "Саммит" the headline's own "ШОС" is taken.
    text, positions = mapped([["Саммит ШОС"]])
    assert positions[text.index("ШОС")] == PAGE.index("ШОС", PAGE.index("Саммит"))


def test_word_split_by_markup_maps_to_both_pieces():
    text, positions = mapped([["подписали декларацию."]])
    start = text.index("декларацию")
    assert PAGE[positions[start]:positions[start] + 5] == "декла"
    assert PAGE[positions[start + 5]:positions[start + 5] + 5] == "рацию"
