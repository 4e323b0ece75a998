"""Every registered language provides what each stage needs: data files and Doc features."""
from __future__ import annotations

import pytest

from kg import extract, languages
from kg.registry import DuplicateNameError, Registry, UnknownNameError
from kg.resources import STAGE_RESOURCES, MissingResourceError, load_tsv, load_yaml


def stage_resources() -> list[tuple[str, str]]:
    needed = [(stage, name) for stage, names in STAGE_RESOURCES.items() for name in names]
    return needed + [("extract", name) for name in extract.resources()]


def load(stage: str, name: str, lang: str):
    return (load_tsv if name.endswith(".tsv") else load_yaml)(stage, name, lang)


@pytest.mark.parametrize("lang", languages.codes())
@pytest.mark.parametrize("stage, name", stage_resources())
def test_every_language_provides_every_resource_a_stage_reads(lang, stage, name):
    assert load(stage, name, lang)


@pytest.mark.parametrize("lang", languages.codes())
def test_every_language_provides_what_every_extractor_reads_of_a_doc(lang):
    extract.check_language(extract.names(), lang)


def test_a_missing_resource_is_a_one_line_error_naming_stage_and_language():
    with pytest.raises(MissingResourceError, match="no extract resource 'nothing.yml' for language 'ru'"):
        load_yaml("extract", "nothing.yml", "ru")


def test_extractor_resources_include_mention_finding_and_each_extractors_own():
    assert {"heads.tsv", "frames.yml", "realizations.yml", "titles.tsv", "adjacent.yml"} <= set(extract.resources())
    assert set(extract.resources(["adjacent"])) == {"heads.tsv", "documents.yml", "lists.yml", "topics.yml",
                                                   "roles.yml", "titles.tsv", "posts.yml", "nationality_nouns.tsv",
                                                   "event_phrases.yml", "grammar.yml", "adjacent.yml"}


def test_registries_refuse_duplicates_and_name_the_valid_entries():
    registry = Registry("widget")
    registry.register("a", lambda: object(), description="first")
    with pytest.raises(DuplicateNameError, match="widget 'a' is registered twice"):
        registry.register("a", lambda: object())
    with pytest.raises(UnknownNameError, match="unknown widgets: 'b', 'c'; valid: a"):
        registry.check(["a", "b", "c"])


def test_factories_run_once_and_only_when_first_used():
    calls = []
    registry = Registry("widget")
    registry.register("lazy", lambda: calls.append(1) or len(calls))
    registry.register("by-path", "collections:OrderedDict")
    assert calls == []
    assert registry.get("lazy") == registry.get("lazy") == 1 and calls == [1]
    assert type(registry.get("by-path")).__name__ == "OrderedDict"
