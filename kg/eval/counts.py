"""Precision, recall and F1 from counts, per type and averaged."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Average:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Scores:
    """Counts per type (a scoring type or a NEREL relation type) and their averages.

    Micro: P/R/F1 of the summed counts (large types weigh more). Macro: the mean of each type's
    P, R and F1, over types with at least one gold or predicted item.
    """

    per_type: Mapping[str, Counts]

    @property
    def micro(self) -> Counts:
        return sum(self.per_type.values(), Counts())

    @property
    def macro(self) -> Average:
        counted = [c for c in self.per_type.values() if c.gold or c.predicted]
        if not counted:
            return Average(0.0, 0.0, 0.0)
        return Average(_mean([c.precision for c in counted]), _mean([c.recall for c in counted]),
                       _mean([c.f1 for c in counted]))


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def add_counts(per_type: Iterable[Mapping[str, Counts]]) -> Scores:
    """Sum per-type counts over documents."""
    total: dict[str, Counts] = {}
    for counts in per_type:
        for name, value in counts.items():
            total[name] = total.get(name, Counts()) + value
    return Scores(dict(sorted(total.items())))
