"""The learned models alone on NEREL v1.1 dev (exact spans, NEREL's own type names).

    python benchmarks/learned.py [--gold DIR] [--models DIR] [--out FILE] [--limit N] [--card]

Entities: the tagger's spans per type. Relations: the classifier over gold mentions ("gold
entities") and over the tagger's mentions ("end to end"). `--card` also records the scores in
the model directory's card.json. Never train or tune on what this prints.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kg import learn
from kg.eval.counts import Scores
from kg.train.corpus import read_examples
from kg.train.measure import measure

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_GOLD = str(NEREL / "dev")
DEFAULT_OUT = Path(__file__).parent / "results" / "learned.json"


def main() -> None:
    args = _parser().parse_args()
    models = learn.load(args.models)
    started = time.perf_counter()
    examples = list(read_examples(args.gold, models.tagger.types, limit=args.limit))
    scores = measure(examples, models.tagger, models.relations)
    seconds = time.perf_counter() - started
    data = {name: _as_dict(score) for name, score in scores.items()}
    for name, table in data.items():
        print(f"\n{name}")
        for type_name, row in table.items():
            print(f"  {type_name:22} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}  gold {row['gold']}")
    data = {"gold": str(args.gold), "documents": len(examples), "seconds": round(seconds, 1), **data}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out} ({seconds:.0f} s)")
    if args.card:
        _record(models.directory / "card.json", data)


def _as_dict(scores: Scores) -> dict:
    rows = {name: counts for name, counts in scores.per_type.items()}
    rows["micro"] = scores.micro
    return {name: {"p": round(c.precision, 3), "r": round(c.recall, 3), "f1": round(c.f1, 3),
                   "tp": c.tp, "fp": c.fp, "fn": c.fn, "gold": c.gold} for name, c in rows.items()}


def _record(card_path: Path, data: dict) -> None:
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["dev"] = {"corpus": Path(data["gold"]).name, "documents": data["documents"],
                   **{name: {t: row["f1"] for t, row in data[name].items()}
                      for name in ("entities", "gold_entities", "end_to_end")}}
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"recorded F1 in {card_path}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=DEFAULT_GOLD, help="brat directory (default: %(default)s)")
    parser.add_argument("--models", type=Path, default=None, help="model directory (default: the shipped one)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON numbers (default: %(default)s)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--card", action="store_true", help="record the F1 scores in the model card")
    return parser


if __name__ == "__main__":
    main()
