"""benchmarks/growth.py counts the live NLP Docs of the build at doubling gaps: a count walks every
object of the process, so counting at fixed gaps made the benchmark's own cost grow with the square
of the corpus (session 13: 16 of 75 CPU seconds at 500 articles) and its linearity check fail."""
from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
# growth.py imports benchmarks/nerel_path.py; benchmarks/ leaves the path after, since its
# distributed.py would hide Dask's package from the processes later tests start
sys.path.append(str(BENCHMARKS))
try:
    _spec = importlib.util.spec_from_file_location("growth", BENCHMARKS / "growth.py")
    growth = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(growth)
finally:
    sys.path.remove(str(BENCHMARKS))


@pytest.mark.parametrize("articles, every, due", [
    (25, 25, True),      # the first count
    (50, 25, True),
    (75, 25, False),     # fixed gaps would count here
    (100, 25, True),
    (300, 25, False),
    (400, 25, True),
    (3200, 25, True),
    (4975, 25, False),
    (24, 25, False),     # before the first count
    (0, 25, False),
    (1, 1, True),
    (3, 1, False),
    (8, 1, True),
])
def test_the_probe_counts_after_the_first_gap_then_at_doubling_gaps(articles, every, due):
    assert growth.count_due(articles, every) is due


@pytest.mark.parametrize("articles, every", [(5000, 25), (1000, 25), (24, 25), (100_000, 1)])
def test_the_counts_grow_with_the_log_of_the_corpus(articles, every):
    counts = sum(growth.count_due(number, every) for number in range(1, articles + 1))
    assert counts == (int(math.log2(articles // every)) + 1 if articles >= every else 0)


def _steps(cpu: list[float], memory: list[float]) -> list[dict]:
    return [{"cpu_seconds_per_article": c, "mb_per_1000_articles": m} for c, m in zip(cpu, memory)]


@pytest.mark.parametrize("cpu, memory, linear", [
    ([0.108, 0.115, 0.085, 0.108], [930, 640, 620, 600], True),   # session 13: memory per article falls
    ([0.107, 0.159, 0.207], [860, 960, 620], False),              # session 12: CPU per article rose ×1.9
    ([0.1, 0.1], [400, 800], False),                              # memory per article doubled
    ([0.1, 0.14], [400, 560], True),                              # within LINEAR_SPREAD
])
def test_linearity_fails_only_on_costs_that_rise(cpu, memory, linear):
    assert growth.linearity(_steps(cpu, memory))["linear"] is linear
