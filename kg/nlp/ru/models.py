"""natasha's models, loaded from the files shipped in the natasha/slovnet wheels (no download)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pymorphy2_dicts_ru
from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
from natasha.morph.vocab import MorphForm
from pymorphy2 import MorphAnalyzer


@dataclass(frozen=True)
class Models:
    vocab: MorphVocab            # pymorphy2 with UD tags: lemmas and inflection
    morph: NewsMorphTagger       # slovnet: UD pos + feats
    syntax: NewsSyntaxParser     # slovnet: UD heads + relations
    ner: NewsNERTagger           # slovnet: PER / ORG / LOC spans


class _RussianMorphVocab(MorphVocab):
    """natasha's MorphVocab over the pymorphy2-dicts-ru dictionary named by its path: without one,
    pymorphy2 looks the dictionary up through pkg_resources' entry points, whose import alone
    costs a quarter of a second of every process. The same dictionary, the same parses."""

    def __init__(self):   # noqa: D107 - MorphVocab's own __init__ takes no arguments either
        MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)


@cache   # one copy per process: the sentence models and the phrase lemmatizer share it
def morph_vocab() -> MorphVocab:
    return _RussianMorphVocab()


@cache   # one copy per process: kg.learn's word clusters read the same vectors
def news_embedding() -> NewsEmbedding:
    return NewsEmbedding()   # navec vectors, shared by the three slovnet models


def load_models() -> Models:
    embedding = news_embedding()
    return Models(morph_vocab(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding),
                  NewsNERTagger(embedding))
