"""A `FactsResult` as a table, as JSON (for benchmarks), and its mistakes as an errors file."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from kg.eval.facts.causes import cause_table
from kg.eval.facts.run import FactsResult
from kg.eval.facts.score import EXTRA, MISSED, QUALIFIER, FactMistake
from kg.eval.mistakes import write_rows
from kg.eval.report import scores_block, scores_dict

ERROR_FIELDS = tuple(field.name for field in dataclasses.fields(FactMistake))
_KIND_ORDER = {MISSED: 0, EXTRA: 1, QUALIFIER: 2}


def format_table(result: FactsResult) -> str:
    lines = [f"Fact evaluation of {result.articles} articles in {result.corpus} against {result.gold} "
             f"({result.gold_facts} facts, {result.optional_facts} optional)", "",
             *scores_block("Relations", result.relations), "", *scores_block("Qualifiers", result.qualifiers)]
    if result.qualifier_mistakes:
        lines += ["", f"{_count(result.qualifier_mistakes, 'fact')} found with a wrong or missing qualifier"]
    if result.miss_causes is not None:
        lines += ["", *cause_table(result.miss_causes)]
    if result.failures:
        lines += ["", f"{_count(len(result.failures), 'article')} failed (their facts count as missed):",
                  *result.failures]
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def as_dict(result: FactsResult) -> dict:
    """Numbers only (no mistakes): what benchmarks store."""
    causes = {} if result.miss_causes is None else {"miss_causes": result.miss_causes}
    return {"gold": result.gold, "corpus": result.corpus, "articles": result.articles,
            "gold_facts": result.gold_facts, "optional_facts": result.optional_facts,
            "relations": scores_dict(result.relations), "qualifiers": scores_dict(result.qualifiers),
            "facts_with_qualifier_mistakes": result.qualifier_mistakes, "failed_articles": list(result.failures), **causes}


def format_json(result: FactsResult) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2)


def write_errors(path: str | Path, mistakes: tuple[FactMistake, ...]) -> Path:
    """Every miss, extra and qualifier mistake, grouped by article (.jsonl, or TSV for any other suffix)."""
    ordered = sorted(mistakes, key=lambda m: (m.article, _KIND_ORDER[m.kind], m.predicate, m.subject, m.object))
    rows = [dataclasses.asdict(mistake) for mistake in ordered]
    return write_rows(path, ERROR_FIELDS, rows)
