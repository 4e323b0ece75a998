"""The value objects every stage shares: the only vocabulary passed between modules.

Plain frozen records (no rdflib, no spaCy): ingest makes ``Article``; extractors make
``Mention``/``Candidate``; resolution makes ``Entity``/``Fact``; ``kg.graph`` turns those into RDF.
Entity types and predicates are ontology term *names* (``"Person"``, ``"chairs"``), checked
against the ontology only in ``kg.graph``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """A cleaned article plus the map back to the characters of the file it came from."""

    id: str                      # stable, derived from the cleaned text
    text: str                    # cleaned text: what NLP sees
    original: str                # decoded file text (or JSONL field) before cleaning
    offsets: tuple[int, ...]     # offsets[i] = index in `original` of text[i]; len == len(text) + 1
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    lang: str = "ru"
    source: str | None = None    # path (and ``#line`` for JSONL) the article was read from
    author: str | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the matching span of `original`."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with a one-line reason for the user."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Value:
    """A literal object of a fact. `datatype` is an XSD local name: string, date, gYear, decimal."""

    lexical: str
    datatype: str = "string"


@dataclass(frozen=True)
class Mention:
    """A span of `Article.text` naming something; `label` is an ontology class name."""

    article_id: str
    start: int
    end: int
    text: str
    label: str                   # e.g. "Person", "Organization", "Place", "Strategy"
    normal: str                  # nominative / canonical form, e.g. "Касым-Жомарт Токаев"
    # other names the extractor knows for it: a post's synonyms and the other names of its
    # organization ("генеральный секретарь ОДКБ" for "генсек организации"); resolution makes them
    # aliases of the entity and one entity of mentions that share one
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Provenance:
    """Where a statement comes from: the sentence, the span, and the rule that read it."""

    article_id: str
    sentence: str                # text of the sentence
    start: int                   # span of the evidence in Article.text (cleaned)
    end: int
    extractor: str               # registered extractor name
    rule: str                    # pattern / lexicon entry id inside the extractor
    confidence: float = 1.0


# A phrase lemmatizer: text → lowercase lemmas joined by spaces, the key names are compared by.
Lemmatize = Callable[[str], str]

Qualifiers = tuple[tuple[str, Value], ...]   # (ontology property name, value), e.g. ("validFrom", 2024)


@dataclass(frozen=True)
class Candidate:
    """What an extractor returns: a statement about mentions, before resolution."""

    subject: Mention
    predicate: str               # ontology property name, e.g. "chairs"
    object: Mention | Value
    provenance: Provenance
    qualifiers: Qualifiers = ()


@dataclass(frozen=True)
class Entity:
    """One real-world thing after resolution. `key` is stable across runs and articles."""

    key: str                     # e.g. "Q847" (Wikidata) or "organization/shanhaiskaya-organizatsiya"
    type: str                    # ontology class name
    label: str                   # preferred label in `lang`
    aliases: frozenset[str] = field(default_factory=frozenset)   # surface forms seen in text
    wikidata: str | None = None  # "Q…" when linked
    lang: str = "ru"
    labels: tuple[tuple[str, str], ...] = ()   # extra (lang, label) pairs, e.g. ("en", "SCO")


@dataclass(frozen=True)
class Fact:
    """A resolved statement: what the graph stores, with its provenance."""

    subject: Entity
    predicate: str
    object: Entity | Value
    provenance: Provenance
    qualifiers: Qualifiers = ()
    subject_mention: Mention | None = None   # the spans the fact was read from (eval, provenance)
    object_mention: Mention | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the extractors found in one article, before resolution."""

    article: Article
    mentions: tuple[Mention, ...]            # every named thing, related or not
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class ArticleFacts:
    """One article after resolution: its entities and facts, ready for the graph.

    Entity keys are global (derived from Wikidata IDs or normalized names), so results of
    different articles, workers or runs merge by key without shared state.
    """

    article: Article
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mentions: tuple[tuple[Mention, str], ...] = ()   # (mention, entity key): which span became what
    dropped: tuple[Fact, ...] = ()   # facts the SHACL shapes do not allow (kg.graph.conforming): counted, not written
    # the same statements as `facts` read again from other mentions («генсека ФСЭГ» → ФСЭГ in three
    # sentences): one fact each in the graph, every reading for mention-level scoring (NEREL)
    readings: tuple[Fact, ...] = ()
