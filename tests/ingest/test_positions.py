"""kg.ingest.positions: an article's offsets are the tuple they were, their ints shared between articles."""
from __future__ import annotations

import pytest

from kg import ingest
from kg.ingest import positions
from kg.ingest.positions import SHARED_LIMIT, shared

TEXT = "Генеральный секретарь ОДКБ Имангали Тасмагамбетов прибыл в Душанбе.\n\n" * 12


def fresh(numbers):
    """The numbers as ints of their own (int("1000") is a new object each time, as enumerate's are)."""
    return [int(str(number)) for number in numbers]


@pytest.mark.parametrize("offsets", [
    [],
    [0],
    list(range(300, 1300)),                                    # an article's plain-text positions
    [5, 4000, 4001, 4003, 9000],                               # gaps: chrome lines, collapsed spaces
    [SHARED_LIMIT - 2, SHARED_LIMIT - 1, SHARED_LIMIT, SHARED_LIMIT + 5],   # past the table: kept as given
    [70_000, 3, 80_000],
])
def test_offsets_are_the_same_tuple(offsets):
    assert shared(fresh(offsets)) == tuple(offsets)
    assert type(shared(fresh(offsets))) is tuple


@pytest.mark.parametrize("position", [257, 1000, 4096, SHARED_LIMIT - 1])
def test_two_articles_share_a_position_below_the_limit(position):
    first, second = shared(fresh([1, position])), shared(fresh([2, position]))
    assert first[1] is second[1]


def test_the_table_grows_only_as_far_as_the_longest_article():
    shared(fresh(range(2000)))
    before = len(positions._table)
    shared(fresh([5, 10]))
    assert len(positions._table) == before
    shared(fresh([SHARED_LIMIT + 10]))
    assert len(positions._table) <= SHARED_LIMIT


@pytest.mark.parametrize("start, end", [(0, 5), (27, 49), (70, 90)])
def test_read_articles_map_spans_as_before(start, end):
    article = ingest.from_text(TEXT)
    assert article.original[slice(*article.original_span(start, end))] == article.text[start:end]
    assert len(article.offsets) == len(article.text) + 1


def test_articles_read_one_after_another_share_their_ints():
    first, second = ingest.from_text(TEXT), ingest.from_text(TEXT + "Ещё строка.")
    assert first.offsets[500] > 256 and first.offsets[500] is second.offsets[500]
