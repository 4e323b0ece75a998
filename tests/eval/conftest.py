from pathlib import Path

import pytest
import yaml

from kg.eval import PredictedEntity, PredictedRelation, Predictions, load_mapping, read_corpus
from kg.types import Article, ArticleFacts, Entity, Fact, Mention, Provenance

DATA = Path(__file__).parents[1] / "data" / "eval"


def find_span(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    """The span of the `occurrence`-th (0-based) `surface` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


@pytest.fixture(scope="session")
def span_of():
    return find_span


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return DATA / "gold"


@pytest.fixture(scope="session")
def mapping():
    return load_mapping()


@pytest.fixture(scope="session")
def gold_documents(gold_dir):
    """The fixture corpus by document id (b_gok has a malformed line: its warning is expected)."""
    with pytest.warns(UserWarning):
        return {document.id: document for document in read_corpus(gold_dir)}


@pytest.fixture(scope="session")
def predicted_table() -> dict:
    return yaml.safe_load((DATA / "predicted.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def predictions(predicted_table, gold_documents) -> dict[str, Predictions]:
    """tests/data/eval/predicted.yml as `Predictions` over the gold texts, by document id."""
    return {doc_id: _predictions(doc_id, gold_documents[doc_id].text, table)
            for doc_id, table in predicted_table.items()}


def _predictions(doc_id: str, text: str, table: dict) -> Predictions:
    return Predictions(
        tuple(PredictedEntity(doc_id, *find_span(text, surface, n), kg_class, qid)
              for surface, n, kg_class, qid in table["entities"]),
        tuple(PredictedRelation(doc_id, predicate, find_span(text, *subject), find_span(text, *object_))
              for predicate, subject, object_ in table["relations"]))


def collapse_whitespace(original: str, doc_id: str) -> Article:
    """An `Article` whose text differs from `original` as ingest's cleaning makes it differ:
    leading/trailing whitespace dropped and every inner run of whitespace made one space."""
    kept = [(index, " " if char.isspace() else char) for index, char in enumerate(original)
            if not (char.isspace() and (index == 0 or original[index - 1].isspace()))]
    while kept and kept[-1][1] == " ":
        kept.pop()
    if kept and kept[0][1] == " ":
        kept.pop(0)
    text = "".join(char for _, char in kept)
    offsets = tuple(index for index, _ in kept) + (kept[-1][0] + 1 if kept else 0,)
    return Article(id=doc_id, text=text, original=original, offsets=offsets)


def article_facts(article: Article, table: dict) -> ArticleFacts:
    """kg's output for `article` as predicted.yml describes it (surfaces found in the cleaned text)."""
    mentions, entities, keys = {}, {}, {}
    for surface, occurrence, kg_class, qid in table["entities"]:
        start, end = find_span(article.text, surface, occurrence)
        key = qid or f"{kg_class.lower()}/{surface}"
        mentions[surface, occurrence] = Mention(article.id, start, end, surface, kg_class, surface)
        entities[key] = Entity(key, kg_class, surface, wikidata=qid)
        keys[surface, occurrence] = key
    facts = []
    for predicate, subject, object_ in table["relations"]:
        subject, object_ = tuple(subject), tuple(object_)
        facts.append(_fact(article, predicate, mentions[subject], mentions[object_],
                           entities[keys[subject]], entities[keys[object_]]))
    return ArticleFacts(article, tuple(entities.values()), tuple(facts),
                        tuple((mention, keys[pair]) for pair, mention in mentions.items()))


def _fact(article, predicate, subject_mention, object_mention, subject, object_) -> Fact:
    provenance = Provenance(article.id, article.text, subject_mention.start, object_mention.end,
                            "fixture", predicate)
    return Fact(subject, predicate, object_, provenance,
                subject_mention=subject_mention, object_mention=object_mention)
