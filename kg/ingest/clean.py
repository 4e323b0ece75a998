"""Raw article text → cleaned text plus the map of every cleaned character back to the original.

Cleaning works line by line: chrome lines (see `chrome`) and blank lines go, the rest keep
their characters with odd spaces made plain, Latin homoglyphs fixed, invisible characters
dropped and runs of spaces collapsed. Lines that followed each other stay joined by "\\n";
any gap (blank or chrome lines) becomes one paragraph break "\\n\\n". Every character of the
result, line breaks included, is mapped to a character of the original that it stands for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest import chars
from kg.ingest.chrome import chrome_lines

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


@dataclass(frozen=True)
class Cleaned:
    text: str
    offsets: tuple[int, ...]     # as `Article.offsets`: len(text) + 1 indices into the original
    chrome: tuple[str, ...]      # the chrome lines removed, for metadata (dateline, byline)


@dataclass(frozen=True)
class _Line:
    start: int                   # index of the line's first character in the original
    text: str                    # spaces normalized, homoglyphs fixed; same length as the raw line


class _Builder:
    """Accumulates cleaned characters with their original indices."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, char: str, offset: int) -> None:
        self.chars.append(char)
        self.offsets.append(offset)

    def add_line(self, line: _Line) -> None:
        pending_space: int | None = None    # where a run of spaces began, emitted lazily
        started = False
        for index, char in enumerate(line.text, line.start):
            if char in chars.invisible():
                continue
            if char.isspace():
                if started and pending_space is None:
                    pending_space = index
                continue
            if pending_space is not None:
                self.add(" ", pending_space)
                pending_space = None
            self.add(char, index)
            started = True

    def result(self, chrome: tuple[str, ...]) -> Cleaned:
        end = self.offsets[-1] + 1 if self.offsets else 0
        return Cleaned("".join(self.chars), tuple(self.offsets) + (end,), chrome)


def clean(original: str) -> Cleaned:
    """Clean `original` (decoded file text); see the module docstring for the rules."""
    lines = _split_lines(original)
    is_chrome = chrome_lines([line.text for line in lines])
    builder = _Builder()
    previous: _Line | None = None
    gap = False
    for line, chrome in zip(lines, is_chrome):
        if chrome or not _has_visible_text(line.text):
            gap = True
            continue
        if previous is not None:
            _add_break(builder, previous, line, paragraph=gap)
        builder.add_line(line)
        previous, gap = line, False
    removed = tuple(line.text.strip() for line, chrome in zip(lines, is_chrome)
                    if chrome and line.text.strip())
    return builder.result(removed)


def _split_lines(original: str) -> list[_Line]:
    return [_Line(match.start(), chars.normalize(match.group(1)))
            for match in _LINE.finditer(original) if match.group(0) or match.start() < len(original)]


def _has_visible_text(text: str) -> bool:
    return any(not char.isspace() and char not in chars.invisible() for char in text)


def _add_break(builder: _Builder, previous: _Line, line: _Line, *, paragraph: bool) -> None:
    # Each "\n" maps to a real line terminator: the one ending the previous kept line and,
    # for a paragraph break, the one just before the next kept line.
    builder.add("\n", previous.start + len(previous.text))
    if paragraph:
        builder.add("\n", line.start - 1)
