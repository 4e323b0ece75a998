"""NLP layer: `Article` → spaCy `Doc` (tokens, lemmas, UD morphology and syntax, sentences, NER).

    language = kg.nlp.load("ru")
    doc = language.parse(article)
    language.normalize(doc.ents[0])   # "Касым-Жомарта Токаева" → "Касым-Жомарт Токаев"
"""
from kg.nlp.base import Language
from kg.nlp.registry import UnsupportedLanguageError, load, supported

__all__ = ["Language", "UnsupportedLanguageError", "load", "supported"]
