"""An `EvalResult` as an aligned plain-text table or as JSON."""
from __future__ import annotations

import json

from kg.eval.counts import Counts, Scores
from kg.eval.run import EvalResult

SECTIONS = (("Entities", "entities"), ("Relations", "relations"), ("Linking", "links"))
_HEADER = ("", "P", "R", "F1", "TP", "FP", "FN")


def format_table(result: EvalResult) -> str:
    """One block per task: a row per type, then micro and macro averages."""
    mode = "lenient (overlapping spans)" if result.lenient else "exact spans"
    lines = [f"NEREL evaluation of {result.documents} documents in {result.gold_dir}, {mode}"]
    for title, attribute in SECTIONS:
        lines += ["", *scores_block(title, getattr(result, attribute))]
    if result.problems:
        lines += ["", f"{len(result.problems)} gold annotation lines skipped (see warnings)"]
    if result.failures:
        lines += ["", f"{len(result.failures)} documents failed:", *result.failures]
    return "\n".join(lines)


def scores_block(title: str, scores: Scores) -> list[str]:
    """Aligned lines: a header, a row per type, micro and macro averages."""
    rows = [(f"  {name}", *_numbers(counts)) for name, counts in scores.per_type.items()]
    macro = scores.macro
    rows += [("  micro", *_numbers(scores.micro)),
             ("  macro", _percent(macro.precision), _percent(macro.recall), _percent(macro.f1),
              "", "", "")]
    return align((title, *_HEADER[1:]), rows)


def _numbers(counts: Counts) -> tuple[str, ...]:
    return (_percent(counts.precision), _percent(counts.recall), _percent(counts.f1),
            str(counts.tp), str(counts.fp), str(counts.fn))


def _percent(value: float) -> str:
    return f"{100 * value:.1f}"


def align(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """A header and rows of cells as lines: the first column left-aligned, the others right-aligned."""
    rows = [header, *rows]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) if column == 0 else cell.rjust(width)
                      for column, (cell, width) in enumerate(zip(row, widths))).rstrip()
            for row in rows]


def as_dict(result: EvalResult) -> dict:
    """Numbers only (no mistakes): what benchmarks store and CI compares."""
    data = {"gold_dir": result.gold_dir, "documents": result.documents, "lenient": result.lenient,
            "skipped_gold_lines": len(result.problems), "failed_documents": list(result.failures)}
    for _, attribute in SECTIONS:
        data[attribute] = scores_dict(getattr(result, attribute))
    return data


def format_json(result: EvalResult) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2)


def scores_dict(scores: Scores) -> dict:
    """Counts and P/R/F1 per type, micro and macro, rounded for JSON."""
    macro = scores.macro
    return {"per_type": {name: counts_dict(counts) for name, counts in scores.per_type.items()},
            "micro": counts_dict(scores.micro),
            "macro": {"precision": round(macro.precision, 4), "recall": round(macro.recall, 4),
                      "f1": round(macro.f1, 4)}}


def counts_dict(counts: Counts) -> dict:
    return {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
            "precision": round(counts.precision, 4), "recall": round(counts.recall, 4),
            "f1": round(counts.f1, 4)}
