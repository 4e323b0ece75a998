"""Growth of `kg build`: time and peak memory on 100, 1,000, 5,000 NEREL train texts.

    python benchmarks/growth.py                        # sizes 100 1000 5000, one worker
    python benchmarks/growth.py --sizes 100 1000       # some sizes; the others stay as measured
    python benchmarks/growth.py --sizes 5000 --again   # measure a size again
    python benchmarks/growth.py --sizes 100 500 1000 --workers 2   # the parallel build, three sizes

Each size is one `kg build -w 1 --no-picture` process over the first N texts (NEREL train holds
746: beyond that the texts come round again, each copy opened by a line "Копия K." so that it is
a new article; its entities are the same, its facts new). The results file keeps every size
measured so far and is written after each size: an interrupted run resumes where it stopped.

Besides wall and CPU seconds and the process's own peak resident memory (VmHWM), the build
process counts the NLP documents alive (spaCy and natasha Docs) after the `--every`-th article and
then at doubling gaps (after 25, 50, 100, 200, … articles; the count is made in the build's own
thread, between articles): the pipeline must hold no article's Docs once the article is done, so
the count stays at the few the next article needs. The check fails (exit 1) if more than
MAX_LIVE_DOCS are ever alive. A count collects garbage and walks every object of the process, so
its cost grows with the graph held: counted every 25 articles, the counts took 16 of 75 CPU
seconds at 500 articles and grew with the square of the corpus (session 13); at doubling gaps
they cost at most about twice the last one, and their CPU seconds are reported apart
(`count_cpu_seconds`, included in `cpu_seconds`). Memory beyond the models should grow with the
graph only.
With three sizes or more it also fails if growth is not linear: CPU seconds or megabytes per
added article rising by more than LINEAR_SPREAD from an earlier step to a later one.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)

MAX_LIVE_DOCS = 2   # counted between articles, where none should be left (room for a cached last one)
# Runs `kg build` in this process, counting live NLP documents between articles (Pipeline.process
# wrapped); prints its findings as the last line of stderr.
PROBE = """
import gc, json, re, sys, time
import natasha, spacy.tokens
sys.path.append(sys.argv.pop(1))   # benchmarks/, last: its distributed.py must not hide Dask's
from growth import count_due
from kg import pipeline
from kg.cli import main
kinds, every = (spacy.tokens.Doc, natasha.Doc), int(sys.argv[1])
seen = {"articles": 0, "most": 0, "cpu": 0.0}
process = pipeline.Pipeline.process

def live_docs():
    started = time.process_time()
    gc.collect()   # garbage waiting for the collector is not held by anyone
    count = sum(1 for thing in gc.get_objects() if isinstance(thing, kinds))
    seen["cpu"] += time.process_time() - started
    return count

def counted(self, article):
    result = process(self, article)
    seen["articles"] += 1
    if count_due(seen["articles"], every):
        seen["most"] = max(seen["most"], live_docs())
    return result

pipeline.Pipeline.process = counted
try:
    main(sys.argv[2:])
except SystemExit as exit:
    code = exit.code
hwm = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1]) / 1024
print(json.dumps({"max_live_docs": seen["most"], "at_end": live_docs(), "peak_rss_mb": round(hwm, 1),
                  "exit": code, "articles_seen": seen["articles"], "count_cpu_seconds": round(seen["cpu"], 2)}),
      file=sys.stderr)
