"""The registry of relation extractors that `kg build --extractors` selects from (kg.registry's pattern).

Each extractor declares the Doc features it `requires` (kg.languages.DOC_FEATURES names) and the
data files it reads for a language (`resources`, under resources/<lang>/); `check` refuses a
selection that a language cannot serve before anything runs. Modules are imported on first use.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from spacy.tokens import Doc

from kg.extract.context import ExtractContext
from kg.languages import DOC_FEATURES, language
from kg.registry import Entry, Registry, UnknownNameError
from kg.types import Candidate

# What finding the mentions needs, whichever extractors run (kg/extract/mentions.py).
MENTION_RESOURCES = ("heads.tsv", "documents.yml", "lists.yml", "topics.yml", "roles.yml", "titles.tsv", "posts.yml",
                     "nationality_nouns.tsv", "event_phrases.yml", "grammar.yml")

EXTRACTORS = Registry("extractor")
UnknownExtractorError = UnknownNameError


class MissingFeatureError(UnknownNameError):
    """A language whose NLP does not provide what a selected extractor reads."""


@runtime_checkable
class Extractor(Protocol):
    """Reads one parsed article and proposes statements about its mentions."""

    name: str

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterable[Candidate]: ...


def register(name: str, factory, *, description: str, requires: Iterable[str] = DOC_FEATURES,
             resources: Iterable[str] = ()) -> Entry:
    """Add an extractor: `factory` (a callable or "module:attribute") builds it on first use."""
    return EXTRACTORS.register(name, factory, description=description, requires=requires,
                               resources=tuple(resources))


def names() -> tuple[str, ...]:
    return EXTRACTORS.names()


def get(name: str) -> Extractor:
    return EXTRACTORS.get(name)


def check_names(requested: Sequence[str]) -> None:
    """Fail with one line naming the valid extractors if any requested name is unknown."""
    EXTRACTORS.check(requested)


def check_language(requested: Sequence[str], lang: str) -> None:
    """Fail with one line if `lang`'s NLP lacks a Doc feature a requested extractor requires."""
    provided = set(language(lang).assigns)
    for name in requested:
        missing = [feature for feature in EXTRACTORS.entry(name).requires if feature not in provided]
        if missing:
            raise MissingFeatureError(f"extractor {name!r} needs {', '.join(missing)}, which language "
                                      f"{lang!r} does not provide")


def resources(requested: Sequence[str] | None = None) -> tuple[str, ...]:
    """The data files the requested (default: all) extractors read, plus those of mention finding."""
    chosen = names() if requested is None else requested
    needed = [*MENTION_RESOURCES, *(r for name in chosen for r in EXTRACTORS.entry(name).meta["resources"])]
    return tuple(dict.fromkeys(needed))


def describe() -> tuple[tuple[str, str], ...]:
    """(name, description) of every registered extractor, for `kg extractors`."""
    return tuple((entry.name, entry.description) for entry in EXTRACTORS.entries())
