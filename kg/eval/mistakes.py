"""Every false positive and false negative, with the gold sentence it occurs in, for error analysis."""
from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]

# A sentence ends at . ! ? … (optionally followed by a closing quote or bracket) before whitespace,
# or at a line break. Good enough to show context; not a tokenizer.
_SENTENCE_END = re.compile(r"[.!?…][»\")]?\s+|\n+")
_MAX_SENTENCE = 600
FIELDS = ("task", "outcome", "doc_id", "type", "spans", "text", "detail", "sentence")


@dataclass(frozen=True)
class Mistake:
    task: str                      # "entity", "relation" or "link"
    outcome: str                   # "FP" (predicted, not in gold) or "FN" (gold, not predicted)
    doc_id: str
    type: str                      # scoring type or NEREL relation type
    spans: tuple[Span, ...]        # one span (entity, link) or two (relation arguments)
    text: str                      # the spans' text, " → " between relation arguments
    sentence: str
    detail: str = ""               # e.g. predicted and gold QIDs of a linking error


def make_mistake(task: str, outcome: str, doc_id: str, type_: str, spans: tuple[Span, ...],
                 gold_text: str, detail: str = "") -> Mistake:
    text = " → ".join(gold_text[start:end] for start, end in spans)
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    return Mistake(task, outcome, doc_id, type_, spans, text, sentence_around(gold_text, start, end),
                   detail)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` that contain [start, end), whitespace collapsed."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    sentence = " ".join(text[left:right].split())
    return sentence if len(sentence) <= _MAX_SENTENCE else sentence[:_MAX_SENTENCE] + "…"


def write_errors(path: str | Path, mistakes: Iterable[Mistake]) -> Path:
    """Write mistakes as JSON lines (``.jsonl``) or, for any other suffix, as TSV with a header."""
    rows = [_row(mistake) for mistake in mistakes]
    return write_rows(path, FIELDS, rows, [{**row, "spans": _spans_text(row["spans"])} for row in rows])


def write_rows(path: str | Path, fields: Sequence[str], rows: list[dict],
               tsv_rows: list[dict] | None = None) -> Path:
    """`rows` as JSON lines (``.jsonl``) or, for any other suffix, `tsv_rows` (default: `rows`) as
    TSV with a header."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if path.suffix == ".jsonl":
            handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        else:
            writer = csv.DictWriter(handle, fields, delimiter="\t", quoting=csv.QUOTE_MINIMAL,
                                    lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows if tsv_rows is None else tsv_rows)
    return path


def _row(mistake: Mistake) -> dict:
    row = dataclasses.asdict(mistake)
    row["spans"] = [list(span) for span in mistake.spans]
    return row


def _spans_text(spans: list[list[int]]) -> str:
    return ";".join(f"{start}-{end}" for start, end in spans)
