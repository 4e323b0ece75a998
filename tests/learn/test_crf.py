"""The numpy CRFs (kg.learn.crf) give crfsuite's labels, and its marginals to rounding.

Two small models are trained with python-crfsuite on real sentences (the features of the
shipped tagger), exported with kg.train.crfsuite_export, and decoded both ways.
"""
from __future__ import annotations

import pycrfsuite
import pytest

from kg.learn.crf import LABELS, ChainModels
from kg.learn.features import sentence_features, sentences
from kg.train.crfsuite_export import export

TRAINING = [
    ("Генеральный секретарь ШОС Чжан Мин посетил Душанбе .", [(0, 3)]),
    ("Министр иностранных дел России Сергей Лавров выступил в Москве .", [(0, 4)]),
    ("Президент Казахстана Касым-Жомарт Токаев провёл встречу .", [(0, 2)]),
    ("Саммит ШОС прошёл в Астане .", []),
]
TAGGED = [
    "Генеральный секретарь ОДКБ Имангали Тасмагамбетов прибыл в Минск .",
    "Министр обороны Белоруссии выступил на совещании .",
    "В Пекине прошла встреча .",
    "Секретарь",
]


@pytest.fixture(scope="module")
def models(tmp_path_factory, parse, shipped):
    directory = tmp_path_factory.mktemp("crf")
    clusters = shipped.tagger.clusters
    files = []
    for name, first_only in (("post", False), ("first", True)):
        trainer = pycrfsuite.Trainer(verbose=False)
        trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 30, "feature.possible_transitions": True})
        for text, spans in TRAINING:
            words = next(sentences(parse(text)))
            labels = ["O"] * len(words)
            for start, end in spans[:1] if first_only else spans:
                labels[start:end] = ["B"] + ["I"] * (end - start - 1)
            trainer.append(sentence_features(words, clusters), labels)
        trainer.train(str(directory / f"{name}.crfsuite"))
        files.append(directory / f"{name}.crfsuite")
    export(files, directory / "ner.npz")
    return files, ChainModels(directory / "ner.npz"), clusters


@pytest.mark.parametrize("text", TAGGED)
def test_numpy_decoding_is_crfsuites(models, parse, text):
    files, chain, clusters = models
    features = [sentence_features(words, clusters) for words in sentences(parse(text))]
    decoded = chain.decode([chain.ids(sentence) for sentence in features])
    assert len(decoded) == len(features)
    for sentence, (labels, marginals) in zip(features, decoded):
        for model, path in enumerate(files):
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            expected = tagger.tag(sentence)
            assert [LABELS[label] for label in labels[:, model]] == expected
            if set(expected) == {"O"}:   # no span: no marginals needed, none computed
                assert set(marginals[:, model]) == {1.0}
                continue
            assert list(marginals[:, model]) == pytest.approx(
                [tagger.marginal(label, i) for i, label in enumerate(expected)], rel=1e-12, abs=1e-15)


def test_a_post_is_found(models, parse):
    """The positive twin of the "O" sentences above: the trained model does tag a title."""
    _, chain, clusters = models
    words = next(sentences(parse(TAGGED[0])))
    labels, _ = chain.decode([chain.ids(sentence_features(words, clusters))])[0]
    assert "B" in [LABELS[label] for label in labels[:, 0]]


def test_no_sentences_decode_to_nothing(models):
    assert models[1].decode([]) == []
