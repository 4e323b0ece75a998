"""The languages kg reads: code → NLP plug-in (built lazily), and where its data files live.

A language is a plug-in whose factory returns a `kg.nlp.Language` (it `assigns` the Doc
features listed in DOC_FEATURES that its models provide), plus the data files each stage needs
for it (`kg.resources.STAGE_RESOURCES`): under `kg/<stage>/resources/<code>/` for a language
shipped with kg, or under `<resources>/<stage>/` for a plug-in registered from outside kg:

    kg.languages.register("xx", "xx_plugin:create", description="…", assigns=DOC_FEATURES,
                          lemmatizer="xx_plugin:phrase_lemmatizer", resources="/path/to/xx")

`lemmatizer` names a cheap phrase lemmatizer (no sentence models) for resolution and scripts.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.registry import Entry, Registry

# Doc attributes the stages read, named as spaCy names them (token.dep is Token.dep_).
DOC_FEATURES = ("token.lemma", "token.pos", "token.morph", "token.dep", "doc.sents", "doc.ents")

LANGUAGES = Registry("language")
LANGUAGES.register("ru", "kg.nlp.ru:create", lemmatizer="kg.nlp.ru.phrases:phrase_lemmatizer", assigns=DOC_FEATURES,
                   description="Russian: razdel, slovnet morphology/syntax/NER (natasha 1.6), pymorphy2 lemmas")


def register(code: str, factory: str, *, description: str, assigns: Iterable[str] = DOC_FEATURES,
             lemmatizer: str | None = None, resources: str | None = None) -> Entry:
    return LANGUAGES.register(code, factory, description=description, assigns=assigns,
                              lemmatizer=lemmatizer, resources=resources)


def unregister(code: str) -> None:
    LANGUAGES.unregister(code)


def codes() -> tuple[str, ...]:
    return LANGUAGES.names()


def language(code: str) -> Entry:
    """The registration of `code`; a one-line error listing the supported codes otherwise."""
    return LANGUAGES.entry(code)
