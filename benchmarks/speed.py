"""Throughput and peak memory of `kg build` on NEREL train texts, against natasha's NLP alone.

    python benchmarks/speed.py [--nerel DIR] [--articles 500] [--out benchmarks/results/speed.json]

Four runs on the same articles, each in its own process, in one invocation: natasha's bare
pipeline (segment, morphology, syntax, NER, lemmas: what kg's NLP layer wraps) as is and held to
one BLAS thread (as kg holds each of its processes), `kg build` with
one worker, and `kg build` with all cores. Wall time includes model loading and writing the
graph, as a user sees it. Peak memory is the largest resident set of any process of the run.
Prints and writes one JSON object; the ratios compare articles per second with natasha's, and
CPU seconds for one worker (see `cpu_ratio_to_natasha` in main for what they leave out).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import razdel

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_NEREL = str(NEREL / "train")

NATASHA_ONLY = """
import sys
from pathlib import Path
from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
segmenter, vocab, embedding = Segmenter(), MorphVocab(), NewsEmbedding()
morph, syntax, ner = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    doc = Doc(path.read_text(encoding="utf-8"))
    doc.segment(segmenter); doc.tag_morph(morph); doc.parse_syntax(syntax); doc.tag_ner(ner)
    for token in doc.tokens:
        token.lemmatize(vocab)
"""


def copy_corpus(nerel: Path, count: int, target: Path) -> tuple[int, int]:
    """Copy the first `count` texts (by name) into `target`; return (articles, razdel tokens)."""
    paths = sorted(nerel.glob("*.txt"))[:count]
    if len(paths) < count:
        sys.exit(f"{nerel} holds only {len(paths)} texts, {count} asked")
    tokens = 0
    for path in paths:
        shutil.copy(path, target / path.name)
        tokens += sum(1 for _ in razdel.tokenize(path.read_text(encoding="utf-8")))
    return len(paths), tokens


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


ONE_BLAS_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}


def timed(command: list[str], output: Path | None = None, env: dict | None = None) -> dict:
    """Wall seconds, CPU seconds (user + sys of the command's processes: what still means
    something on a machine others load) and peak RSS (MB, the largest process among the children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start, cpu = time.perf_counter(), children_cpu()
    completed = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})})
    seconds, cpu = time.perf_counter() - start, children_cpu() - cpu
    if completed.returncode != 0 or (output and not output.exists()):
        sys.exit(f"{' '.join(command)} failed:\n{completed.stdout[-1000:]}{completed.stderr[-2000:]}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(peak, 1),
            "load_average": round(os.getloadavg()[0], 1)}


def rates(run: dict, articles: int, tokens: int) -> dict:
    return {**run, "articles_per_second": round(articles / run["seconds"], 2),
            "tokens_per_second": round(tokens / run["seconds"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=Path(DEFAULT_NEREL))
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/speed.json"))
    options = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    kg = [sys.executable, "-m", "kg"]
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch, "corpus")
        corpus.mkdir()
        articles, tokens = copy_corpus(options.nerel, options.articles, corpus)
        runs = {
            "natasha_nlp_only": timed([sys.executable, "-c", NATASHA_ONLY, str(corpus)]),
            # the same script held to one BLAS thread, as kg holds each of its processes: the peer of
            # `-w 1` on the same share of the machine (the bare script uses every core for BLAS)
            "natasha_nlp_only_one_blas_thread": timed([sys.executable, "-c", NATASHA_ONLY, str(corpus)],
                                                      env=ONE_BLAS_THREAD),
            "kg_build_1_worker": timed(kg + ["build", str(corpus), "-o", f"{scratch}/o1", "-w", "1"],
                                       Path(scratch, "o1", "graph.ttl")),
            f"kg_build_{cores}_workers": timed(kg + ["build", str(corpus), "-o", f"{scratch}/o2", "-w", str(cores)],
                                               Path(scratch, "o2", "graph.ttl")),
        }
    runs = {name: rates(run, articles, tokens) for name, run in runs.items()}
    base = runs["natasha_nlp_only"]["articles_per_second"]
    cpu_base = runs["natasha_nlp_only"]["cpu_seconds"]
    report = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {cores} cores, "
        f"{platform.python_implementation()} {platform.python_version()}",
        "articles": articles, "tokens": tokens, "runs": runs,
        "ratio_to_natasha": {name: round(run["articles_per_second"] / base, 3) for name, run in runs.items()},
        "ratio_to_natasha_one_blas_thread": {
            name: round(run["articles_per_second"] / runs["natasha_nlp_only_one_blas_thread"]["articles_per_second"], 3)
            for name, run in runs.items()},
        # natasha's CPU seconds over kg's -w 1 for the same articles (1.0 = as cheap as natasha). Not
        # for more workers: pool processes that exit unwaited-for are missing from RUSAGE_CHILDREN.
        # natasha's bare script lets OpenBLAS use every core (kg limits it to one per process), so
        # on a loaded machine its CPU seconds include the BLAS threads' spinning.
        "cpu_ratio_to_natasha": {name: round(cpu_base / runs[name]["cpu_seconds"], 3)
                                 for name in ("natasha_nlp_only", "kg_build_1_worker")},
    }
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
