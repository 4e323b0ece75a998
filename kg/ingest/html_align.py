"""Map extracted text back onto the page: which character of the HTML source each one is.

trafilatura returns the article's text without positions. Every word of it is looked up in
the page's own text (`html_text.stream`) from where the previous one was found, comparing
only visible characters (white space and invisible format characters differ between the two
and are ignored). The result is built from the page's characters, so every character of it
has a real index in the source; a word that is not in the page (trafilatura never invents
text, but it may normalize a character) is left out rather than mapped somewhere wrong.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence

Paragraph = Sequence[str]   # lines of one paragraph


def significant(char: str) -> bool:
    """A character both sides must agree on: not white space, not an invisible format mark."""
    return not char.isspace() and unicodedata.category(char) not in ("Cf", "Cc")


class _Page:
    """The page's visible characters (as one string) and their indices in the source."""

    def __init__(self, chars: str, positions: Sequence[int]):
        kept = [(char, position) for char, position in zip(chars, positions) if significant(char)]
        self.text = "".join(char for char, _ in kept)
        self.positions = [position for _, position in kept]
        self.cursor = 0     # where the next piece is expected: the page's order is the text's order

    def find(self, piece: str) -> int | None:
        """Index of `piece` at or after the cursor (else anywhere: blocks may be reordered)."""
        if not piece:
            return None
        found = self.text.find(piece, self.cursor)
        if found >= 0:
            self.cursor = found + len(piece)
            return found
        found = self.text.find(piece)
        return found if found >= 0 else None


Pieces = list[tuple[int, int]]   # (start, length) in `_Page.text`: the words of one line


def align(paragraphs: Sequence[Paragraph], chars: str, positions: Sequence[int]) -> tuple[str, tuple[int, ...]]:
    """Text made of `paragraphs` (joined by blank lines, lines by "\\n", words by one space)
    and, for each of its characters, the index in the source of the page character it is."""
    page = _Page(chars, positions)
    placed = [[pieces for pieces in map(lambda line: _place_line(page, line), paragraph) if pieces]
              for paragraph in paragraphs]
    return _join(page, [lines for lines in placed if lines])


def _place_line(page: _Page, line: str) -> Pieces:
    words = [word for word in map(_visible, line.split()) if word]
    start = page.find("".join(words))
    if start is not None:      # the usual case: the whole line as it stands in the page
        pieces = []
        for word in words:
            pieces.append((start, len(word)))
            start += len(word)
        return pieces
    # Something in the line differs from the page: place what can be placed word by word.
    found = ((page.find(word), len(word)) for word in words)
    return [(start, length) for start, length in found if start is not None]


def _join(page: _Page, paragraphs: list[list[Pieces]]) -> tuple[str, tuple[int, ...]]:
    chars: list[str] = []
    positions: list[int] = []
    for paragraph_number, lines in enumerate(paragraphs):
        for line_number, pieces in enumerate(lines):
            for word_number, (start, length) in enumerate(pieces):
                separator = _separator(paragraph_number, line_number, word_number)
                # A separator has no character of its own in the page. It maps to the character
                # before it, so that a span ending in one (a sentence with its paragraph break)
                # still ends in the page right after that character.
                if separator:
                    chars.extend(separator)
                    positions.extend([positions[-1]] * len(separator))
                chars.extend(page.text[start:start + length])
                positions.extend(page.positions[start:start + length])
    return "".join(chars), tuple(positions)


def _separator(paragraph_number: int, line_number: int, word_number: int) -> str:
    if word_number:
        return " "
    if line_number:
        return "\n"
    return "\n\n" if paragraph_number else ""


def _visible(word: str) -> str:
    return "".join(filter(significant, word))
