import pytest

from kg.eval import Counts, Scores

PER_TYPE = {"Person": Counts(tp=8, fp=2, fn=0), "Place": Counts(tp=0, fp=0, fn=2),
            "Event": Counts()}                 # no gold, no prediction: left out of the macro mean


@pytest.mark.parametrize("counts, precision, recall, f1", [
    (Counts(8, 2, 0), 0.8, 1.0, 8 / 9),
    (Counts(0, 0, 2), 0.0, 0.0, 0.0),
    (Counts(), 0.0, 0.0, 0.0),
    (Counts(1, 1, 1), 0.5, 0.5, 0.5),
])
def test_counts(counts, precision, recall, f1):
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx((precision, recall, f1))


@pytest.mark.parametrize("average, precision, recall, f1", [
    ("micro", 0.8, 0.8, 0.8),                  # Counts(8, 2, 2)
    ("macro", 0.4, 0.5, 4 / 9),                # mean of Person (0.8, 1, 8/9) and Place (0, 0, 0)
])
def test_micro_and_macro_differ(average, precision, recall, f1):
    scores = getattr(Scores(PER_TYPE), average)
    assert (scores.precision, scores.recall, scores.f1) == pytest.approx((precision, recall, f1))
