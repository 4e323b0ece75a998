"""Measured accuracy of kg against NEREL v1.1 (dev split by default).

    python benchmarks/accuracy.py [--gold DIR] [--out FILE] [--errors FILE] [--limit N] [--lenient]
                                  [--no-learned] [--min-confidence X]

Prints the table and writes the numbers as JSON (what the README's accuracy section quotes).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kg.eval import as_dict, evaluate, format_table, write_errors
from kg.pipeline import Pipeline

DEFAULT_GOLD = "/work/shared/data/nerel/dev"
DEFAULT_OUT = Path(__file__).parent / "results" / "accuracy.json"


def main() -> None:
    args = _parser().parse_args()
    pipeline = Pipeline(learned=args.learned, min_confidence=args.min_confidence)
    started = time.perf_counter()
    result = evaluate(args.gold, pipeline.process_text, limit=args.limit, lenient=args.lenient)
    seconds = time.perf_counter() - started
    print(format_table(result))
    data = {**as_dict(result), "seconds": round(seconds, 1), "learned": args.learned,
            "min_confidence": args.min_confidence}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out} ({seconds:.0f} s)")
    if args.errors:
        print(f"wrote {write_errors(args.errors, result.mistakes)}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=DEFAULT_GOLD, help="brat directory (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON numbers (default: %(default)s)")
    parser.add_argument("--errors", type=Path, help="also list every FP/FN here (.tsv or .jsonl)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--lenient", action="store_true", help="count overlapping spans as matches")
    parser.add_argument("--no-learned", dest="learned", action="store_false",
                        help="rules only: leave the learned models (kg.learn) out")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="drop less confident facts")
    return parser


if __name__ == "__main__":
    main()