"""


def count_due(articles: int, every: int) -> bool:
    """Whether the probe counts live Docs after its `articles`-th article: after the `every`-th,
    then at doubling gaps (every, 2·every, 4·every, …). A count walks every object of the
    process, so its cost grows with the graph held: at fixed gaps the counts would cost the square
    of the corpus, at doubling gaps at most about twice the last count."""
    if articles <= 0 or articles % every:
        return False
    multiple = articles // every
    return multiple & (multiple - 1) == 0   # a power of two


def make_corpus(nerel: Path, size: int, target: Path) -> int:
    """The first `size` texts into `target`, going round again past the end; returns distinct texts."""
    texts = sorted(nerel.glob("*.txt"))
    if not texts:
        sys.exit(f"{nerel}: no NEREL texts (*.txt); give --nerel DIR")
    for number in range(size):
        source = texts[number % len(texts)]
        copy = number // len(texts)
        text = source.read_text(encoding="utf-8")
        header = f"Копия {copy}.\n\n" if copy else ""
        (target / f"{number:05d}_{source.name}").write_text(header + text, encoding="utf-8")
    return min(size, len(texts))


def measure(size: int, nerel: Path, workers: int, every: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-growth-") as scratch:
        corpus, out = Path(scratch, "corpus"), Path(scratch, "out")
        corpus.mkdir()
        distinct = make_corpus(nerel, size, corpus)
        command = [sys.executable, "-c", PROBE, str(Path(__file__).resolve().parent), str(every),
                   "build", str(corpus), "-o", str(out), "-w", str(workers), "--no-picture"]
        before, start = os.times(), time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        seconds, after = time.perf_counter() - start, os.times()
        probe = json.loads(done.stderr.strip().splitlines()[-1]) if done.stderr.strip() else {}
        if probe.get("exit") not in (0, None) or not (out / "graph.trig").is_file():
            sys.exit(f"kg build of {size} texts failed:\n{done.stdout[-1000:]}{done.stderr[-2000:]}")
        quads = count_quads(out / "graph.trig")
    cpu = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    return {"articles": size, "distinct_texts": distinct, "workers": workers, "seconds": round(seconds, 1),
            "cpu_seconds": round(cpu, 1), "cpu_seconds_per_article": round(cpu / size, 3),
            "peak_rss_mb": probe["peak_rss_mb"], "quads": quads,
            "max_live_docs": probe["max_live_docs"] if workers == 1 else None,
            "count_cpu_seconds": probe["count_cpu_seconds"] if workers == 1 else None,
            "load_average": round(os.getloadavg()[0], 1)}


def count_quads(path: Path) -> int:
    import pyoxigraph as ox
    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TRIG))


def growth(results: dict) -> dict:
    """Per-article cost between the smallest and the largest size (CPU and memory), and between
    each two neighbouring sizes: growth is linear when those steps cost the same per article."""
    sizes = sorted(int(size) for size in results)
    if len(sizes) < 2:
        return {}
    steps = [_step(results[str(low)], results[str(high)]) for low, high in zip(sizes, sizes[1:])]
    return {**_step(results[str(sizes[0])], results[str(sizes[-1])]), "steps": steps, **linearity(steps)}


def _step(low: dict, high: dict) -> dict:
    extra = high["articles"] - low["articles"]
    return {"from": low["articles"], "to": high["articles"],
            "cpu_seconds_per_article": round((high["cpu_seconds"] - low["cpu_seconds"]) / extra, 3),
            "mb_per_1000_articles": round((high["peak_rss_mb"] - low["peak_rss_mb"]) / extra * 1000, 1),
            "mb_per_100k_quads": round((high["peak_rss_mb"] - low["peak_rss_mb"])
                                       / max(high["quads"] - low["quads"], 1) * 100_000, 1)}


LINEAR_SPREAD = 1.5   # a later step per article at most this many times an earlier one


def linearity(steps: list[dict]) -> dict:
    """Whether CPU and memory per added article do not grow over the steps: no later step costs more
    than LINEAR_SPREAD times an earlier one (a cost that grows faster than the corpus shows as steps
    costing more and more). A cost per article that falls is no failure: past NEREL's 746 texts the
    copies name no new entity, so memory per article drops. None with one step. Memory steps below
    50 MB per 1,000 articles count as flat (allocator noise)."""
    if len(steps) < 2:
        return {"linear": None}
    cpu = [step["cpu_seconds_per_article"] for step in steps]
    memory = [max(step["mb_per_1000_articles"], 50.0) for step in steps]
    spread = {"cpu": _rise(cpu), "memory": _rise(memory)}
    return {"spread": spread, "linear": all(value <= LINEAR_SPREAD for value in spread.values())}


def _rise(costs: list[float]) -> float:
    """The most a later step costs per article against an earlier one (1.0 when none costs more)."""
    return round(max([later / max(earlier, 1e-9) for i, earlier in enumerate(costs) for later in costs[i + 1:]]
                     + [1.0]), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=NEREL / "train")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--workers", type=int, default=1, help="live Docs are counted with 1 worker only")
    parser.add_argument("--again", action="store_true", help="measure sizes already in the results file again")
    parser.add_argument("--every", type=int, default=25,
                        help="count live Docs after the N-th article, then at doubling gaps")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/growth.json"))
    options = parser.parse_args()
    report = json.loads(options.out.read_text(encoding="utf-8")) if options.out.is_file() else {}
    results = report.get("sizes", {})
    for size in sorted(options.sizes):
        if str(size) in results and not options.again:
            print(f"{size}: measured already (--again to redo)", file=sys.stderr)
            continue
        results[str(size)] = measure(size, options.nerel, options.workers, options.every)
        print(json.dumps(results[str(size)], ensure_ascii=False), file=sys.stderr)
        report = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, "
                  f"{len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}",
                  "sizes": dict(sorted(results.items(), key=lambda item: int(item[0]))),
                  "growth": growth(results)}
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(report)
    if report.get("growth", {}).get("linear") is False:
        sys.exit(f"FAIL: the cost per added article grows with the corpus: {report['growth']['spread']}")
    held = [r for r in results.values() if (r.get("max_live_docs") or 0) > MAX_LIVE_DOCS]
    if held:
        sys.exit(f"FAIL: up to {max(r['max_live_docs'] for r in held)} NLP Docs alive at once "
                 f"(at most {MAX_LIVE_DOCS} expected): something holds every article's Docs")


def print_table(report: dict) -> None:
    print(f"{'articles':>8} {'wall s':>8} {'CPU s':>8} {'CPU s/art':>9} {'peak MB':>8} {'quads':>9} {'live Docs':>9}")
    for row in report.get("sizes", {}).values():
        print(f"{row['articles']:8} {row['seconds']:8.1f} {row['cpu_seconds']:8.1f} {row['cpu_seconds_per_article']:9.3f}"
              f" {row['peak_rss_mb']:8.0f} {row['quads']:9} {str(row['max_live_docs']):>9}")
    if report.get("growth"):
        print("growth:", json.dumps(report["growth"]))
        print("linear:", report["growth"]["linear"])


if __name__ == "__main__":
    main()
