"""Why `kg build -w 2` is not twice `-w 1`: CPU of the parent (serial) and of the workers, per run.

    python benchmarks/scaling.py [--nerel DIR] [--articles 100] [--baseline SRC] [--out benchmarks/results/scaling.json]

Runs `kg build -w 1` and `kg build -w 2` on the first N NEREL train texts, each in a fresh process
that reports its own CPU seconds (the parent: reading, receiving results, RDF, validation, writing,
the picture) and its workers' (NLP, extraction, resolution, model loading; with the fork server
that forks them, stopped at the end so its CPU is counted). Wall time on a shared
machine says little; CPU does: the speed-up two idle cores would give is
(CPU of -w 1) / (parent CPU of -w 2 + workers' CPU of -w 2 / 2). With --baseline SRC the same two
runs of another checkout of kg (PYTHONPATH=SRC) are timed in the same invocation.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)

# The command line of `kg build`, run in-process so the parent's CPU can be told from its workers'.
RUN = """
import resource, sys, time
from kg.cli import main
start = time.perf_counter()
try:
    main(sys.argv[1:])
except SystemExit as end:
    if end.code:
        raise
wall = time.perf_counter() - start
from multiprocessing import forkserver
if hasattr(forkserver._forkserver, "_stop"):   # the workers' parent: stopped and reaped, so its CPU counts
    forkserver._forkserver._stop()
me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print("SCALING", wall, me.ru_utime + me.ru_stime, workers.ru_utime + workers.ru_stime, file=sys.stderr)
"""


def run(corpus: Path, outdir: Path, workers: int, env: dict | None) -> dict:
    command = [sys.executable, "-c", RUN, "build", str(corpus), "-o", str(outdir), "-w", str(workers), "--no-picture"]
    completed = subprocess.run(command, capture_output=True, text=True, env=env, cwd=outdir.parent)
    line = next((line for line in completed.stderr.splitlines() if line.startswith("SCALING")), None)
    if completed.returncode != 0 or line is None:
        sys.exit(f"{' '.join(command)} failed:\n{completed.stderr[-2000:]}")
    wall, parent, children = map(float, line.split()[1:])
    return {"wall_seconds": round(wall, 2), "parent_cpu": round(parent, 2), "workers_cpu": round(children, 2)}


def compare(corpus: Path, scratch: Path, name: str, env: dict | None) -> dict:
    one = run(corpus, scratch / f"{name}-w1", 1, env)
    two = run(corpus, scratch / f"{name}-w2", 2, env)
    total_one = one["parent_cpu"] + one["workers_cpu"]
    ideal_two = two["parent_cpu"] + two["workers_cpu"] / 2
    return {"w1": one, "w2": two, "idle_speedup_w2_over_w1": round(total_one / ideal_two, 2),
            "measured_wall_speedup": round(one["wall_seconds"] / two["wall_seconds"], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=NEREL / "train")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--baseline", type=Path, default=None, help="another kg checkout to time alongside")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/scaling.json"))
    options = parser.parse_args()
    report = {"date": time.strftime("%Y-%m-%d"), "articles": options.articles,
              "load_average_start": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch, "corpus")
        corpus.mkdir()
        for path in sorted(options.nerel.glob("*.txt"))[:options.articles]:
            (corpus / path.name).write_bytes(path.read_bytes())
        report["kg"] = compare(corpus, Path(scratch), "kg", None)
        if options.baseline:
            env = {**os.environ, "PYTHONPATH": str(options.baseline.resolve())}
            report["baseline"] = compare(corpus, Path(scratch), "baseline", env)
    report["load_average_end"] = os.getloadavg()[0]
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
