"""`evaluate` end to end on the fixture corpus, and its reports."""
import json
import warnings

import pytest

from tests.eval.conftest import article_facts, collapse_whitespace
from kg.eval import BratWarning, Counts, as_dict, evaluate, format_json, format_table


@pytest.fixture(scope="module")
def process(predicted_table):
    def run(text, doc_id):
        return article_facts(collapse_whitespace(text, doc_id), predicted_table[doc_id])
    return run


@pytest.fixture(scope="module")
def result(gold_dir, process):
    with pytest.warns(BratWarning):                          # b_gok: lines 4 and 10
        return evaluate(gold_dir, process, progress=False)


# Sums of the per-document counts in test_eval_score.py (a_sco + b_gok).
@pytest.mark.parametrize("task, expected", [
    ("entities", {"Event": Counts(0, 0, 1), "Organization": Counts(3, 1, 2), "Person": Counts(2, 0, 0),
                  "Place": Counts(1, 0, 1), "Post": Counts(1, 0, 0)}),
    ("links", {"Organization": Counts(1, 1, 0), "Person": Counts(1, 0, 0), "Place": Counts(0, 1, 1)}),
    ("relations", {"MEMBER_OF": Counts(0, 1, 0), "PARTICIPANT_IN": Counts(0, 0, 1),
                   "PART_OF": Counts(0, 1, 1), "WORKPLACE": Counts(1, 0, 0), "WORKS_AS": Counts(1, 0, 0)}),
])
def test_counts_add_over_documents(result, task, expected):
    assert dict(getattr(result, task).per_type) == expected


def test_result_summary(result):
    assert (result.documents, len(result.problems), result.failures, len(result.mistakes)) == (2, 2, (), 11)


@pytest.mark.parametrize("limit, relations, lenient, micro", [
    (1, None, False, Counts(2, 2, 2)),
    (None, ["PART_OF"], True, Counts(1, 0, 0)),
])
def test_options(gold_dir, process, limit, relations, lenient, micro):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BratWarning)          # b_gok's malformed line, tested above
        result = evaluate(gold_dir, process, limit=limit, relations=relations, lenient=lenient,
                          progress=False)
    assert result.relations.micro == micro


def test_a_failing_document_is_scored_as_empty(gold_dir, predicted_table):
    def process(text, doc_id):
        if doc_id == "b_gok":
            raise RuntimeError("parser crashed")
        return article_facts(collapse_whitespace(text, doc_id), predicted_table[doc_id])
    with pytest.warns(UserWarning):
        result = evaluate(gold_dir, process, progress=False)
    assert result.failures == ("b_gok: RuntimeError: parser crashed",)
    assert result.entities.per_type["Person"] == Counts(1, 0, 1)


def test_table_rows_are_aligned(result):
    lines = format_table(result).splitlines()
    block = lines[lines.index(next(line for line in lines if line.startswith("Entities"))):][:8]
    assert block[0].split() == ["Entities", "P", "R", "F1", "TP", "FP", "FN"]
    assert block[2].split() == ["Organization", "75.0", "60.0", "66.7", "3", "1", "2"]
    assert block[6].split() == ["micro", "87.5", "63.6", "73.7", "7", "1", "4"]
    assert block[7].split()[0] == "macro"
    assert len({len(line) for line in block[1:7]}) == 1      # numbers right-aligned in columns


def test_json_round_trips(result):
    data = json.loads(format_json(result))
    assert data == json.loads(json.dumps(as_dict(result)))
    assert data["relations"]["per_type"]["WORKS_AS"] == {
        "tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    # Organization (P 1/2, R 1, F1 2/3), Person (1, 1, 1), Place (0, 0, 0)
    assert data["links"]["macro"] == {"precision": 0.5, "recall": 0.6667, "f1": 0.5556}
