"""The lemma keys computed ahead for the gazetteer's words (kg/nlp/resources/ru/known_lemmas.tsv)
are exactly what pymorphy2 gives, and the lemmatizer reads them instead of asking it."""
from __future__ import annotations

import pytest

from kg.gazetteer import load_gazetteer
from kg.gazetteer.gazetteer import _build_index
from kg.nlp.ru import phrases
from kg.nlp.ru.models import morph_vocab


class CountingVocab:
    """The real dictionary, counting the words it is asked about."""

    def __init__(self):
        self.asked: list[str] = []

    def parse(self, word: str):
        self.asked.append(word)
        return morph_vocab().parse(word)


def test_every_known_lemma_is_what_pymorphy_gives():
    vocab = morph_vocab()
    wrong = {word: (lemma, phrases.word_lemma(vocab, word)) for word, lemma in phrases.known_lemmas().items()
             if phrases.word_lemma(vocab, word) != lemma}
    assert not wrong, f"stale rows (run python tools/known_lemmas.py): {dict(list(wrong.items())[:10])}"


def test_the_gazetteer_index_is_the_same_without_the_table(monkeypatch):
    entries = load_gazetteer().entries
    with_table = _build_index(entries, phrases.phrase_lemmatizer())
    monkeypatch.setattr(phrases, "known_lemmas", dict)   # an empty table: every word goes to pymorphy2
    without_table = _build_index(entries, phrases.phrase_lemmatizer())
    assert with_table == without_table and len(with_table) > 3000


@pytest.mark.parametrize("phrase, asked, key", [
    ("Шанхайская организация сотрудничества", [], "шанхайский организация сотрудничество"),   # all known
    ("Организации Договора о коллективной безопасности", [], "организация договор о коллективный безопасность"),
    ("Шанхайская кошка", ["кошка"], "шанхайский кошка"),    # a word the gazetteer lacks is parsed
])
def test_known_words_are_not_parsed_again(phrase, asked, key):
    vocab = CountingVocab()
    assert phrases.phrase_lemmatizer(vocab)(phrase) == key
    assert vocab.asked == asked
