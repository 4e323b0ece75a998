"""A brat corpus (NEREL or a user's own) read into kg's tokens, for training and measuring.

Each document is cleaned and parsed exactly as `kg build` would (kg.ingest + kg.nlp), and its
gold entities are moved onto the cleaned text and snapped to the parser's tokens, so the
features the models learn from are the features they see at inference.
"""
from __future__ import annotations

import bisect
import itertools
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from kg import ingest, nlp
from kg.eval.brat import BratDocument, BratWarning, read_corpus
from kg.types import Article


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str                 # NEREL type, e.g. "PROFESSION"
    start: int                # token span [start, end) in the parsed Doc
    end: int


@dataclass(frozen=True)
class GoldRelation:
    type: str                 # NEREL type, e.g. "WORKS_AS"
    arg1: str                 # GoldEntity ids
    arg2: str


@dataclass(frozen=True)
class Example:
    """One parsed document with its gold annotation on kg's tokens."""

    doc_id: str
    article: Article
    doc: Doc
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    gold: BratDocument        # the annotation as read, for scoring in the original offsets


def read_examples(directory: str | Path, types: Sequence[str], *, limit: int | None = None,
                  ) -> Iterator[Example]:
    """Every document of a brat directory, parsed, keeping gold entities of `types`."""
    language = nlp.load("ru")
    wanted = frozenset(types)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BratWarning)   # annotator slips: the line is skipped
        documents = list(itertools.islice(read_corpus(directory), limit))
    for document in documents:
        article = ingest.from_text(document.text, source=document.id)
        doc = language.parse(article)
        yield Example(document.id, article, doc, _entities(document, article, doc, wanted),
                      tuple(GoldRelation(r.type, r.arg1, r.arg2) for r in document.relations),
                      document)


def _entities(document: BratDocument, article: Article, doc: Doc,
              wanted: frozenset[str]) -> tuple[GoldEntity, ...]:
    found = []
    for entity in document.entities:
        if entity.type not in wanted:
            continue
        start, end = (_cleaned_index(article, offset) for offset in entity.extent)
        span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
        if span is not None and len(span):
            found.append(GoldEntity(entity.id, entity.type, span.start, span.end))
    return tuple(found)


def _cleaned_index(article: Article, original: int) -> int:
    """The first cleaned character at or after an offset of the original text."""
    return bisect.bisect_left(article.offsets, original, hi=len(article.text))
