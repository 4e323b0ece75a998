"""What the learned models cost per article: CPU time and peak memory, with and without them.

    python benchmarks/learned_cost.py [--gold DIR] [--articles 94] [--rounds 3] [--out FILE]

Each variant runs in its own process over the same NEREL texts (Pipeline.process, as `kg build`
and `kg eval` call it), with one BLAS thread as `kg build` has (kg.pipeline: a second OpenBLAS
thread spinning on a busy machine multiplied the NLP's CPU time, which hid the models' share:
+5% measured so, +54% with `kg build -w 1` itself), and with the garbage collector's thresholds
`kg build` sets (kg.pipeline.collect_less: under Python's defaults, full collections walking what
the models keep for the whole process were a fifth of the models' cost on 94 articles, far more
than in `kg build`; each run reports its thresholds). CPU seconds (not wall time) are counted after
the models are loaded, so other processes on a shared machine do not change the numbers much;
peak RSS is the process's. The variants alternate for `--rounds` rounds and each keeps its least
CPU time: on a shared machine, other processes only ever add to a round's time.

The same comparison through the command itself (100 NEREL train texts copied to DIR):

    /usr/bin/time -v kg build DIR -w 1 --no-learned -o OUT1
    /usr/bin/time -v kg build DIR -w 1 -o OUT2
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_GOLD = str(NEREL / "dev")
DEFAULT_OUT = Path(__file__).parent / "results" / "learned_cost.json"

RUN = """
import gc, json, resource, sys, time
from pathlib import Path
import numpy
from threadpoolctl import threadpool_limits
from kg.pipeline import Pipeline, collect_less
threadpool_limits(limits=1, user_api="blas")
collect_less()
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[:int(sys.argv[2])]
started = time.process_time()
pipeline = Pipeline(learned=sys.argv[3] == "learned")
pipeline.process_text(paths[0].read_text(encoding="utf-8"))   # loads every model
loaded = time.process_time()
for path in paths:
    pipeline.process_text(path.read_text(encoding="utf-8"))
done = time.process_time()
print(json.dumps({"load_cpu_seconds": round(loaded - started, 2),
                  "cpu_seconds_per_article": round((done - loaded) / len(paths), 4),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "gc_thresholds": gc.get_threshold()}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=DEFAULT_GOLD)
    parser.add_argument("--articles", type=int, default=94)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of each variant (the least counts)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rounds: dict[str, list[dict]] = {"rules_only": [], "learned": []}
    for _ in range(args.rounds):
        for variant, results in rounds.items():
            output = subprocess.run([sys.executable, "-c", RUN, args.gold, str(args.articles), variant],
                                    capture_output=True, text=True, check=True).stdout
            results.append(json.loads(output.strip().splitlines()[-1]))
    runs = {variant: min(results, key=lambda run: run["cpu_seconds_per_article"]) for variant, results in rounds.items()}
    rules, learned = runs["rules_only"], runs["learned"]
    report = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, "
              f"{platform.python_implementation()} {platform.python_version()}",
              "load": [round(x, 1) for x in os.getloadavg()], "articles": args.articles, "rounds": args.rounds,
              "runs": runs, "cpu_seconds_per_article_by_round": {
                  variant: [run["cpu_seconds_per_article"] for run in results] for variant, results in rounds.items()},
              "time_ratio": round(learned["cpu_seconds_per_article"] / rules["cpu_seconds_per_article"], 3),
              "extra_peak_rss_mb": round(learned["peak_rss_mb"] - rules["peak_rss_mb"], 1)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
