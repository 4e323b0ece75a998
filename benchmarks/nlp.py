"""Speed and memory of kg's NLP layer against natasha's own pipeline, on the same NEREL texts.

    python benchmarks/nlp.py [--nerel DIR] [--tokens 50000] [--rounds 2]

Each measurement runs in a fresh subprocess (so peak RSS is that pipeline's alone), with numpy
limited to one thread; rounds alternate natasha / kg and the fastest round of each counts. The
ratio uses CPU time, which other jobs on a shared machine disturb far less than wall time.
Model loading is timed separately and excluded from tokens per second. Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import razdel

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_NEREL = str(NEREL / "train")


def corpus(nerel: Path, tokens: int) -> list[str]:
    """NEREL texts in file-name order until they hold at least `tokens` razdel tokens."""
    texts, count = [], 0
    for path in sorted(nerel.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        count += sum(1 for _ in razdel.tokenize(text))
        if count >= tokens:
            break
    return texts


def natasha_runner():
    from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    segmenter, vocab, embedding = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)

    def run(text: str) -> int:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for token in doc.tokens:
            token.lemmatize(vocab)
        return len(doc.tokens)
    return run


def kg_runner():
    from kg import nlp
    from kg.types import Article
    language = nlp.load("ru")

    def run(text: str) -> int:
        article = Article(id="bench", text=text, original=text, offsets=tuple(range(len(text) + 1)))
        return sum(not token.is_space for token in language.parse(article))
    return run


THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
RUNNERS = {"natasha": natasha_runner, "kg": kg_runner}


def measure(pipeline: str, texts: list[str]) -> dict:
    started = time.perf_counter()
    run = RUNNERS[pipeline]()
    loaded = time.perf_counter()
    run(texts[0])                                   # warm-up: lazy initialisations
    began, began_cpu = time.perf_counter(), time.process_time()
    tokens = sum(run(text) for text in texts)
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - began_cpu
    return {"pipeline": pipeline, "load_seconds": round(loaded - started, 3), "tokens": tokens,
            "wall_seconds": round(seconds, 3), "cpu_seconds": round(cpu_seconds, 3),
            "tokens_per_cpu_second": round(tokens / cpu_seconds),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def in_subprocess(pipeline: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--worker", pipeline, "--nerel", str(args.nerel),
               "--tokens", str(args.tokens)]
    single_thread = {**os.environ, **{name: "1" for name in THREAD_VARIABLES}}
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True,
                                     env=single_thread).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=Path(DEFAULT_NEREL))
    parser.add_argument("--tokens", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--worker", choices=sorted(RUNNERS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, corpus(args.nerel, args.tokens))))
        return
    runs = [in_subprocess(name, args) for _ in range(args.rounds) for name in ("natasha", "kg")]
    best = {name: min((run for run in runs if run["pipeline"] == name), key=lambda run: run["cpu_seconds"])
            for name in ("natasha", "kg")}
    ratio = best["kg"]["cpu_seconds"] / best["natasha"]["cpu_seconds"]
    print(json.dumps({**best, "cpu_time_ratio_kg_over_natasha": round(ratio, 3),
                      "rss_ratio_kg_over_natasha": round(best["kg"]["peak_rss_mb"] / best["natasha"]["peak_rss_mb"], 3),
                      "rounds": args.rounds}, indent=2))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # run from a checkout
    main()
