"""What the scorer compares with gold: plain records, independent of the pipeline.

Spans are offsets in the gold (brat) text. `from_article_facts` converts kg's output, mapping
spans of the cleaned text back to the original with `Article.original_span`.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.resolve.clusters import is_latin
from kg.resolve.keys import type_group
from kg.resolve.linking import is_acronym
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
    key_of = dict(facts.mentions)
    names = tuple(PredictedRelation(doc_id, name_relation(first, second, by_key[key_of[first]].type),
                                    *(span(m) for m in abbreviation_order(first, second)))
                  for first, second in alternative_names(facts))
    return Predictions(tuple(entities), relations + names)


ALTERNATIVE_NAME = "alternativeName"
ABBREVIATION = "abbreviation"


def name_relation(first: Mention, second: Mention, entity_type: str) -> str:
    """NEREL writes an organization's full name and its acronym as ABBREVIATION (119 of 169 such
    pairs on NEREL train), a state's («РФ», «Россия») as ALTERNATIVE_NAME (105 of 124)."""
    acronym_pair = is_acronym(first.text) != is_acronym(second.text)
    return ABBREVIATION if acronym_pair and type_group(entity_type) == "organization" else ALTERNATIVE_NAME


def abbreviation_order(first: Mention, second: Mention) -> tuple[Mention, Mention]:
    """The full name first, as NEREL's ABBREVIATION has it (the pair's order is free otherwise)."""
    return (second, first) if is_acronym(first.text) and not is_acronym(second.text) else (first, second)


def alternative_names(facts: ArticleFacts) -> list[tuple[Mention, Mention]]:
    """Pairs of different names that kg resolved to one entity.

    kg states "these two names name one thing" by resolving both mentions to one entity (the
    names become its labels); NEREL states it as ALTERNATIVE_NAME between two spans, chaining
    each new name to an earlier one, and not between inflections of one name. So each mention
    that is a new name for its entity is paired with the entity's previous mention. Role phrases
    and pronouns (not among the entity's aliases) and adjectives ("российских") are no names. A
    name nested in another of the same entity («Госдуме» in «Госдуме России») is a part of it,
    not a second name; an original spelling in Latin letters («Дэвид Эберсман (David Ebersman)»)
    is paired with the name before it and leaves the chain to that name (NEREL links the next
    «Эберсман» to «Дэвид Эберсман»).
    """
    aliases = {entity.key: entity.aliases for entity in facts.entities}
    previous: dict[str, Mention] = {}
    seen: dict[str, list[str]] = {}
    pairs = []
    for mention, key in sorted(facts.mentions, key=lambda pair: pair[0].start):
        if mention.text not in aliases.get(key, ()) or not mention.text[:1].isupper():
            continue
        names = seen.setdefault(key, [])
        before = previous.get(key)
        if (before is not None and not _overlap(before, mention)
                and not any(_inflections(mention.text, name) for name in names)):
            pairs.append((before, mention))
        if before is None or not is_latin(mention.text) or is_latin(before.text):
            previous[key] = mention
        names.append(mention.text)
    return pairs


def _overlap(first: Mention, second: Mention) -> bool:
    return first.start < second.end and second.start < first.end


def _inflections(first: str, second: str) -> bool:
    """"Гарсию"/"Гарсии", "Михаиле Горбачёве"/"Михаил Горбачёв": the same words up to endings."""
    first_words, second_words = first.casefold().split(), second.casefold().split()
    return len(first_words) == len(second_words) and all(
        _stem(a).startswith(_stem(b)) or _stem(b).startswith(_stem(a))
        for a, b in zip(first_words, second_words))


def _stem(word: str) -> str:
    return word[:max(3, len(word) - 2)]
