"""Whole pipeline: parallel workers give the same graph as one process; bad files do not stop a run."""
import shutil

import pytest

import kg

TEXTS = {
    "iran.txt": "Иран стал полноправным членом Шанхайской организации сотрудничества. "
                "Об этом сообщил президент Ирана Масуд Пезешкиан.",
    "un.txt": "Генеральный секретарь ООН Антониу Гутерреш осудил нападение на миротворцев в Ливане.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, demo_article_path):
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(demo_article_path, folder / demo_article_path.name)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def turtle(knowledge: kg.KnowledgeGraph, path) -> bytes:
    return knowledge.serialize(path, "turtle").read_bytes()


def test_two_workers_build_the_same_graph_as_one(corpus, tmp_path):
    serial = kg.build(corpus, workers=1)
    parallel = kg.build(corpus, workers=2)
    assert len(serial.results) == len(parallel.results) == 3
    assert turtle(serial, tmp_path / "1.ttl") == turtle(parallel, tmp_path / "2.ttl")
    # the workers built and checked each article's graph; the parent assembled the same quads
    assert [part.checked for part in parallel.parts] == ["fast"] * 3
    assert parallel.serialize(tmp_path / "2.trig", "trig").read_bytes() == \
        kg.KnowledgeGraph(list(serial.results)).serialize(tmp_path / "whole.trig", "trig").read_bytes()


def test_a_bad_file_is_skipped_with_its_reason_and_the_rest_is_built(corpus):
    knowledge = kg.build(corpus, workers=1)
    [skipped] = knowledge.skipped
    assert skipped.source.endswith("empty.txt") and "empty" in skipped.reason
    assert knowledge.fact_count > 10


BLAS_THREADS = """
import sys
import kg.pipeline as pipeline
from threadpoolctl import threadpool_info
assert "numpy" not in sys.modules   # the parent of kg build -w N never loads it
with pipeline._one_blas_thread():
    import slovnet  # noqa: F401 - what parsing loads
    print(sorted({info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"}))
"""


def test_in_process_parsing_has_one_blas_thread_even_when_numpy_loads_late():
    """kg.pipeline imports the NLP stack lazily; the limit must still reach OpenBLAS (a second
    thread spins on the other core: twice the CPU of a -w 1 build, measured)."""
    import os
    import subprocess
    import sys

    env = {name: value for name, value in os.environ.items()
           if name not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", BLAS_THREADS], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[1]"


GC_THRESHOLDS_AFTER = """
import gc, sys
sys.path.insert(0, {root!r})
from kg import pipeline
from kg.cli import main
pipeline.Pipeline = lambda *args, **kwargs: None   # no models: the thresholds are the point
if {where!r} == "worker":
    pipeline._init_worker(None, False, 0.0, None, None)
elif {where!r} == "cli":
    main(["build", "--no-learned", "-o", {out!r}, {out!r}], standalone_mode=False)
print(gc.get_threshold())
"""


@pytest.mark.parametrize("where, collects_less", [("worker", True), ("cli", True), ("import", False)])
def test_workers_and_the_build_command_run_the_collector_less_often(tmp_path, where, collects_less):
    """A pool worker and `kg build`'s process set kg.pipeline.GC_THRESHOLDS (a full collection walks
    every object a build keeps); importing kg leaves a notebook's collector as it was."""
    import subprocess
    import sys
    from pathlib import Path

    from kg.pipeline import GC_THRESHOLDS

    script = GC_THRESHOLDS_AFTER.format(root=str(Path(kg.__file__).parents[1]), where=where, out=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert (out.strip().splitlines()[-1] == str(GC_THRESHOLDS)) is collects_less
