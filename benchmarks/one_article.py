"""One article, whole process: `kg build` of the demo article against natasha's own pipeline.

    python benchmarks/one_article.py [--article FILE] [--runs 5] [--baseline SRC] [--with-picture] [--out benchmarks/results/one_article.json]

Each run starts a fresh Python process, as a user's command does: natasha's bare pipeline
(load the models, segment, morphology, syntax, NER, lemmas) and `kg build ARTICLE -o DIR`
(graph.ttl, graph.trig, facts.tsv; the picture is drawn on request, as the README's first command asks),
alternating so both see the same load on a shared machine. Reports the median wall seconds and
CPU seconds (user + sys of the child) of each, and their ratios. --with-picture also times
`kg build --picture` in the same rounds.
--baseline SRC adds a third command, `kg build` of another checkout of kg (e.g. `git archive main`
unpacked in SRC, run with PYTHONPATH=SRC), timed in the same rounds: before/after side by side.
Before timing, kg's modules (and the baseline's) are byte-compiled as pip compiles an installed
package, natasha's included: an editable install run with PYTHONDONTWRITEBYTECODE=1 (as on the
shared machine) would otherwise compile every kg module from source in every run (0.3-0.5 s of
CPU that natasha's side never pays). --from-source skips that, to see the cost.
"""
from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "ru" / "sco-security-council-2024-04-03.txt"

NATASHA_ONLY = """
import sys
from pathlib import Path
from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
segmenter, vocab, embedding = Segmenter(), MorphVocab(), NewsEmbedding()
morph, syntax, ner = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)
doc = Doc(Path(sys.argv[1]).read_text(encoding="utf-8"))
doc.segment(segmenter); doc.tag_morph(morph); doc.parse_syntax(syntax); doc.tag_ner(ner)
for token in doc.tokens:
    token.lemmatize(vocab)
"""


def timed(command: list[str], env: dict | None = None, cwd: str | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + sys) of one child process (run in `cwd`: not the repository,
    whose kg/ would shadow a --baseline checkout on the path)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    if completed.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{completed.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=ARTICLE, help="(made absolute)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, default=None, help="another kg checkout to time alongside")
    parser.add_argument("--with-picture", action="store_true", help="also time `kg build --picture`")
    parser.add_argument("--from-source", action="store_true", help="do not byte-compile kg before timing")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/one_article.json"))
    options = parser.parse_args()
    options.article = options.article.resolve()
    if not options.from_source:
        kg_package = Path(importlib.util.find_spec("kg").origin).parent   # the kg `python -m kg` runs
        for source in (kg_package, *([options.baseline / "kg"] if options.baseline else [])):
            compileall.compile_dir(source, quiet=1)   # writes __pycache__ even when the variable is set
    commands = {"natasha": [sys.executable, "-c", NATASHA_ONLY, str(options.article)]}
    envs = {name: None for name in ("natasha", "kg_build", "kg_build_picture", "kg_build_baseline")}
    if options.baseline:
        envs["kg_build_baseline"] = {**os.environ, "PYTHONPATH": str(options.baseline.resolve())}
    with tempfile.TemporaryDirectory() as scratch:
        commands["kg_build"] = [sys.executable, "-m", "kg", "build", str(options.article), "-o", scratch]
        if options.with_picture:
            commands["kg_build_picture"] = [*commands["kg_build"][:-1], scratch + "/picture", "--picture"]
        if options.baseline:
            commands["kg_build_baseline"] = [*commands["kg_build"][:-1], scratch + "/baseline"]
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, command in commands.items():
                times[name].append(timed(command, envs[name], scratch))
    runs = {name: {"wall_seconds": round(statistics.median(w for w, _ in pairs), 2),
                   "cpu_seconds": round(statistics.median(c for _, c in pairs), 2)} for name, pairs in times.items()}
    report = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores, "
        f"{platform.python_implementation()} {platform.python_version()}", "load_average": os.getloadavg()[0],
        "article": options.article.name, "runs": options.runs, "byte_compiled": not options.from_source, "median": runs,
        "ratio": {kind: round(runs["kg_build"][kind] / runs["natasha"][kind], 2) for kind in ("wall_seconds", "cpu_seconds")},
    }
    if options.with_picture:
        report["ratio_picture"] = {kind: round(runs["kg_build_picture"][kind] / runs["natasha"][kind], 2)
                                   for kind in ("wall_seconds", "cpu_seconds")}
    if options.baseline:
        report["ratio_baseline"] = {kind: round(runs["kg_build_baseline"][kind] / runs["natasha"][kind], 2)
                                    for kind in ("wall_seconds", "cpu_seconds")}
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
