"""What the scorer compares with gold: plain records, independent of the pipeline.

Spans are offsets in the gold (brat) text. `from_article_facts` converts kg's output, mapping
spans of the cleaned text back to the original with `Article.original_span`.
"""
from __future__ import annotations

import re
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
    """Every mention kg resolved becomes an entity; every fact read from two mentions a relation,
    once per pair of mentions it was read from (NEREL annotates each).

    Facts without both mentions (e.g. a date taken from article metadata) cannot be located in
    the text, so they are not scored.
    """
    article = facts.article
    by_key = {entity.key: entity for entity in facts.entities}

    def span(mention: Mention) -> Span:
        return article.original_span(mention.start + _former_prefix(mention), mention.end)

    entities = []
    for mention, key in facts.mentions:
        entity = by_key.get(key)
        entity_type = entity.type if entity else mention.label
        entities.append(PredictedEntity(doc_id, *span(mention), entity_type,
                                        entity.wikidata if entity else None))
    relations = tuple(
        PredictedRelation(doc_id, fact.predicate, span(fact.subject_mention), span(fact.object_mention))
        for fact in (*facts.facts, *facts.readings) if fact.subject_mention and fact.object_mention)
    key_of = dict(facts.mentions)
    names = []
    for first, second in alternative_names(facts):
        entity_type = by_key[key_of[first]].type
        relation = name_relation(first, second, entity_type)
        if not within_reach(article.text, first, second, relation, entity_type):
            continue
        if relation == ABBREVIATION:
            first, second = full_name_first(first, second)
        names.append(PredictedRelation(doc_id, relation, span(first), span(second)))
    return Predictions(tuple(entities), relations + tuple(names))


ALTERNATIVE_NAME = "alternativeName"
FORMER = "экс-"                  # «экс-президент»: a former holder of the post
POST_CLASSES = frozenset({"Post", "Position"})


def _former_prefix(mention: Mention) -> int:
    """How many leading characters of a post mention NEREL leaves out: its PROFESSION span of
    «экс-президент Перу» is «президент Перу» (NEREL train: 90 posts right after «экс-», none with it).
    kg names the post without it too (kg.extract.post_labels.without_ex), but its mention is the
    whole word."""
    return len(FORMER) if mention.label in POST_CLASSES and mention.text.casefold().startswith(FORMER) else 0
STATE_ADJECTIVE = re.compile(r"\w+[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)")
ABBREVIATION = "abbreviation"
PERSON = "person"     # kg.resolve.keys.type_group of a Person


# A sentence ends at a stop before a space, a quote or a bracket, or at a blank line.
SENTENCE_END = re.compile(r"[.!?…](?=[\s\"»”)]|$)|\n\s*\n")
# How many sentence ends a pair of names of one thing may span, unless it is a person (`within_reach`).
NAME_REACH = 4
ABBREVIATION_REACH = 1


def within_reach(text: str, first: Mention, second: Mention, relation: str, entity_type: str) -> bool:
    """Whether NEREL would pair these two names of one entity, by how far apart they are. NEREL
    chains each name to the nearest earlier mention of its thing, which is often one kg does not
    have (a «страна», «ведомство», an unnamed event): the farther apart two names kg pairs are, the
    likelier NEREL has another mention between them. On NEREL train (kg's pairs, 746 texts), names
    of states, organizations, places and events more than four sentences apart were right 10 times
    in 88, a state adjective and its state's name 38 of 196, an acronym and its full name more than
    a sentence apart 7 of 46: too few to raise the micro-F1 (a pair must be right more often than
    half of it, about .22). Dropping them: 1439/1264/2439 -> 1384/989/2494 (TP/FP/FN of the two
    relations). A person's names are paired at any distance (four sentences and more apart, right
    126 times in 316)."""
    if type_group(entity_type) == PERSON:
        return True
    start, end = sorted((first, second), key=lambda m: m.start)
    reach = ABBREVIATION_REACH if relation == ABBREVIATION else NAME_REACH
    return len(SENTENCE_END.findall(text, start.end, end.start)) <= reach


