"""`from_article_facts`: kg's output → predictions with spans of the original (gold) text."""
import pytest

from conftest import article_facts, collapse_whitespace
from kg.eval import from_article_facts

ORIGINAL = "  Генеральный  секретарь ШОС\n\nЧжан Мин прибыл в\tМоскву.\n"
TABLE = {"entities": [["Генеральный секретарь ШОС", 0, "Post", None], ["Чжан Мин", 0, "Person", "Q1"],
                      ["Москву", 0, "City", "Q649"]],
         "relations": [["holdsPosition", ["Чжан Мин", 0], ["Генеральный секретарь ШОС", 0]]]}


@pytest.fixture(scope="module")
def predictions():
    article = collapse_whitespace(ORIGINAL, "doc")
    assert article.text == "Генеральный секретарь ШОС Чжан Мин прибыл в Москву."
    return from_article_facts(article_facts(article, TABLE), "doc")


@pytest.mark.parametrize("original_surface, kg_class, qid", [
    ("Генеральный  секретарь ШОС", "Post", None),      # two spaces in the original
    ("Чжан Мин", "Person", "Q1"),
    ("Москву", "City", "Q649"),                        # collapsing to Place is the scorer's job
])
def test_entities_get_original_spans_type_and_qid(predictions, original_surface, kg_class, qid):
    start = ORIGINAL.index(original_surface)
    entity = next(e for e in predictions.entities if e.type == kg_class)
    assert (entity.doc_id, entity.span, entity.qid) == ("doc", (start, start + len(original_surface)), qid)


def test_relations_get_original_argument_spans(predictions):
    (relation,) = predictions.relations
    subject, object_ = ORIGINAL.index("Чжан Мин"), ORIGINAL.index("Генеральный")
    assert (relation.predicate, relation.arg1, relation.arg2) == (
        "holdsPosition", (subject, subject + 8), (object_, object_ + len("Генеральный  секретарь ШОС")))


def test_facts_without_mentions_are_not_scored():
    article = collapse_whitespace(ORIGINAL, "doc")
    facts = article_facts(article, TABLE)
    (fact,) = facts.facts
    without = type(facts)(article, facts.entities, (type(fact)(fact.subject, fact.predicate,
                          fact.object, fact.provenance, subject_mention=fact.subject_mention),),
                          facts.mentions)
    assert from_article_facts(without, "doc").relations == ()
