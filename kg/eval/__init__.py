"""Measured accuracy against brat gold (NEREL v1.1): reader, NEREL → kg mapping, scorer, reports.

    from kg.eval import evaluate, format_table, write_errors
    result = evaluate("/path/to/nerel/dev", Pipeline().process_text)
    print(format_table(result)); write_errors("errors.tsv", result.mistakes)
"""
from kg.eval.brat import BratDocument, BratEntity, BratRelation, BratWarning, read_corpus, read_document
from kg.eval.counts import Average, Counts, Scores
from kg.eval.mapping import Mapping, RelationRule, load_mapping
from kg.eval.mistakes import Mistake, write_errors
from kg.eval.predictions import PredictedEntity, PredictedRelation, Predictions, from_article_facts
from kg.eval.report import as_dict, format_json, format_table
from kg.eval.run import EvalResult, evaluate
from kg.eval.score import ScoreOptions, score_document

__all__ = [
    "Average", "BratDocument", "BratEntity", "BratRelation", "BratWarning", "Counts", "EvalResult",
    "Mapping", "Mistake", "PredictedEntity", "PredictedRelation", "Predictions", "RelationRule",
    "ScoreOptions", "Scores", "as_dict", "evaluate", "format_json", "format_table",
    "from_article_facts", "load_mapping", "read_corpus", "read_document", "score_document",
    "write_errors",
]
