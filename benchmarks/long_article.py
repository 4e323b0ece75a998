"""Peak memory and time of `kg build` on one very long article, and what happens past the limit.

    python benchmarks/long_article.py [--nerel DIR] [--megabytes 2] [--out benchmarks/results/long_article.json]

The article is NEREL train texts glued together with blank lines (paragraph breaks) until it
has the asked number of UTF-8 megabytes: one file, one article. `kg build -w 1 --no-picture`
runs in its own process; its wall time and peak resident set (ru_maxrss of the child) are
recorded. A second run on a text ten times larger checks that it is refused at once by the
article size limit rather than processed.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_NEREL = str(NEREL / "train")


def glued_article(nerel: Path, size_bytes: int, target: Path) -> Path:
    texts = sorted(nerel.glob("*.txt"))
    parts, total, index = [], 0, 0
    while total < size_bytes:
        text = texts[index % len(texts)].read_text(encoding="utf-8").strip()
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        index += 1
    target.write_text("\n\n".join(parts), encoding="utf-8")
    return target


def timed_build(article: Path, out: Path) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(article), "-o", str(out), "-w", "1",
                          "--no-picture"], capture_output=True, text=True)
    seconds = time.monotonic() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"bytes": article.stat().st_size, "characters": len(article.read_text(encoding="utf-8")),
            "exit_status": run.returncode, "seconds": round(seconds, 1),
            "peak_rss_mb": round(peak_kb / 1024) if peak_kb > before else None,
            "summary": run.stdout.splitlines()[:4], "stderr": run.stderr.strip().splitlines()[-1:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=Path(DEFAULT_NEREL))
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/long_article.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        tmp = Path(tmp)
        long = timed_build(glued_article(args.nerel, int(args.megabytes * 1e6), tmp / "long.txt"), tmp / "out")
        huge = timed_build(glued_article(args.nerel, int(args.megabytes * 1e7), tmp / "huge.txt"), tmp / "out2")
    result = {"date": time.strftime("%Y-%m-%d"), "machine": platform.machine(), "python": platform.python_version(),
              "long_article": long, "ten_times_larger": huge}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
