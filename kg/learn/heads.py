"""Head nouns that NEREL annotates as an entity of one type almost wherever they stand.

«праймериз», «голодовка», «теракт» are events and «рэпер», «искусствовед» professions in nearly
every NEREL sentence that has them, yet the tagger, reading each word in its context, misses some
of them (NEREL dev, session 13: Event recall .41; most PARTICIPANT_IN pairs kg missed lack the
event). The lexicon (resources/ru/nerel_heads.tsv, mined from NEREL train by kg.train.heads, made by
tools/nerel_heads.py) lists, per noun lemma, the NEREL type, how the annotators bound its span
(the noun alone, or with the adjectives before it: «президентские выборы») and how often that
span is annotated on train. `head_spans` proposes those spans where the tagger found no span of the
type over the noun; kg.extract.learned merges them like the tagger's own.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from kg.learn import LANGUAGE
from kg.learn.tagger import TaggedSpan
from kg.resources import load_tsv

NOUNS = frozenset({"NOUN", "PROPN"})
WORD, ADJECTIVES = "word", "adjectives"      # span shapes: the noun; the noun with its adjectives before it
ADJECTIVE_DEPENDENCY = "amod"


@dataclass(frozen=True)
class Head:
    lemma: str
    type: str          # NEREL entity type
    shape: str         # WORD or ADJECTIVES
    share: float       # on NEREL train, the part of the lemma's noun occurrences whose span so shaped is so annotated
    count: int         # the lemma's noun occurrences on NEREL train


@cache
def head_lexicon(lang: str = LANGUAGE) -> dict[str, Head]:
    return {row[0]: Head(row[0], row[1], row[2], float(row[3]), int(row[4]))
            for row in load_tsv("learn", "nerel_heads.tsv", lang)}


def head_spans(doc: Doc, tagged: Iterable[TaggedSpan], lexicon: dict[str, Head]) -> list[TaggedSpan]:
    """A span for every noun of the lexicon that no tagged span of its type covers, shaped as the
    lexicon says, its confidence the lexicon's share."""
    covered = {(i, span.type) for span in tagged for i in range(span.start, span.end)}
    found = []
    for token in doc:
        head = lexicon.get(token.lemma_.lower()) if token.pos_ in NOUNS else None
        if head is None or (token.i, head.type) in covered:
            continue
        start = adjectives_start(token) if head.shape == ADJECTIVES else token.i
        found.append(TaggedSpan(start, token.i + 1, head.type, head.share))
    return found


def adjectives_start(token: Token) -> int:
    """Where the run of adjectives right before a noun that modify it begins («президентских
    выборах»: at «президентских»); the noun itself if none does."""
    start = token.i
    while start > token.sent.start and (previous := token.doc[start - 1]).head.i == token.i \
            and previous.dep_ == ADJECTIVE_DEPENDENCY:
        start -= 1
    return start
