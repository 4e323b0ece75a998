"""Fact-level evaluation (`kg eval --facts GOLD.tsv CORPUS_DIR`): gold TSV, matching, scores.

    from kg.eval.facts import evaluate_facts, format_table, write_errors
    result = evaluate_facts("corpora/ru/dev/gold.tsv", "corpora/ru/dev")
    print(format_table(result)); write_errors("errors.tsv", result.mistakes)

Scoring without the pipeline (facts as plain records): `score_corpus(gold, predicted, matcher)`.
"""
from kg.eval.facts.gold import GoldError, GoldFact, read_gold
from kg.eval.facts.match import EntityMatcher
from kg.eval.facts.predicted import PredictedFact, from_article_facts
from kg.eval.facts.report import as_dict, format_json, format_table, write_errors
from kg.eval.facts.run import FactsResult, article_files, evaluate_facts, score_corpus
from kg.eval.facts.scheme import Scheme, load_scheme
from kg.eval.facts.score import FactMistake

__all__ = ["EntityMatcher", "FactMistake", "FactsResult", "GoldError", "GoldFact", "PredictedFact", "Scheme",
           "article_files", "as_dict", "evaluate_facts", "format_json", "format_table", "from_article_facts",
           "load_scheme", "read_gold", "score_corpus", "write_errors"]
