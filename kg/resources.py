"""The one loader of kg's data files (lexicons, patterns, tables), for every stage.

    load_yaml("extract", "frames.yml", "ru")    # kg/extract/resources/ru/frames.yml
    load_tsv("ingest", "homoglyphs.tsv", "ru")  # kg/ingest/resources/ru/homoglyphs.tsv
    load_yaml("viz", "styles.yml")              # kg/viz/resources/styles.yml (language-neutral)

A language registered from outside kg keeps its files in `<its resources dir>/<stage>/<name>`.
STAGE_RESOURCES lists the files each stage reads for every language; tests check that every
registered language provides them. Files are read once per process and never modified.

The TSV dialect: UTF-8, one row per line, cells separated by tabs and stripped, blank lines and
lines starting with "#" skipped; no header line, no quoting.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError
from kg.languages import language

# The per-language files each stage reads (extractors declare theirs when they register).
STAGE_RESOURCES = {
    "ingest": ("chrome.yml", "dates.yml", "homoglyphs.tsv"),
    "nlp": ("entity_labels.tsv",),
    "resolve": ("coreference.yml", "event_names.yml"),
}


class MissingResourceError(KgError):
    """A stage needs a data file that is not there (for that language)."""


def locate(stage: str, name: str, lang: str | None = None) -> Traversable:
    """Where a data file is; MissingResourceError if it is not there."""
    found = _path(stage, name, lang)
    if not found.is_file():
        owner = f" for language {lang!r}" if lang else ""
        raise MissingResourceError(f"no {stage} resource {name!r}{owner}")
    return found


def _path(stage: str, name: str, lang: str | None) -> Traversable:
    if lang is not None:
        outside = language(lang).meta.get("resources")
        if outside:
            return Path(outside) / stage / name
        return resources.files(f"kg.{stage}").joinpath("resources", lang, name)
    return resources.files(f"kg.{stage}").joinpath("resources", name)


def read_text(stage: str, name: str, lang: str | None = None) -> str:
    return locate(stage, name, lang).read_text(encoding="utf-8")


# libyaml's parser when PyYAML was built with it: the same documents as yaml.safe_load, ten times
# faster (the 14 rule files took 0.8 s of a one-article build with the pure-Python parser)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKeyError(KgError):
    """A data file writes one key twice in a mapping (YAML would silently keep the last)."""


class _StrictLoader(_SAFE_LOADER):  # type: ignore[valid-type,misc]
    """The safe loader, refusing a key written twice in one mapping: a second `others:` list in a
    lexicon would otherwise replace the first without a word."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                mark = key_node.start_mark
                raise DuplicateKeyError(f"line {mark.line + 1}: key {key!r} written twice in one mapping")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, source: str) -> Any:
    """A YAML document; DuplicateKeyError, naming `source`, when a mapping writes a key twice."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except DuplicateKeyError as error:
        raise DuplicateKeyError(f"{source}: {error}") from None


@cache
def load_yaml(stage: str, name: str, lang: str | None = None) -> Any:
    source = f"{stage} resource {name!r}" + (f" ({lang})" if lang else "")
    return parse_yaml(read_text(stage, name, lang), source)


@cache
def load_tsv(stage: str, name: str, lang: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV file in kg's dialect (see the module docstring)."""
    lines = read_text(stage, name, lang).splitlines()
    return tuple(tuple(cell.strip() for cell in line.split("\t"))
                 for line in lines if line.strip() and not line.startswith("#"))


@cache
def load_words(stage: str, name: str, lang: str | None = None) -> frozenset[str]:
    """The first column of a TSV file: a word list."""
    return frozenset(row[0] for row in load_tsv(stage, name, lang))
