"""The headline read as the article's first paragraph.

A reader sees the headline with the article, and news states its main fact there («Путин прибыл во
Владивосток на саммит АТЭС»), often in words the body never repeats. A .txt file's front-matter
`title:` and an HTML page's headline (<h1>, og:title or <title>, as the reader found it) are
metadata; this module puts the headline in front of the text, as a paragraph of its own, unless the
body's first line already says it.

Offsets stay honest: every headline character maps to the place in the file where the headline is
written (the `title:` line, the <h1> or <meta> in the page), and the paragraph break to the
character just after it. A headline that cannot be found verbatim in the file before the body is
not added (an entity-escaped <meta> content, a feed's title): no character points at invented text.
"""
from __future__ import annotations

from collections.abc import Sequence

PARAGRAPH_BREAK = "\n\n"
_TRAILING = ".!?…:;,«»\"'“”„ "


def prepend(body: str, positions: Sequence[int], headline: str | None, at: int | None) -> tuple[str, Sequence[int]]:
    """`body` with `headline` (written at index `at` of the file) as its first paragraph.

    `positions[i]` is the file index of `body[i]`. Unchanged when there is no headline, when it
    is not located, or when the body already begins with the same words.
    """
    if not headline or at is None or not _has_words(headline) or begins_with(body, headline):
        return body, positions
    after = at + len(headline)
    mapped = list(range(at, after)) + [after] * len(PARAGRAPH_BREAK)
    return headline + PARAGRAPH_BREAK + body, mapped + list(positions)


def locate(original: str, headline: str | None, before: int) -> int | None:
    """Where `headline` is written verbatim in `original`, ending before index `before`.

    The last such place is taken: in a page it is the <h1> next to the text rather than the
    <title> in the <head>.
    """
    if not headline:
        return None
    found = original.rfind(headline, 0, before)
    return None if found < 0 else found


def begins_with(body: str, headline: str) -> bool:
    """Whether the first non-blank line of `body` already says the headline's words (case, ё,
    spacing and final punctuation aside): it holds them anywhere, at its start or after a dateline
    («ДУШАНБЕ, 3 сен - РИА Новости. Председательство в СНГ …»)."""
    first_line = next((line for line in body.split("\n") if line.strip()), "")
    title = _comparable(headline)
    return bool(title) and title in _comparable(first_line)


def _comparable(text: str) -> str:
    return " ".join(text.split()).casefold().replace("ё", "е").strip(_TRAILING)


def _has_words(text: str) -> bool:
    return any(char.isalpha() for char in text)
