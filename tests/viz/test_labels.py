"""Label repulsion on hand-made box arrangements (pixels)."""
import pytest

from kg.viz.labels import Box, count_overlaps, repel

BOUNDS = (0, 0, 1000, 1000)


def stacked(n):
    """n labels of the same size on the same spot: the worst case."""
    return [Box(500, 500, 120, 14) for _ in range(n)]


@pytest.mark.parametrize(("boxes", "overlaps_before"), [
    ([Box(100, 100, 80, 12), Box(130, 104, 80, 12)], 1),
    (stacked(2), 1),
    (stacked(12), 66),
    ([Box(500, 500, 30, 30, movable=False), Box(505, 505, 100, 14)], 1),   # label on a node marker
    ([Box(5, 5, 100, 14), Box(10, 8, 100, 14)], 1),                       # crammed into a corner
])
def test_repel_removes_every_overlap(boxes, overlaps_before):
    assert count_overlaps(boxes) == overlaps_before
    assert repel(boxes, BOUNDS) == 0
    assert count_overlaps(boxes) == 0
    assert all(BOUNDS[0] <= b.x - b.width / 2 and b.x + b.width / 2 <= BOUNDS[2] for b in boxes)


def test_fixed_boxes_never_move():
    marker = Box(500, 500, 30, 30, movable=False)
    repel([marker, Box(500, 500, 100, 14), Box(510, 495, 100, 14)], BOUNDS)
    assert (marker.x, marker.y) == (500, 500)


def test_repel_is_deterministic():
    first, second = stacked(8), stacked(8)
    repel(first, BOUNDS)
    repel(second, BOUNDS)
    assert [(b.x, b.y) for b in first] == [(b.x, b.y) for b in second]
