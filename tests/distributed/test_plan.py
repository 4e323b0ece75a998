"""Batches: full-size while many files remain, smaller at the end so the workers finish together."""
from __future__ import annotations

import pytest

from kg.distributed.manifest import Manifest
from kg.distributed.plan import MIN_TAIL_BATCH, plan, tail_sizes
from kg.distributed.sources import FileSource, JsonlRange


@pytest.mark.parametrize("count, batch_size, workers, head, tail", [
    (2000, 50, 2, [50] * 36, [50, 38, 28, 21, 16, 12, 9, 7, 5, 4, 4, 4, 2]),
    (300, 50, 2, [50] * 2, [50, 38, 28, 21, 16, 12, 9, 7, 5, 4, 4, 4, 2]),
    (1000, 100, 4, [100] * 3, [88, 77, 67, 59, 52, 45, 39, 35, 30, 26, 23, 20, 18, 16, 14, 12, 10, 9, 8, 7, 6, 5,
                               5] + [4] * 7 + [1]),   # more workers: the tail starts earlier (8 × 100 remaining)
    (7, 50, 2, [], [4, 3]),
    (3, 2, 2, [], [2, 1]),          # below MIN_TAIL_BATCH the batch size still rules
    (12, 3, 1, [3] * 4, []),
    (0, 50, 2, [], []),
])
def test_the_last_batches_shrink_with_what_remains_per_worker(count, batch_size, workers, head, tail):
    sizes = tail_sizes(count, batch_size, workers)
    assert sizes == head + tail and sum(sizes) == count


@pytest.mark.parametrize("workers", [1, 2, 8, 64])
def test_no_batch_is_larger_than_asked_or_smaller_than_the_floor_before_the_last(workers):
    sizes = tail_sizes(1234, 40, workers)
    assert max(sizes) <= 40 and min(sizes[:-1]) >= MIN_TAIL_BATCH and sum(sizes) == 1234
    assert sizes == sorted(sizes, reverse=True)


def test_files_come_after_jsonl_ranges_and_each_is_in_one_batch(tmp_path):
    for index in range(30):
        (tmp_path / f"{index:02d}.txt").write_text("Иран стал членом ШОС.", encoding="utf-8")
    (tmp_path / "news.jsonl").write_text("".join('{"text": "Иран стал членом ШОС."}\n' for _ in range(10)),
                                         encoding="utf-8")
    batches = plan([tmp_path], Manifest(tmp_path / "out"), 10, "run", workers=2)
    kinds = [type(source) for batch in batches for source in batch.sources]
    assert kinds.index(FileSource) > max(i for i, kind in enumerate(kinds) if kind is JsonlRange)
    files = [source.path for batch in batches for source in batch.sources if isinstance(source, FileSource)]
    assert sorted(files) == sorted(set(files)) and len(files) == 30
    assert [len(batch.sources) for batch in batches if isinstance(batch.sources[0], FileSource)] == [8, 6, 4, 4, 4, 4]   # 30 left / (2 × 2 workers) = 8, 22 / 4 = 6, …
