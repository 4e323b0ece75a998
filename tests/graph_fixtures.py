"""ArticleFacts for the seed article, read from tests/data/graph/sco-facts.yaml (a unique module
name, not conftest, so `import` cannot pick up another directory's conftest; used by the graph,
rdfio and other tests that need a built graph without running the NLP)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from kg.types import Article, ArticleFacts, Entity, Fact, Provenance, Value

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "graph" / "sco-facts.yaml"


def clean(original: str) -> tuple[str, tuple[int, ...]]:
    """Collapse whitespace runs to one space, keeping the map back to `original` (as ingest does)."""
    text, offsets = [], []
    for match in re.finditer(r"\s+|\S+", original.strip()):
        start = match.start() + len(original) - len(original.lstrip())
        if match.group().isspace():
            text.append(" "), offsets.append(start)
        else:
            text.extend(match.group()), offsets.extend(range(start, start + len(match.group())))
    offsets.append(len(original.rstrip()))
    return "".join(text), tuple(offsets)


def make_article(spec: dict, article_id: str | None = None) -> Article:
    original = (ROOT / spec["file"]).read_text(encoding="utf-8")
    text, offsets = clean(original)
    published = spec["published"]
    return Article(id=article_id or spec["id"], text=text, original=original, offsets=offsets,
                   title=spec["title"], published=published if isinstance(published, dt.date) else None,
                   publisher=spec["publisher"], url=spec["url"])


def make_entity(spec: dict) -> Entity:
    return Entity(key=spec["key"], type=spec["type"], label=spec["label"],
                  aliases=frozenset(spec.get("aliases", ())), wikidata=spec.get("wikidata"),
                  labels=tuple(tuple(pair) for pair in spec.get("labels", ())))


def make_fact(spec: dict, article: Article, entities: dict[str, Entity]) -> Fact:
    sentence_at = article.text.index(spec["sentence"])
    start = sentence_at + spec["sentence"].index(spec["evidence"])
    provenance = Provenance(article.id, spec["sentence"], start, start + len(spec["evidence"]),
                            spec["extractor"], spec["rule"], spec["confidence"])
    obj = entities[spec["object"]] if "object" in spec else Value(*spec["value"])
    qualifiers = tuple((name, Value(lexical, datatype)) for name, lexical, datatype in spec.get("qualifiers", ()))
    return Fact(entities[spec["subject"]], spec["predicate"], obj, provenance, qualifiers)


def load_article_facts(article_id: str | None = None) -> ArticleFacts:
    spec = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    article = make_article(spec["article"], article_id)
    entities = {name: make_entity(entity) for name, entity in spec["entities"].items()}
    facts = tuple(make_fact(fact, article, entities) for fact in spec["facts"])
    return ArticleFacts(article, tuple(entities.values()), facts)
