"""A build on Dask against the one-machine build, on the same articles in one invocation.

    python benchmarks/distributed.py [--nerel DIR] [--articles 2000] [--workers 2]
                                     [--out benchmarks/results/distributed.json]

Articles are NEREL texts (train, then dev), each text used again as often as needed with a
numbered first line ("Выпуск 2.") so every copy is a new article. Runs, each a `kg` process:
`kg build -w N -o` (graph.ttl, graph.trig, facts.tsv), `kg build --cluster local:N -o` (shards
and manifest; the workers' start and model loading included), `kg load SHARDS -o merged.nq`
(the merge), `kg load SHARDS --store` (the merge through Oxigraph's bulk loader), and a rerun
of the Dask build (nothing left to do: the price of the manifest). The merged graph is checked
to be quad for quad the one-machine graph (`same_graph`). On an idle 2-core machine 2,000
articles take about 25 minutes in all (60 articles, shared machine: 11 minutes).
The machine is shared, so the load average is recorded before and after every run, and so is
the CPU time of each run (user + system of the kg process and every process it started and
waited for: pool workers, Dask's nanny-started workers; read as well by polling the process tree
every half second, for the pool workers nobody waits for): on a busy machine wall time measures
the neighbours, CPU time still measures kg. From the articles per CPU-second of the Dask run
(what one dedicated core delivers) comes an estimate of the hours 10^7 articles take on N
cores, for N in ESTIMATE_CORES (assuming workers scale linearly, as batches share nothing).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.distributed.plan import DEFAULT_BATCH_SIZE
from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_NEREL = NEREL
CORPUS_SIZE = 10**7
ESTIMATE_CORES = (2, 16, 64, 256, 1024)


def write_corpus(nerel: Path, count: int, target: Path) -> int:
    """`count` articles as .txt files in `target`; returns their total size in bytes."""
    texts = sorted((nerel / "train").glob("*.txt")) + sorted((nerel / "dev").glob("*.txt"))
    if not texts:
        sys.exit(f"no NEREL texts under {nerel}/train or {nerel}/dev")
    size = 0
    for index in range(count):
        copy, source = divmod(index, len(texts))
        text = texts[source].read_text(encoding="utf-8")
        body = f"Выпуск {copy + 1}.\n\n{text}" if copy else text
        (target / f"{index:05d}.txt").write_text(body, encoding="utf-8")
        size += len(body.encode("utf-8"))
    return size


def timed(command: list[str]) -> dict:
    """Wall and CPU seconds of one command, with the load average (1 min) before and after."""
    before = os.getloadavg()[0]
    cpu_before = _children_cpu()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        polled = _poll_tree_cpu(process)
        seconds = time.perf_counter() - start
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    # the larger of two lower bounds: getrusage counts only descendants that were waited for (not
    # the pool workers of `kg build -w N`, children of a fork server nobody waits for); polling
    # misses each process's last POLL seconds
    cpu = max(_children_cpu() - cpu_before, polled)
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stdout[-1000:]}{stderr[-2000:]}")
    return {"seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1), "load_before": round(before, 2), "load_after": round(os.getloadavg()[0], 2),
            "summary": stdout.strip().splitlines()[:6]}


POLL = 0.5   # seconds between samples of the process tree's CPU times


def _poll_tree_cpu(process: subprocess.Popen) -> float:
    """Wait for `process`; the CPU seconds of it and all its descendants, last seen alive."""
    import psutil

    root, last_seen = psutil.Process(process.pid), {}
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            tree = []
        for member in tree:
            try:
                times = member.cpu_times()
                last_seen[member.pid] = times.user + times.system
            except psutil.NoSuchProcess:
                pass
        time.sleep(POLL)
    return sum(last_seen.values())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def quads(path: Path) -> set:
    import pyoxigraph as ox
    return set(ox.parse(path=str(path)))


def estimate(per_core: float) -> dict[str, float]:
    """Hours for CORPUS_SIZE articles on N cores at `per_core` articles per second per core."""
    return {f"{cores}_cores": round(CORPUS_SIZE / (per_core * cores) / 3600, 1) for cores in ESTIMATE_CORES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=DEFAULT_NEREL)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/distributed.json"))
    options = parser.parse_args()
    kg, n = [sys.executable, "-m", "kg"], str(options.workers)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch, "corpus")
        corpus.mkdir()
        size = write_corpus(options.nerel, options.articles, corpus)
        runs = {
            "kg_build_one_machine": timed(kg + ["build", str(corpus), "-w", n, "-o", f"{scratch}/one", "--no-picture"]),
            "kg_build_dask": timed(kg + ["build", str(corpus), "--cluster", f"local:{n}", "-o", f"{scratch}/shards"]),
            "kg_load_merge": timed(kg + ["load", f"{scratch}/shards", "-o", f"{scratch}/merged.nq"]),
            "kg_load_store": timed(kg + ["load", f"{scratch}/shards", "--store", f"{scratch}/store"]),
            "kg_build_dask_rerun": timed(kg + ["build", str(corpus), "--cluster", f"local:{n}", "-o", f"{scratch}/shards"]),
        }
        same = quads(Path(scratch, "merged.nq")) == quads(Path(scratch, "one", "graph.trig"))
    one, dask = runs["kg_build_one_machine"]["seconds"], runs["kg_build_dask"]["seconds"]
    one_cpu, dask_cpu = runs["kg_build_one_machine"]["cpu_seconds"], runs["kg_build_dask"]["cpu_seconds"]
    per_core = options.articles / dask_cpu   # articles per CPU-second: what a dedicated core does
    report = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}, shared with other jobs",
        "articles": options.articles, "bytes": size, "workers": options.workers,
        "dask_batch_size": DEFAULT_BATCH_SIZE, "runs": runs, "same_graph": same,
        "dask_over_one_machine": round(dask / one, 3),
        "dask_and_merge_over_one_machine": round((dask + runs["kg_load_merge"]["seconds"]) / one, 3),
        "dask_cpu_over_one_machine_cpu": round(dask_cpu / one_cpu, 3),
        "articles_per_second_wall_per_core": round(options.articles / dask / options.workers, 3),
        "articles_per_cpu_second": round(per_core, 2),
        "hours_for_10M_articles": estimate(per_core),
    }
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
