"""natasha's models, loaded from the files shipped in the natasha/slovnet wheels (no download)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import pymorphy2_dicts_ru
from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
from natasha.data import NEWS_EMBEDDING
from natasha.morph.vocab import MorphForm
from navec import Navec
from navec.meta import Meta
from navec.navec import META, PQ_, VOCAB
from navec.pq import PQ
from navec.tar import Tar
from navec.vocab import Vocab
from pymorphy2 import MorphAnalyzer

from kg.nlp.ru.taggers import load_taggers


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


class _LookupPQ(PQ):
    """navec's quantized vectors for looking words up only. navec's own `precompute` also builds
    every vector's norm and a centroid dot-product table for `Navec.sim`, which kg never calls:
    half a second of every process (measured: 0.56 of 0.80 s CPU of loading the embedding)."""

    def precompute(self) -> None:
        self.qdims = np.arange(self.qdim)   # all `PQ.__getitem__` and `unpack` need


@cache   # one copy per process: kg.learn's word clusters read the same vectors
def news_embedding() -> Navec:
    """natasha's NewsEmbedding (navec vectors, shared by the three slovnet models), read as
    `Navec.load` reads it but with `_LookupPQ`: the same vectors for the same words."""
    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vocab = Vocab.from_file(tar.load(VOCAB))
        pq = _LookupPQ.from_file(tar.load(PQ_))
    return Navec(meta, vocab, pq)


def load_models() -> Models:
    return Models(morph_vocab(), *load_taggers(news_embedding()))
