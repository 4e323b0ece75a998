"""The relation decision (kg.learn.relations.decide) and the per-relation thresholds `kg train`
fits for it on out-of-fold predictions (kg.train.relations._thresholds)."""
from __future__ import annotations

import numpy as np
import pytest

from kg.learn.relations import decide
from kg.train.relations import _thresholds

NEVER = np.inf
CLASSES = ["NONE", "WORKS_AS", "WORKPLACE"]


@pytest.mark.parametrize("row, allowed, floors, expected", [
    # the most probable class, where the pair's types allow it: with or without floors
    ([0.2, 0.7, 0.1], [1, 1, 1], [NEVER, NEVER, NEVER], 1),
    ([0.2, 0.7, 0.1], [1, 1, 1], [NEVER, 0.05, 0.05], 1),
    # NONE most probable: nothing, unless the best allowed relation reaches its floor
    ([0.6, 0.3, 0.1], [1, 1, 1], [NEVER, NEVER, NEVER], 0),
    ([0.6, 0.3, 0.1], [1, 1, 1], [NEVER, 0.3, NEVER], 1),
    ([0.6, 0.3, 0.1], [1, 1, 1], [NEVER, 0.35, NEVER], 0),
    ([0.6, 0.3, 0.1], [1, 1, 1], [NEVER, NEVER, 0.1], 0),        # not the best relation: no floor applies
    # the most probable relation is not allowed for these types: the best allowed one, past its floor
    ([0.1, 0.6, 0.3], [1, 0, 1], [NEVER, NEVER, NEVER], 0),
    ([0.1, 0.6, 0.3], [1, 0, 1], [NEVER, NEVER, 0.25], 2),
    ([0.1, 0.6, 0.3], [1, 0, 0], [NEVER, 0.05, 0.05], 0),         # no relation allowed at all
])
def test_decide(row, allowed, floors, expected):
    chosen = decide(np.array([row]), np.array([allowed], dtype=bool), np.array(floors, dtype=float))
    assert chosen.tolist() == [expected]


ALLOWED = np.ones((6, 3), dtype=bool)


def test_a_threshold_is_fitted_where_it_raises_f1():
    """Three doubted WORKS_AS pairs at 0.3-0.4, two of them right: answering them raises F1."""
    probabilities = np.array([[0.1, 0.8, 0.1], [0.6, 0.4, 0.0], [0.6, 0.35, 0.05], [0.65, 0.3, 0.05],
                              [0.9, 0.05, 0.05], [0.8, 0.1, 0.1]])
    targets = np.array([1, 1, 1, 0, 0, 0])
    assert _thresholds(probabilities, targets, ALLOWED, CLASSES) == {"WORKS_AS": 0.35}


def test_no_threshold_where_answering_more_does_not_help():
    """The doubted pairs are all wrong (and WORKPLACE is never gold): no threshold is written."""
    probabilities = np.array([[0.1, 0.8, 0.1], [0.6, 0.4, 0.0], [0.6, 0.35, 0.05], [0.65, 0.3, 0.05],
                              [0.6, 0.0, 0.4], [0.8, 0.1, 0.1]])
    targets = np.array([1, 0, 0, 0, 0, 0])
    assert _thresholds(probabilities, targets, ALLOWED, CLASSES) == {}
