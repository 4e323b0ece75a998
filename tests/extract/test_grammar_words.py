"""kg/extract/grammar.py: a language's closed-class words, read from its grammar.yml."""
import pytest
import yaml

from kg.extract import grammar as grammar_module
from kg.extract.grammar import GrammarError, grammar
from kg.resources import read_text

RUSSIAN = yaml.safe_load(read_text("extract", "grammar.yml", "ru"))


@pytest.fixture
def grammar_file(monkeypatch):
    """Make grammar("zz") read the given mapping; the cache is emptied before and after."""
    def use(data):
        monkeypatch.setattr(grammar_module, "load_yaml", lambda stage, name, lang: data)
        grammar.cache_clear()
    yield use
    grammar.cache_clear()


def test_russian_words_are_read_as_the_rules_use_them():
    words = grammar("ru")
    assert words.relative == "который"
    assert words.list_joiners == frozenset({",", "и"})
    assert "этот" in words.demonstratives


@pytest.mark.parametrize("data, message", [
    ({"relative": "который"}, r"missing acting_title, body_inner_words"),
    (None, r"missing acting_title"),
    ({**RUSSIAN, "relatve": "x"}, r"unknown relatve"),
])
def test_a_file_lacking_or_misspelling_words_is_a_one_line_error_naming_them(grammar_file, data, message):
    grammar_file(data)
    with pytest.raises(GrammarError, match=r"grammar.yml' \(zz\): " + message):
        grammar("zz")


def test_twin_a_complete_file_is_read(grammar_file):
    grammar_file(dict(RUSSIAN))
    assert grammar("zz").acting_title == "исполняющий обязанности"
