"""The pieces of the feature extraction and of the label layers, on real words and spans."""
from __future__ import annotations

import pytest

from kg.train.corpus import GoldEntity
from kg.learn.features import shape
from kg.learn.pairs import is_acronym
from kg.train.ner import layer_spans


@pytest.mark.parametrize(("word", "expected"), [
    ("Токаев", "Xx"), ("ШОС", "X"), ("2024-2029", "d-d"), ("G20", "Xd"), ("саммит", "x"),
    ("Касым-Жомарт", "Xx-Xx"), ("«", "«"),
    # what the regular expressions of training gave: "_" and "\n" are no letters, "³" and "Ⅻ" are,
    # Arabic-Indic digits are digits, a run of one symbol is one, at most six classes
    ("COVID-19", "X-d"), ("x_y", "x_x"), ("м³", "x"), ("Ⅻ", "X"), ("١٢٣", "d"), ("ООН/ЮНЕСКО", "X/X"),
    ("a\n\nb", "x\n\nx"), ("!!!", "!"), ("Abcdefgh1234-x-y", "Xxd-x-"),
])
def test_shape(word, expected):
    assert shape(word) == expected


@pytest.mark.parametrize(("short", "long", "expected"), [
    ("ШОС", "Шанхайская организация сотрудничества", True),
    ("ЕАЭС", "Евразийский экономический союз", False),     # "ЕАЭС" keeps two letters of one word
    ("ОДКБ", "Организация Договора о коллективной безопасности", True),   # "о" is skipped
    ("СНГ", "Содружество Независимых Государств", True),
    ("ШОС", "Организация Договора о коллективной безопасности", False),
    ("шос", "Шанхайская организация сотрудничества", False),   # an acronym is written in capitals
    ("ШОС", "Шанхайская", False),                              # one word has no acronym
])
def test_acronym(short, long, expected):
    assert is_acronym(short, long) is expected


NEST = [GoldEntity("T1", "PROFESSION", 0, 3), GoldEntity("T2", "PROFESSION", 0, 2),
        GoldEntity("T3", "ORGANIZATION", 2, 3), GoldEntity("T4", "PROFESSION", 5, 6),
        GoldEntity("T5", "PROFESSION", 0, 1)]


@pytest.mark.parametrize(("entity_type", "layer", "expected"), [
    ("PROFESSION", "outer", [(0, 3), (5, 6)]),      # "генсек ОДКБ", and a lone "президент"
    ("PROFESSION", "inner", [(0, 1)]),              # the innermost of the nest only
    ("ORGANIZATION", "outer", [(2, 3)]),
    ("ORGANIZATION", "inner", []),
])
def test_layers(entity_type, layer, expected):
    assert layer_spans(NEST, entity_type, layer) == expected
