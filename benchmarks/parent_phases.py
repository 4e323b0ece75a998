"""CPU and wall seconds of the parent process of `kg build -w N`, by phase, on NEREL train texts.

    python benchmarks/parent_phases.py [--nerel DIR] [--articles 150] [--workers 2] [--profile-tail FILE]
                                       [--out benchmarks/results/parent_phases.json]

The parent waits while the pool starts and the first article is processed, assembles each
article's graph as it arrives (kg.article_graphs.Assembly) while the workers make the next ones,
and after the last one validates the merged descriptions and writes the files: that tail runs
with the workers gone, one core idle on two. CPU seconds (`time.process_time`, every thread of
the parent, the pool's result handler among them) mean something on a machine others load; wall
seconds only on an idle one. `--profile-tail FILE` writes a cProfile (CPU clock) of the tail.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)


def clocks() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=NEREL / "train")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--profile-tail", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/parent_phases.json"))
    options = parser.parse_args()
    import kg
    from kg.cli import main as cli

    marks: dict[str, tuple[float, float]] = {}
    build, tail = kg.build, cProfile.Profile(time.process_time) if options.profile_tail else None

    def marked_build(*args, **kwargs):   # kg build's own call, with marks at each arrival
        progress = kwargs["progress"]

        def arrived(item):
            marks.setdefault("first part", clocks())
            marks["last part"] = clocks()
            progress(item)

        marks["start"] = clocks()
        knowledge = build(*args, **{**kwargs, "progress": arrived})
        if tail:
            tail.enable()
        return knowledge

    kg.build = marked_build
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch, "corpus")
        corpus.mkdir()
        for path in sorted(options.nerel.glob("*.txt"))[:options.articles]:
            (corpus / path.name).write_bytes(path.read_bytes())
        cli.main(["build", str(corpus), "-o", f"{scratch}/out", "-w", str(options.workers)], standalone_mode=False)
        marks["end"] = clocks()
    if tail:
        tail.disable()
        tail.dump_stats(options.profile_tail)
    spans = {"waiting for the first part": ("start", "first part"),
             "assembling parts as they arrive": ("first part", "last part"),
             "tail after the last part": ("last part", "end")}
    phases = {name: {"cpu_seconds": round(marks[b][0] - marks[a][0], 3), "wall_seconds": round(marks[b][1] - marks[a][1], 2)}
              for name, (a, b) in spans.items()}
    report = {"date": time.strftime("%Y-%m-%d"), "articles": options.articles, "workers": options.workers,
              "load_average": round(os.getloadavg()[0], 1), "parent": phases}
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":   # the pool's fork server imports this module: nothing may run then
    sys.exit(main())