def name_relation(first: Mention, second: Mention, entity_type: str) -> str:
    """NEREL writes an organization's full name and its acronym as ABBREVIATION (119 of 169 such
    pairs on NEREL train), a state's («РФ», «Россия») as ALTERNATIVE_NAME (105 of 124)."""
    acronym_pair = is_acronym(first.text) != is_acronym(second.text)
    return ABBREVIATION if acronym_pair and type_group(entity_type) == "organization" else ALTERNATIVE_NAME


def full_name_first(first: Mention, second: Mention) -> tuple[Mention, Mention]:
    """The full name first, as NEREL's ABBREVIATION has it."""
    return (second, first) if is_acronym(first.text) and not is_acronym(second.text) else (first, second)


def alternative_names(facts: ArticleFacts) -> list[tuple[Mention, Mention]]:
    """Pairs of different names that kg resolved to one entity.

    kg states "these two names name one thing" by resolving both mentions to one entity (the
    names become its labels); NEREL states it as ALTERNATIVE_NAME between two spans, chaining
    each new name to an earlier one, and not between inflections of one name. So each mention
    that is a new name for its entity is paired with the entity's previous mention. Role phrases
    and pronouns (not among the entity's aliases) are no names; a state adjective («российских»)
    is paired with its state's nearest name before it, else after it (`_adjective_pairs`). A
    name nested in another of the same entity («Госдуме» in «Госдуме России») is a part of it,
    not a second name; an original spelling in Latin letters («Дэвид Эберсман (David Ebersman)»)
    is paired with the name before it and leaves the chain to that name (NEREL links the next
    «Эберсман» to «Дэвид Эберсман»). A person's name of another length than the one before is a
    new name even if it was seen before («Трамп … Дональд Трамп … Трамп»: `_resized`).
    """
    aliases = {entity.key: entity.aliases for entity in facts.entities}
    people = {entity.key for entity in facts.entities if type_group(entity.type) == PERSON}
    previous: dict[str, Mention] = {}
    seen: dict[str, list[str]] = {}
    pairs = []
    for mention, key in sorted(facts.mentions, key=lambda pair: pair[0].start):
        if (mention.text not in aliases.get(key, ()) or not mention.text[:1].isupper()
                or _is_adjective(mention.text)):
            continue
        names = seen.setdefault(key, [])
        before = previous.get(key)
        if (before is not None and not _overlap(before, mention)
                and (not any(_inflections(mention.text, name) for name in names)
                     or key in people and _resized(before.text, mention.text))):
            pairs.append((before, mention))
        if before is None or not is_latin(mention.text) or is_latin(before.text):
            previous[key] = mention
        names.append(mention.text)
    return pairs + _adjective_pairs(facts, aliases)


def _resized(before: str, after: str) -> bool:
    """«Дональд Трамп» → «Трамп» → «Дональд Трамп»: NEREL pairs a person's name with the previous
    one of another length even when that name came earlier too. On NEREL train, names of one
    Wikidata person: a shorter name after a fuller one is paired 105 times of 283, a fuller after a
    shorter 108 of 412; through kg, 150 train articles: 27 of 60 and 16 of 56 right, above the
    precision a pair needs to raise ALTERNATIVE_NAME's F1 (half of it, .23)."""
    return len(after.split()) != len(before.split())


def _adjective_pairs(facts: ArticleFacts, aliases: dict[str, frozenset[str]]) -> list[tuple[Mention, Mention]]:
    """NEREL pairs a state adjective («американское») with a name of its state; on NEREL train the
    nearest name before it, else the nearest after it, is that name in 185 of 472 cases (the other
    adjectives have no pair), well above the micro-F1 a pair must beat to raise it."""
    states = {entity.key for entity in facts.entities if entity.type == "Country"}
    ordered = sorted(((m, key) for m, key in facts.mentions if key in states and m.text in aliases[key]),
                     key=lambda pair: pair[0].start)
    pairs = []
    for mention, key in ordered:
        if not _is_adjective(mention.text):
            continue
        names = [m for m, other in ordered if other == key and not _is_adjective(m.text)]
        before = [m for m in names if m.end <= mention.start]
        partner = before[-1] if before else next((m for m in names if m.start >= mention.end), None)
        if partner is not None:
            pairs.append((partner, mention) if before else (mention, partner))
    return pairs


def _is_adjective(text: str) -> bool:
    """«американское», «Российские» (first in a sentence): a state adjective, not a name."""
    return STATE_ADJECTIVE.fullmatch(text.casefold()) is not None


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
