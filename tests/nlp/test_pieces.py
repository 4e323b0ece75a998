"""Long texts are analysed piece by piece: the pieces cover the text at paragraph breaks, and the
stitched analysis of the seed article equals its analysis in one go."""
import pytest

from kg.nlp.pieces import analyze_in_pieces, pieces


@pytest.mark.parametrize("text, size, expected", [
    ("aaaa\n\nbbbb\n\ncccc", 8, [(0, 6), (6, 12), (12, 16)]),      # cut after each paragraph break
    ("aaaa bbbb cccc", 8, [(0, 5), (5, 10), (10, 14)]),            # no break: after a space
    ("abcdefghij", 4, [(0, 4), (4, 8), (8, 10)]),                  # nothing at all: a hard cut
    ("short", 100, [(0, 5)]),
])
def test_pieces_cover_the_text_at_the_best_breaks(text, size, expected):
    assert list(pieces(text, size)) == expected


def test_stitched_analysis_equals_the_whole(russian, seed_text):
    whole = russian._analyze_piece(seed_text)
    stitched = analyze_in_pieces(seed_text, russian._analyze_piece, piece_chars=1200)
    assert len(list(pieces(seed_text, 1200))) > 3
    words = lambda analysis: [(w.start, w.end, w.lemma, w.head) for s in analysis.sentences for w in s]  # noqa: E731
    assert words(stitched) == words(whole)
    assert [len(s) for s in stitched.sentences] == [len(s) for s in whole.sentences]
    assert stitched.entities == whole.entities
