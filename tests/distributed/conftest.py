"""A corpus of a few dozen short articles, its one-machine build, and a Dask cluster to build it on."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """28 articles (24 JSONL lines, 2 more JSONL lines, 2 text files) and two bad inputs."""
    folder = tmp_path_factory.mktemp("corpus")
    news = (DATA / "distributed" / "news.jsonl").read_text(encoding="utf-8")
    (folder / "news.jsonl").write_text(news + "{not json\n", encoding="utf-8")
    for name in ("csto.txt", "iran.txt"):
        shutil.copy(DATA / "corpus" / name, folder / name)
    shutil.copy(DATA / "corpus" / "news.jsonl", folder / "more.jsonl")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def one_machine(corpus, tmp_path_factory) -> Path:
    """`kg build -w 1` of the corpus: OUT/graph.trig, OUT/facts.tsv and the store OUT/store."""
    out = tmp_path_factory.mktemp("one-machine")
    result = CliRunner().invoke(main, ["build", str(corpus), "-w", "1", "-o", str(out), "--store",
                                       str(out / "store"), "--no-picture"])
    assert result.exit_code == 1 and "skipped: 2" in result.stdout, result.output   # the two bad inputs
    return out


@pytest.fixture(scope="session")
def cluster():
    """Two Dask worker processes on this machine, each loading the models once, with kg's worker
    settings (kg.distributed.cluster.worker_settings), as a real `--cluster local:2` run does."""
    from dask.distributed import LocalCluster

    from kg.distributed.cluster import worker_settings

    with worker_settings(), LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0") as local:
        yield local


@pytest.fixture(scope="session")
def built(corpus, cluster, tmp_path_factory):
    """The corpus built on the cluster in batches of 3 files (JSONL: ranges of about 3 lines),
    straight into a store, and merged into one TriG file by `kg load`: (folder, build's result)."""
    out = tmp_path_factory.mktemp("dask")
    result = kg("build", corpus, "--scheduler", cluster.scheduler_address, "-o", out / "shards", "--batch-size", 3,
                "--store", out / "store")
    loaded = kg("load", out / "shards", "-o", out / "merged.trig")
    assert loaded.exit_code == 0, loaded.output
    return out, result


def kg(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def quads_of(path: Path) -> set[ox.Quad]:
    """The quads of an RDF file, or of a store directory."""
    if path.is_dir():
        with Store.open(path, read_only=True) as store:
            return set(store.oxigraph)
    return set(ox.parse(path=str(path)))
