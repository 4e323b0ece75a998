"""`xx`: a skeleton language plug-in that lives outside kg, for tests only.

It proves that a language is a plug-in: registering it (kg.languages.register) and shipping its
data files (resources/<stage>/…) is all it takes; no module of kg changes. The "language" is a toy:
Latin-script sentences "Subject verb object." with a closed list of verbs and a names table in
place of a NER model, parsed by rule into the same spaCy Doc the Russian plug-in builds.
"""
from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span

from kg.nlp.analysis import Analysis, Word, to_doc
from kg.nlp.base import Language
from kg.resources import load_tsv
from kg.types import Article

CODE = "xx"
RESOURCES = Path(__file__).resolve().parent / "resources"
_TOKEN = re.compile(r"\w+|[^\w\s]")


class Xx(Language):
    lang = CODE

    def __init__(self):
        self.vocab = spacy.blank("xx").vocab
        self.verbs = {row[0] for row in load_tsv("nlp", "verbs.tsv", CODE)}
        self.names = dict(load_tsv("nlp", "names.tsv", CODE))   # the "NER model": name → its tag

    def parse(self, article: Article) -> Doc:
        return to_doc(self.vocab, self.analyze(article.text), self.lang)

    def normalize(self, span: Span) -> str:
        return span.text            # no inflection in xx

    def lemmatize(self, text: str) -> str:
        return phrase_lemmatizer()(text)

    def analyze(self, text: str) -> Analysis:
        sentences, entities, sentence = [], [], []
        for match in _TOKEN.finditer(text):
            sentence.append(match)
            if match.group() in self.names:
                entities.append((match.start(), match.end(), self.names[match.group()]))
            if match.group() == ".":
                sentences.append(self._sentence(sentence))
                sentence = []
        if sentence:
            sentences.append(self._sentence(sentence))
        return Analysis(text, tuple(sentences), tuple(entities))

    def _sentence(self, tokens: list[re.Match]) -> tuple[Word, ...]:
        """The verb is the root; words before it are its subject, words after it its object."""
        verb = next((i for i, t in enumerate(tokens) if t.group().lower() in self.verbs), None)
        words = []
        for i, token in enumerate(tokens):
            text = token.group()
            pos = "VERB" if i == verb else "PUNCT" if not text[0].isalnum() else "PROPN" if text[0].isupper() else "NOUN"
            dep = "ROOT" if i == verb else "punct" if pos == "PUNCT" else "nsubj" if verb is not None and i < verb else "obj"
            words.append(Word(token.start(), token.end(), pos, "", text.lower(),
                              head=None if i == verb or verb is None else verb, dep=dep))
        return tuple(words)


def create() -> Xx:
    return Xx()


def phrase_lemmatizer():
    return lambda text: " ".join(word.lower() for word in re.findall(r"\w+", text))


def register() -> None:
    """What a package shipping this language would run on import (or through an entry point)."""
    from kg import languages

    languages.register(CODE, "lang_xx:create", lemmatizer="lang_xx:phrase_lemmatizer", resources=str(RESOURCES),
                       description="xx: a toy language of the test suite")
