"""Inference's shortcuts give what the models were trained on: feature ids made without their
names, word clusters found for many words at once, relation sums in a fixed order."""
from __future__ import annotations

import gc
import random

import numpy as np
import pytest

from kg.learn.clusters import UNKNOWN, WordClusters
from kg.learn.features import FeatureIds, sentence_features, sentence_ids, sentences

TEXTS = [
    "Генеральный секретарь ОДКБ Имангали Тасмагамбетов прибыл в Минск.",
    "Саммит ШОС пройдет в Астане в июле 2024 года, сообщил МИД Казахстана.",
    "Он.",                                                       # one token: every neighbour an edge
    "В «Газпроме» заявили: цена газа = 250 $ за 1000 м³ (G20, COVID-19).",   # "=", symbols, digits
]


@pytest.mark.parametrize("text", TEXTS)
def test_feature_ids_are_the_ids_of_the_feature_names(shipped, parse, text):
    tagger = shipped.tagger
    index = tagger.models.index
    for words in sentences(parse(text)):
        names = sentence_features(words, tagger.clusters)
        expected = [[index[name] for name in token if name in index] for token in names]
        assert sentence_ids(words, tagger.clusters, tagger.feature_ids) == expected
        assert sum(map(len, expected)) > 2 * len(words)      # most tokens have known features


def test_feature_ids_from_the_memo_are_those_of_the_names(shipped, parse):
    """Words met again (in the same sentence, the next one, another article) take their ids from
    FeatureIds' memo: the same ids as their names, at every position and beside every neighbour."""
    tagger = shipped.tagger
    index = tagger.models.index
    fresh = FeatureIds(index, len(tagger.clusters.centroids))
    doc = parse("Саммит ШОС пройдет в Астане. В Астане пройдет саммит ШОС, саммит ШОС и саммит СНГ.")
    for _ in range(2):
        for words in sentences(doc):
            expected = [[index[name] for name in token if name in index]
                        for token in sentence_features(words, tagger.clusters)]
            assert sentence_ids(words, tagger.clusters, fresh) == expected
    assert 0 < len(fresh._views) < len(doc)          # repeated words were encoded once


@pytest.mark.parametrize("text", TEXTS)
def test_feature_ids_remember_only_the_tokens_own_facts(shipped, parse, text):
    """The memo holds a token's own facts (words recur); its extra facts (suffixes, dependency,
    head lemma: new for 70% of tokens) are looked up each time, so a worker does not keep an
    entry per token it ever saw (36 MB after 300 NEREL texts)."""
    tagger = shipped.tagger
    fresh = FeatureIds(tagger.models.index, len(tagger.clusters.centroids))
    for words in sentences(parse(text)):
        sentence_ids(words, tagger.clusters, fresh)
    memos = [held for name, held in vars(fresh).items() if isinstance(held, dict) and name != "tables"]
    assert sum(map(len, memos)) == len(fresh._views) > 0


def test_feature_ids_of_a_vocabulary_of_ones_own():
    """A vocabulary that knows a few names gives those names' ids and drops the rest."""
    ids = FeatureIds({"bias": 0, "lemma=саммит": 1, "-1:pos=ADJ": 2, "-1:edge": 3, "word==": 4}, 2)
    assert ids.encode("extra", ("", "Sing", "nmod")) == (0,)
    assert ids.encode("own", ("=", "саммит", "NOUN")) == (4, 1)
    assert ids.encode("-1", ("красный", "красный", "ADJ")) == (2,)
    assert ids.encode("edge-1", ("",)) == (3,)
    assert ids.encode("edge1", ("",)) == ()


def test_the_memos_leave_the_garbage_collector_nothing_to_scan(shipped, parse):
    """What FeatureIds remembers for the whole process (every distinct token's ids) is made of
    tuples of ints, which the collector stops tracking: lists there were walked in every full
    collection, hundreds of thousands of them in a long build."""
    tagger = shipped.tagger
    fresh = FeatureIds(tagger.models.index, len(tagger.clusters.centroids))
    for words in sentences(parse("Генеральный секретарь ШОС Чжан Мин посетил Душанбе.")):
        sentence_ids(words, tagger.clusters, fresh)
    gc.collect()
    gc.collect()   # a tuple of tuples is let go once its inner tuples were, a collection later
    remembered = list(fresh._views.values())
    assert remembered and not any(gc.is_tracked(value) for value in remembered)


WORDS = ("Саммит саммита ШОС Астана астане Токаев президент договор КНДР "
         "zzzqqq москва Москва 2024 « и в").split()


def test_clusters_of_many_words_at_once_are_those_of_each_word(shipped):
    centroids = shipped.tagger.clusters.centroids
    one_by_one = [WordClusters(centroids).of(word) for word in WORDS]
    together = WordClusters(centroids)
    together.assign(WORDS)
    assert [together.of(word) for word in WORDS] == one_by_one
    assert one_by_one[WORDS.index("zzzqqq")] == (UNKNOWN, UNKNOWN)
    assert one_by_one[WORDS.index("Москва")] == one_by_one[WORDS.index("москва")] != (UNKNOWN, UNKNOWN)
    assert len({ids for ids in one_by_one}) > 5                 # the words do fall apart


def test_relation_probabilities_do_not_depend_on_the_order_of_features(shipped):
    """The weights are summed in one order whatever order (or hash seed) the features come in."""
    features = ["bias", "types=PERSON>PROFESSION", "order=b_first|PERSON>PROFESSION", "between=,",
                "a_lemma=тасмагамбетов", "b_lemma=секретарь", "path=↑appos|PERSON>PROFESSION", "unknown!"]
    shuffled = features[:]
    random.Random(0).shuffle(shuffled)
    probabilities = shipped.relations.probabilities([features, shuffled, []])
    assert np.array_equal(probabilities[0], probabilities[1])
    assert not np.allclose(probabilities[0], probabilities[2], atol=1e-3)   # the features count
    assert np.allclose(probabilities.sum(axis=1), 1.0)
