"""Russian: razdel segmentation, slovnet morphology/syntax/NER, pymorphy2 lemmas, as a spaCy Doc."""
from __future__ import annotations

import razdel
from razdel.substring import Substring
from spacy.lang.ru import Russian as SpacyRussian
from spacy.tokens import Doc, Span
from spacy.vocab import create_vocab

from kg.nlp.analysis import Analysis, Word, to_doc
from kg.nlp.base import Language
from kg.nlp.pieces import analyze_in_pieces
from kg.nlp.ru.entities import Entity, recognize, without_leading_titles
from kg.nlp.ru.models import Models
from kg.nlp.ru.names import is_common_noun, person_lemma
from kg.nlp.ru.normalize import normalize
from kg.nlp.ru.phrases import phrase_lemmatizer
from kg.nlp.ru.sentences import sentences
from kg.types import Article

PERSON = "PER"


class Russian(Language):
    lang = "ru"

    def __init__(self, models: Models):
        self.models = models
        # one vocab (string store) for every Doc we make: spaCy's Russian vocab, made as spacy.blank("ru")
        # makes it, without the tokenizer and config that blank() also builds (0.3 s) and kg never uses
        self.vocab = create_vocab("ru", SpacyRussian.Defaults)
        self._lemmatize_phrase = phrase_lemmatizer(models.vocab)

    def parse(self, article: Article) -> Doc:
        return to_doc(self.vocab, self.analyze(article.text), self.lang)

    def normalize(self, span: Span) -> str:
        return normalize(self.models.vocab, span)

    def lemmatize(self, text: str) -> str:
        return self._lemmatize_phrase(text)

    def analyze(self, text: str) -> Analysis:
        return analyze_in_pieces(text, self._analyze_piece)   # bounded memory for long texts

    def _analyze_piece(self, text: str) -> Analysis:
        tokens = list(razdel.tokenize(text))
        groups = sentences(text, tokens)
        words = [[token.text for token in group] for group in groups]
        tagged = list(zip(groups, self.models.morph.map(words), self.models.syntax.map(words)))
        ends = {token.start: token.stop for token in tokens}
        entities = without_leading_titles(recognize(self.models.ner, text, tokens), ends, text,
                                          lambda word: is_common_noun(self.models.vocab, word))
        in_person = _person_chars(entities)
        analysed = tuple(
            tuple(self._word(token, word, parsed, token.start in in_person)
                  for token, word, parsed in zip(group, morph.tokens, syntax.tokens))
            for group, morph, syntax in tagged)
        return Analysis(text, analysed, tuple(entities))

    def _word(self, token: Substring, tagged, parsed, in_person: bool) -> Word:
        lemma = None
        if in_person and tagged.pos == "PROPN":
            lemma = person_lemma(self.models.vocab, token.text, tagged.feats)
        if lemma is None:
            lemma = self.models.vocab.lemmatize(token.text, tagged.pos, tagged.feats)
        head = int(parsed.head_id)
        return Word(token.start, token.stop, tagged.pos, _feats_string(tagged.feats), lemma,
                    head=head - 1 if head else None, dep=parsed.rel)


def _feats_string(feats: dict[str, str]) -> str:
    return "|".join(f"{key}={value}" for key, value in sorted(feats.items()))


def _person_chars(entities: list[Entity]) -> set[int]:
    return {char for start, end, label in entities if label == PERSON for char in range(start, end)}
