"""kg loads natasha's models its own, cheaper way (kg.nlp.ru.models, kg.nlp.ru.taggers): the
same vectors and the same tags, heads, relations and names as natasha's own loading gives."""
from __future__ import annotations

import numpy as np
import pytest
import razdel
from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

from kg.nlp.ru.models import news_embedding

SENTENCES = [
    "Совет министров иностранных дел ШОС собрался в Астане 21 мая 2024 года.",
    "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Владимиром Путиным.",
    "Россия и Китай подписали меморандум о сотрудничестве в области информационной безопасности.",
    "«Мы за многополярный мир», — заявил Сергей Лавров, отвечая на вопросы журналистов в Москве.",
]


@pytest.fixture(scope="module")
def natasha_loaded():
    """natasha's own NewsEmbedding and taggers, loaded as natasha loads them."""
    embedding = NewsEmbedding()
    return embedding, NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)


def _words(sentence: str) -> list[str]:
    return [token.text for token in razdel.tokenize(sentence)]


@pytest.mark.parametrize("word", ["шос", "саммит", "астане", "токаев", "<unk>", "<pad>", "и"])
def test_the_embedding_gives_natashas_vector_for_each_word(natasha_loaded, word):
    assert np.array_equal(news_embedding()[word], natasha_loaded[0][word])


def test_the_embedding_skips_only_the_similarity_tables(natasha_loaded):
    ours, theirs = news_embedding(), natasha_loaded[0]
    assert ours.meta.id == theirs.meta.id and ours.vocab.words == theirs.vocab.words
    # every word's vector is `codes[qdims, indexes]` (navec's PQ.unpack, which ours inherits): the
    # same packed data (shape, codebook, each word's codes) and qdims give the same 250,002 vectors
    # without unpacking them (two 300 MB arrays: 3 s of CPU)
    assert getattr(ours.pq.unpack, "__func__", None) is type(theirs.pq).unpack
    assert type(ours.pq).__getitem__ is type(theirs.pq).__getitem__
    assert ours.pq.as_bytes == theirs.pq.as_bytes and np.array_equal(ours.pq.qdims, theirs.pq.qdims)
    assert hasattr(theirs.pq, "ab") and not hasattr(ours.pq, "ab")   # navec's 0.5 s table, unused


@pytest.mark.parametrize("sentence", SENTENCES)
def test_morphology_and_syntax_are_natashas(russian, natasha_loaded, sentence):
    words = [_words(sentence)]
    ours, theirs = russian.models, natasha_loaded
    assert ([(t.pos, t.feats) for t in next(ours.morph.map(words)).tokens]
            == [(t.pos, t.feats) for t in next(theirs[1].map(words)).tokens])
    assert ([(t.id, t.head_id, t.rel) for t in next(ours.syntax.map(words)).tokens]
            == [(t.id, t.head_id, t.rel) for t in next(theirs[2].map(words)).tokens])


@pytest.mark.parametrize("sentence", SENTENCES)
def test_named_entities_are_natashas(russian, natasha_loaded, sentence):
    ours = [(span.start, span.stop, span.type) for span in russian.models.ner(sentence).spans]
    assert ours == [(span.start, span.stop, span.type) for span in natasha_loaded[3](sentence).spans]
    assert ours   # every sentence above names someone or something


def test_the_three_models_share_one_word_vocabulary(russian):
    encoders = [model.infer.encoder for model in (russian.models.morph, russian.models.syntax, russian.models.ner)]
    assert encoders[0].words_vocab is encoders[1].words_vocab is encoders[2].words_vocab
    assert encoders[0].shapes_vocab is encoders[2].shapes_vocab
    # the label vocabularies differ (morphology tags, relations, NER tags) and stay apart
    assert len({id(e.words_vocab) for e in encoders}) == 1
    assert russian.models.morph.infer.decoder.tags_vocab is not russian.models.ner.infer.decoder.tags_vocab
