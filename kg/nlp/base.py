"""What every language plug-in offers: `Article` in, spaCy `Doc` out, plus name normalization."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from kg.types import Article


class Language(ABC):
    """A loaded NLP pipeline for one language; build it once per process (see `kg.nlp.load`)."""

    lang: str
    PERSON = "Person"        # the ontology class of people, as Doc entities are labelled

    @abstractmethod
    def parse(self, article: Article) -> Doc:
        """Tokens with lemma, UD pos/morph, dependencies, sentences and entities labelled with
        ontology classes (Person, Organization, Place…; see kg.nlp.analysis.to_doc)."""

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        """Parse many articles with the same loaded models."""
        for article in articles:
            yield self.parse(article)

    @abstractmethod
    def normalize(self, span: Span) -> str:
        """The canonical (nominative) form of a multi-word name, keeping its original shape."""

    def lemma_key(self, span: Span) -> str:
        """Lowercased lemmas joined by spaces, ё→е: the same key for every inflection of a name."""
        return " ".join(fold(token.lemma_) for token in span if not token.is_space)

    @abstractmethod
    def lemmatize(self, text: str) -> str:
        """Lemma key of a bare phrase (no sentence context): cheap, for gazetteer aliases and normals."""


def fold(word: str) -> str:
    """Case- and ё-insensitive form of a word, as used in lemma keys."""
    return word.lower().replace("ё", "е")
