"""Measured accuracy of kg: NEREL v1.1 (dev split by default) and the domain corpus (dev and test).

    python benchmarks/accuracy.py [--gold DIR] [--corpus DIR] [--part all|nerel|domain]
                                  [--out FILE] [--domain-out FILE] [--errors FILE] [--domain-errors FILE]
                                  [--limit N] [--lenient] [--workers N] [--no-learned] [--min-confidence X]
                                  [--models DIR]

Prints the tables and a summary, and writes the numbers as JSON (what the README's accuracy
section quotes). A part whose data is absent is skipped with a message. Only the domain dev split's
mistakes may be written (--domain-errors): test is measured, never read.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kg.eval import as_dict, evaluate, format_table, write_errors
from kg.eval import facts
from kg.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_GOLD = str(NEREL / "dev")
DEFAULT_CORPUS = REPO / "corpora" / "ru"
RESULTS = Path(__file__).parent / "results"
SPLITS = ("dev", "test")


def main() -> None:
    args = _parser().parse_args()
    suffix = "" if args.learned else "_rules_only"
    args.out = args.out or RESULTS / f"accuracy{suffix}.json"
    args.domain_out = args.domain_out or RESULTS / f"accuracy_domain{suffix}.json"
    summary = []
    if args.part in ("all", "nerel"):
        summary += _nerel(args)
    if args.part in ("all", "domain"):
        summary += _domain(args)
    if summary:
        print("\nmicro averages          P      R     F1")
        for name, counts in summary:
            print(f"{name:<20} {counts['precision']:6.3f} {counts['recall']:6.3f} {counts['f1']:6.3f}")


def _nerel(args) -> list[tuple[str, dict]]:
    if not Path(args.gold).is_dir():
        print(f"NEREL skipped: {args.gold} is not a directory (--gold DIR)")
        return []
    started = time.perf_counter()
    pipeline = Pipeline(learned=args.learned, min_confidence=args.min_confidence, models=args.models)
    result = evaluate(args.gold, pipeline.process_text, limit=args.limit, lenient=args.lenient)
    data = {**as_dict(result), "seconds": round(time.perf_counter() - started, 1), **_settings(args)}
    print(format_table(result))
    _write(args.out, data)
    if args.errors:
        print(f"wrote {write_errors(args.errors, result.mistakes)}")
    return [("NEREL relations", data["relations"]["micro"])]


def _domain(args) -> list[tuple[str, dict]]:
    splits = [split for split in SPLITS if (args.corpus / split / "gold.tsv").is_file()]
    if not splits:
        print(f"\ndomain corpus skipped: no {args.corpus}/dev/gold.tsv or test/gold.tsv (--corpus DIR)")
        return []
    data, summary = {"corpus": str(args.corpus), **_settings(args)}, []
    for split in splits:
        started = time.perf_counter()
        result = facts.evaluate_facts(args.corpus / split / "gold.tsv", args.corpus / split, workers=args.workers,
                                      learned=args.learned, min_confidence=args.min_confidence, models=args.models)
        data[split] = {**facts.as_dict(result), "seconds": round(time.perf_counter() - started, 1)}
        print(f"\n{facts.format_table(result)}")
        summary.append((f"domain {split} facts", data[split]["relations"]["micro"]))
        if split == "dev" and args.domain_errors:
            print(f"wrote {facts.write_errors(args.domain_errors, result.mistakes)}")
    _write(args.domain_out, data)
    return summary


def _settings(args) -> dict:
    return {"learned": args.learned, "min_confidence": args.min_confidence,
            **({"models": str(args.models)} if args.models else {})}


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=DEFAULT_GOLD, help="NEREL brat directory (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="domain corpus with dev/ and test/, each with gold.tsv (default: %(default)s)")
    parser.add_argument("--part", choices=("all", "nerel", "domain"), default="all")
    parser.add_argument("--out", type=Path, help="NEREL numbers (JSON; default: results/accuracy.json, "
                        "results/accuracy_rules_only.json with --no-learned)")
    parser.add_argument("--domain-out", type=Path, help="domain numbers (JSON; default: results/accuracy_domain.json, "
                        "results/accuracy_domain_rules_only.json with --no-learned)")
    parser.add_argument("--errors", type=Path, help="also list every NEREL FP/FN here (.tsv or .jsonl)")
    parser.add_argument("--domain-errors", type=Path, help="also list every domain dev miss and extra here")
    parser.add_argument("--limit", type=int, help="only the first N NEREL documents")
    parser.add_argument("--lenient", action="store_true", help="NEREL: count overlapping spans as matches")
    parser.add_argument("--workers", type=int, default=None, help="domain: worker processes (default: all cores)")
    parser.add_argument("--no-learned", dest="learned", action="store_false",
                        help="rules only: leave the learned models (kg.learn) out")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="drop less confident facts")
    parser.add_argument("--models", type=Path, help="a `kg train` model directory (default: the shipped models)")
    return parser


if __name__ == "__main__":
    main()
