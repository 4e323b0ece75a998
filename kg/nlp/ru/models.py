"""natasha's models, loaded from the files shipped in the natasha/slovnet wheels (no download)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser


@dataclass(frozen=True)
class Models:
    vocab: MorphVocab            # pymorphy2 with UD tags: lemmas and inflection
    morph: NewsMorphTagger       # slovnet: UD pos + feats
    syntax: NewsSyntaxParser     # slovnet: UD heads + relations
    ner: NewsNERTagger           # slovnet: PER / ORG / LOC spans


@cache   # one copy per process: kg.learn's word clusters read the same vectors
def news_embedding() -> NewsEmbedding:
    return NewsEmbedding()   # navec vectors, shared by the three slovnet models


def load_models() -> Models:
    embedding = news_embedding()
    return Models(MorphVocab(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding),
                  NewsNERTagger(embedding))
