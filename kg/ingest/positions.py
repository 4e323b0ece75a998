"""Character positions shared between articles: `Article.offsets` holds one int per character.

An int past 256 is an object of its own (28 bytes) for every tuple that holds it, so each
article's offsets cost 36 bytes a character, most of which is the ints: 300 NEREL texts kept
11 MB of them in `kg build`'s process until the files were written (its `results` keep every
Article). Positions below SHARED_LIMIT are taken from one table instead, grown as far as the
longest article needs, so every article's 1,000 is the same object: 8 bytes a character. The
tuples are equal to the ones made before, element for element.
"""
from __future__ import annotations

from collections.abc import Sequence

SHARED_LIMIT = 1 << 16   # the table holds at most this many ints (2.4 MB); larger positions stay the article's

_table: list[int] = []


def shared(offsets: Sequence[int]) -> tuple[int, ...]:
    """`tuple(offsets)`, its ints below SHARED_LIMIT taken from the shared table."""
    top = min(max(offsets, default=-1) + 1, SHARED_LIMIT)
    if len(_table) < top:
        _table.extend(range(len(_table), top))
    if top < SHARED_LIMIT:
        return tuple(map(_table.__getitem__, offsets))
    table = _table
    return tuple(table[offset] if 0 <= offset < SHARED_LIMIT else offset for offset in offsets)
