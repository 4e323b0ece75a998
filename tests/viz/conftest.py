"""The demo graph for the viz tests: a hand-made reading of the demo article (tests/data/viz/
demo-facts.yml) built into RDF by kg.graph, so tests see the real graph model, not a mock."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg import ingest
from kg.types import ArticleFacts, Entity, Fact, Mention, Provenance

FACTS_FILE = Path(__file__).resolve().parent.parent / "data" / "viz" / "demo-facts.yml"


def demo_results(article_path: Path) -> list[ArticleFacts]:
    article = next(iter(ingest.read([article_path])))
    spec = yaml.safe_load(FACTS_FILE.read_text(encoding="utf-8"))
    entities = {key: Entity(key=key, type=fields["type"], label=fields["label"])
                for key, fields in spec["entities"].items()}
    facts = [Fact(entities[subject], predicate, entities[obj], _provenance(article, evidence))
             for subject, predicate, obj, evidence in spec["facts"]]
    mentions = [(_mention(article, text, entities[key]), key) for key, text in spec["mentions"]]
    return [ArticleFacts(article=article, entities=tuple(entities.values()), facts=tuple(facts),
                         mentions=tuple(mentions))]


def _mention(article, text: str, entity: Entity) -> Mention:
    start = article.text.index(text)
    return Mention(article.id, start, start + len(text), text, entity.type, entity.label)


def _provenance(article, evidence: str) -> Provenance:
    """The sentence around `evidence` in the cleaned text, as the pipeline would record it."""
    start = article.text.index(evidence)
    sentence_start = max(article.text.rfind(".", 0, start), article.text.rfind("\n", 0, start)) + 1
    ends = [found + 1 for found in (article.text.find(".", start), article.text.find("\n", start)) if found >= 0]
    sentence_end = min(ends, default=len(article.text))
    return Provenance(article_id=article.id, sentence=article.text[sentence_start:sentence_end].strip(),
                      start=start, end=start + len(evidence), extractor="hand", rule="demo-facts.yml")


@pytest.fixture(scope="session")
def demo_knowledge(demo_article_path):
    """A KnowledgeGraph of the demo article, as `kg.build` returns it."""
    import kg

    return kg.KnowledgeGraph(results=demo_results(demo_article_path))


@pytest.fixture(scope="session")
def demo_trig(demo_knowledge, tmp_path_factory) -> Path:
    """The demo graph written as the CLI's input: graph.trig (one named graph per article)."""
    return demo_knowledge.serialize(tmp_path_factory.mktemp("graph") / "graph.trig", "trig")
