"""What resolution takes for an abbreviation: two to eight letters, mostly capitals, one token
(two-letter ones too: mutant lemmas.is_abbreviation_5 left out «ЕС» and «ПА»)."""
from __future__ import annotations

import pytest

from kg.resolve.lemmas import is_abbreviation


@pytest.mark.parametrize("text, expected", [
    ("ЕС", True), ("ПА", True),             # two letters
    ("ООН", True), ("СНГ", True),
    ("ЕАЭС", True), ("МВФ", True),
    ("Е", False),                           # one letter
    ("Ес", False),                          # one capital of two
    ("ЕВРАЗИЙСКИЙ", False),                 # more than eight letters
    ("ШОС ОДКБ", False),                    # two tokens
])
def test_abbreviations(text, expected):
    assert is_abbreviation(text) is expected
