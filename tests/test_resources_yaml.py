"""kg.resources reads YAML data files strictly: a key written twice in one mapping fails loudly,
naming the file and line, instead of the later value silently replacing the earlier one."""
import pytest

from kg.resources import DuplicateKeyError, load_yaml, parse_yaml


@pytest.mark.parametrize("text, expected", [
    ("others: [a, b]\nspeech: [c]\n", {"others": ["a", "b"], "speech": ["c"]}),
    # the same key in two different mappings is no duplicate
    ("words: {others: [a]}\nframes: {others: [b]}\n", {"words": {"others": ["a"]}, "frames": {"others": ["b"]}}),
])
def test_distinct_keys_load(text, expected):
    assert parse_yaml(text, "test") == expected


@pytest.mark.parametrize("text, line", [
    ("others: [a, b]\nspeech: [c]\nothers: [d]\n", 3),
    ("words:\n  others: [a]\n  others: [b]\n", 3),
    ("- {x: 1, x: 2}\n", 1),
])
def test_a_key_written_twice_fails_with_its_line(text, line):
    with pytest.raises(DuplicateKeyError, match=rf"frames\.yml.*line {line}: key '(others|x)' written twice"):
        parse_yaml(text, "frames.yml")


def test_every_shipped_rule_file_loads():
    # frames.yml once held two `others:` lists in one mapping; the loader now refuses that
    words = load_yaml("extract", "frames.yml", "ru")["words"]
    assert {"прочий", "иной", "другой"} <= set(words["others"])
