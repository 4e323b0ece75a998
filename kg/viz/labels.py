"""Label repulsion: move text boxes apart until none overlaps another box, in screen pixels.

A plain iterative solver: every overlapping pair is pushed apart along the axis of least overlap,
movable boxes (labels) share the push and fixed ones (node markers) never move. It is
deterministic (fixed order, no randomness) and fast enough for the few hundred labels a readable
picture can hold.
"""
from __future__ import annotations

from dataclasses import dataclass

PADDING_X = 12.0     # pixels kept free between two boxes side by side: two labels must not read as one
PADDING_Y = 6.0      # … and one above the other: more than the line spacing inside a label
MAX_ROUNDS = 400
OVERLAP_COST = 2     # choosing a label spot: covering another label is worse than crossing an edge
OUTSIDE_COST = 100   # … and leaving the picture is worse than anything
TOLERANCE = 0.5      # pixels of padding that may be lost: invisible, and it stops endless nudging
OVERSHOOT = 1.05     # push 5 % past touching so that float rounding cannot leave a sliver of overlap


@dataclass
class Box:
    """A rectangle by its centre and size, in pixels; mutable because the solver moves it."""

    x: float
    y: float
    width: float
    height: float
    movable: bool = True


def repel(boxes: list[Box], bounds: tuple[float, float, float, float]) -> int:
    """Move the movable boxes until no two boxes overlap (or rounds run out); return overlaps left.

    `bounds` (x0, y0, x1, y1) is the area every box must stay inside.
    """
    for _ in range(MAX_ROUNDS):
        if not _push_round(boxes, bounds):
            return 0
    return count_overlaps(boxes)


def count_overlaps(boxes: list[Box]) -> int:
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if (a.movable or b.movable) and _overlap(a, b) is not None)


def _push_round(boxes: list[Box], bounds) -> bool:
    pushed = False
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            if not (a.movable or b.movable):
                continue
            overlap = _overlap(a, b)
            if overlap is not None:
                _separate(a, b, overlap)
                pushed = True
    for box in boxes:
        _clamp(box, bounds)
    return pushed


def _overlap(a: Box, b: Box) -> tuple[float, float] | None:
    dx = (a.width + b.width) / 2 + PADDING_X - abs(a.x - b.x)
    dy = (a.height + b.height) / 2 + PADDING_Y - abs(a.y - b.y)
    return (dx, dy) if dx > TOLERANCE and dy > TOLERANCE else None


def _separate(a: Box, b: Box, overlap: tuple[float, float]) -> None:
    """Push along the cheaper axis (labels are wide: usually vertical), a little past touching.

    Boxes on the same spot split by their order (the later one goes down/right), so a stack
    unfolds in one consistent direction instead of pairs undoing each other's pushes.
    """
    dx, dy = (OVERSHOOT * d for d in overlap)
    share_a = 0.5 if a.movable and b.movable else (1.0 if a.movable else 0.0)
    share_b = 1.0 - share_a
    if dy <= dx:
        sign = _direction(b.y - a.y)
        a.y -= sign * dy * share_a
        b.y += sign * dy * share_b
    else:
        sign = _direction(b.x - a.x)
        a.x -= sign * dx * share_a
        b.x += sign * dx * share_b


def _direction(delta: float) -> float:
    return -1.0 if delta < 0 else 1.0


def _clamp(box: Box, bounds) -> None:
    x0, y0, x1, y1 = bounds
    box.x = min(max(box.x, x0 + box.width / 2), x1 - box.width / 2)
    box.y = min(max(box.y, y0 + box.height / 2), y1 - box.height / 2)


def segment_crosses(box: Box, start: tuple[float, float], end: tuple[float, float]) -> bool:
    """Whether the straight segment start–end passes through `box` (Liang–Barsky clipping)."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for step, distance in ((-dx, x0 - (box.x - box.width / 2)), (dx, (box.x + box.width / 2) - x0),
                           (-dy, y0 - (box.y - box.height / 2)), (dy, (box.y + box.height / 2) - y0)):
        if step == 0:
            if distance < 0:
                return False
            continue
        ratio = distance / step
        if step < 0:
            low = max(low, ratio)
        else:
            high = min(high, ratio)
        if low > high:
            return False
    return True


def best_spot(candidates: list[Box], segments: list[tuple], taken: list[Box], bounds) -> Box:
    """The candidate inside `bounds` crossed by the fewest segments and overlapping the fewest
    `taken` boxes; ties go to the earliest candidate, so list the preferred spot first."""
    def cost(box: Box) -> int:
        outside = (box.x - box.width / 2 < bounds[0] or box.x + box.width / 2 > bounds[2]
                   or box.y - box.height / 2 < bounds[1] or box.y + box.height / 2 > bounds[3])
        return (sum(segment_crosses(box, *segment) for segment in segments) + OUTSIDE_COST * outside
                + OVERLAP_COST * sum(_overlap(box, other) is not None for other in taken))
    return min(candidates, key=cost)
