"""What the scorer compares with gold: plain records, independent of the pipeline.

Spans are offsets in the gold (brat) text. `from_article_facts` converts kg's output, mapping
spans of the cleaned text back to the original with `Article.original_span`.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.types import ArticleFacts, Mention

Span = tuple[int, int]


@dataclass(frozen=True)
class PredictedEntity:
    doc_id: str
    start: int
    end: int
    type: str                      # kg ontology class name, collapsed to a scoring type by the scorer
    qid: str | None = None

    @property
    def span(self) -> Span:
        return self.start, self.end


@dataclass(frozen=True)
class PredictedRelation:
    doc_id: str
    predicate: str                 # kg ontology property name
    arg1: Span                     # subject span
    arg2: Span                     # object span


@dataclass(frozen=True)
class Predictions:
    entities: tuple[PredictedEntity, ...] = ()
    relations: tuple[PredictedRelation, ...] = ()


def from_article_facts(facts: ArticleFacts, doc_id: str) -> Predictions:
    """Every mention kg resolved becomes an entity; every fact read from two mentions a relation.

    Facts without both mentions (e.g. a date taken from article metadata) cannot be located in
    the text, so they are not scored.
    """
    article = facts.article
    by_key = {entity.key: entity for entity in facts.entities}

    def span(mention: Mention) -> Span:
        return article.original_span(mention.start, mention.end)

    entities = []
    for mention, key in facts.mentions:
        entity = by_key.get(key)
        entity_type = entity.type if entity else mention.label
        entities.append(PredictedEntity(doc_id, *span(mention), entity_type,
                                        entity.wikidata if entity else None))
    relations = tuple(
        PredictedRelation(doc_id, fact.predicate, span(fact.subject_mention), span(fact.object_mention))
        for fact in facts.facts if fact.subject_mention and fact.object_mention)
    return Predictions(tuple(entities), relations)
