import csv
import json

import pytest

from kg.eval.mistakes import make_mistake, sentence_around, write_errors

TEXT = ("Генеральный секретарь ШОС Чжан Мин прибыл в Москву. Совет министров иностранных дел ШОС "
        "соберётся в Астане.\nЗаседание пройдёт 3 апреля.")


@pytest.mark.parametrize("surface, sentence", [
    ("Чжан Мин", "Генеральный секретарь ШОС Чжан Мин прибыл в Москву."),
    ("Астане", "Совет министров иностранных дел ШОС соберётся в Астане."),
    ("3 апреля", "Заседание пройдёт 3 апреля."),
    ("Москву. Совет", "Генеральный секретарь ШОС Чжан Мин прибыл в Москву. Совет министров "
                      "иностранных дел ШОС соберётся в Астане."),
])
def test_sentence_around(surface, sentence):
    start = TEXT.index(surface)
    assert sentence_around(TEXT, start, start + len(surface)) == sentence


MISTAKES = [make_mistake("relation", "FN", "a_sco", "WORKS_AS", ((26, 34), (0, 25)), TEXT),
            make_mistake("link", "FP", "a_sco", "Place", ((44, 50),), TEXT, "predicted Q656; gold Q649")]


def test_write_errors_jsonl(tmp_path):
    path = write_errors(tmp_path / "errors.jsonl", MISTAKES)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(row["text"], row["spans"], row["detail"]) for row in rows] == [
        ("Чжан Мин → Генеральный секретарь ШОС", [[26, 34], [0, 25]], ""),
        ("Москву", [[44, 50]], "predicted Q656; gold Q649")]


def test_write_errors_tsv(tmp_path):
    path = write_errors(tmp_path / "errors.tsv", MISTAKES)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert [(row["task"], row["outcome"], row["spans"], row["sentence"]) for row in rows] == [
        ("relation", "FN", "26-34;0-25", "Генеральный секретарь ШОС Чжан Мин прибыл в Москву."),
        ("link", "FP", "44-50", "Генеральный секретарь ШОС Чжан Мин прибыл в Москву.")]
