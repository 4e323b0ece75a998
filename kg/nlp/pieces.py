"""Long texts are analysed in bounded pieces, cut at paragraph breaks, and stitched back together.

The taggers see a whole text at once (natasha's NER makes one sequence of it), so their memory
grows with the text: a 2 MB article took 2.3 GB. A text longer than `PIECE_CHARS` is cut into
pieces of at most that many characters at paragraph breaks (or line breaks, sentence ends,
spaces — the best cut available), each piece is analysed alone and the analyses are merged with
their offsets shifted. Paragraph breaks already end sentences, so sentences do not change; an
ordinary article is shorter than one piece and is analysed whole, exactly as before.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.nlp.analysis import Analysis, Word

PIECE_CHARS = 20_000
CUTS = ("\n\n", "\n", ". ", " ")   # preferred places to cut, best first


def analyze_in_pieces(text: str, analyze: Callable[[str], Analysis], piece_chars: int = PIECE_CHARS) -> Analysis:
    """`analyze(text)`, run piece by piece when the text is longer than `piece_chars`."""
    if len(text) <= piece_chars:
        return analyze(text)
    sentences, entities = [], []
    for start, end in pieces(text, piece_chars):
        part = analyze(text[start:end])
        sentences += [tuple(_shifted(word, start) for word in sentence) for sentence in part.sentences]
        entities += [(begin + start, finish + start, label) for begin, finish, label in part.entities]
    return Analysis(text, tuple(sentences), tuple(entities))


def pieces(text: str, piece_chars: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces covering `text`, each at most `piece_chars` long."""
    start = 0
    while len(text) - start > piece_chars:
        end = _cut(text, start, start + piece_chars)
        yield start, end
        start = end
    yield start, len(text)


def _cut(text: str, start: int, limit: int) -> int:
    """The end of a piece: just after the last preferred break in its second half."""
    floor = start + (limit - start) // 2
    for mark in CUTS:
        found = text.rfind(mark, floor, limit)
        if found != -1:
            return found + len(mark)
    return limit


def _shifted(word: Word, offset: int) -> Word:
    return word._replace(start=word.start + offset, end=word.end + offset)
