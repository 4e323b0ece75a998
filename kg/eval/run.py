"""Evaluate a `process(text, doc_id) -> ArticleFacts` callable against a brat gold corpus."""
from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from kg.eval.brat import BratDocument, read_corpus
from kg.eval.counts import Scores, add_counts
from kg.eval.mapping import Mapping, load_mapping
from kg.eval.mistakes import Mistake
from kg.eval.predictions import Predictions, from_article_facts
from kg.eval.score import DocumentScore, ScoreOptions, score_document
from kg.types import ArticleFacts

Process = Callable[[str, str], ArticleFacts]


@dataclass(frozen=True)
class EvalResult:
    gold_dir: str
    documents: int
    lenient: bool
    entities: Scores               # per scoring type (Person, Organization, …)
    relations: Scores              # per NEREL relation type
    links: Scores                  # per scoring type of the linked mention
    mistakes: tuple[Mistake, ...]  # every FP and FN, for `write_errors`
    problems: tuple[str, ...]      # skipped gold lines ("file:line: reason")
    failures: tuple[str, ...]      # documents `process` raised on ("doc_id: error"); scored as empty


def evaluate(gold_dir: str | Path, process: Process, *, limit: int | None = None,
             types: Iterable[str] | None = None, relations: Iterable[str] | None = None,
             lenient: bool = False, progress: bool = True, mapping: Mapping | None = None
             ) -> EvalResult:
    """Run `process` on every gold document (the first `limit`, sorted by name) and score it.

    `types` keeps only these scoring types (e.g. ``["Person", "Organization"]``), `relations`
    only these NEREL relation types (e.g. ``["WORKS_AS"]``).
    """
    options = ScoreOptions(mapping or load_mapping(), lenient,
                           frozenset(types) if types else None,
                           frozenset(relations) if relations else None)
    documents = list(itertools.islice(read_corpus(gold_dir), limit))
    show = progress and sys.stderr.isatty()
    scores, failures = [], []
    for document in tqdm(documents, desc="eval", unit="doc", disable=not show):
        predictions, failure = _predict(document, process)
        if failure:
            failures.append(failure)
        scores.append(score_document(document, predictions, options))
    return _collect(str(gold_dir), documents, scores, failures, lenient)


def _predict(document: BratDocument, process: Process) -> tuple[Predictions, str | None]:
    # A crash on one document must not hide the numbers of the others; it is scored as "found
    # nothing" (its gold items become false negatives) and listed in `failures`.
    try:
        return from_article_facts(process(document.text, document.id), document.id), None
    except Exception as error:  # noqa: BLE001 - reported in EvalResult.failures
        return Predictions(), f"{document.id}: {type(error).__name__}: {error}"


def _collect(gold_dir: str, documents: list[BratDocument], scores: list[DocumentScore],
             failures: list[str], lenient: bool) -> EvalResult:
    return EvalResult(
        gold_dir=gold_dir, documents=len(documents), lenient=lenient,
        entities=add_counts(score.entities for score in scores),
        relations=add_counts(score.relations for score in scores),
        links=add_counts(score.links for score in scores),
        mistakes=tuple(mistake for score in scores for mistake in score.mistakes),
        problems=tuple(problem for document in documents for problem in document.problems),
        failures=tuple(failures))
