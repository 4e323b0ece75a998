"""NLP layer: `Article` → spaCy `Doc` (tokens, lemmas, UD morphology and syntax, sentences, NER).

    language = kg.nlp.load("ru")
    doc = language.parse(article)
    language.normalize(doc.ents[0])   # "Касым-Жомарта Токаева" → "Касым-Жомарт Токаев"

Languages are plug-ins registered in kg.languages; entity labels of a Doc are ontology classes
("Person", "Organization", "Place"), mapped from each model's own tag set here (entity_labels.tsv).
"""
from kg.nlp.base import Language
from kg.nlp.registry import Lemmatize, lemmatizer, load, supported

__all__ = ["Language", "Lemmatize", "lemmatizer", "load", "supported"]
