"""The committed gazetteer file: deterministic, well-formed, with QIDs only from NEREL."""
from __future__ import annotations

import json
import re

import pytest

from kg.gazetteer import GAZETTEER_PATH, GazetteerError, read_gazetteer


def test_file_is_sorted_and_keys_are_unique():
    keys = [json.loads(line)["key"] for line in GAZETTEER_PATH.read_text(encoding="utf-8").splitlines()]
    assert keys == sorted(keys) and len(keys) == len(set(keys))


def test_every_qid_comes_from_nerel_and_keys_are_ascii(gazetteer):
    for entry in gazetteer.entries:
        assert entry.key.isascii() and re.fullmatch(r"Q\d+|[a-z]+/[a-z0-9-]+", entry.key), entry.key
        assert (entry.qid is None) == ("NEREL" not in entry.source or "no QID" in entry.source), entry


@pytest.mark.parametrize("alpha_name", ["Казахстан", "Китай", "Тувалу", "Ватикан", "Косово", "Палестина"])
def test_states_are_present(alpha_name, gazetteer):
    assert any(entry.ru == alpha_name and entry.type == "Country" for entry in gazetteer.entries)


def test_unreadable_gazetteer_is_a_user_error(tmp_path):
    broken = tmp_path / "gazetteer.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="cannot read gazetteer"):
        read_gazetteer(broken)


@pytest.mark.parametrize("person, state", [("Александр Лукашенко", "Белоруссия"), ("Ван И", "Китай"),
                                           ("Йенс Столтенберг", "Норвегия")])   # "NO" is no YAML boolean here
def test_a_curated_person_names_their_state(person, state, gazetteer):
    entry = next(e for e in gazetteer.entries if e.ru == person and e.type == "Person")
    assert gazetteer.by_key(entry.citizenship).ru == state


def test_every_citizenship_is_a_state_of_the_gazetteer(gazetteer):
    citizenships = [e.citizenship for e in gazetteer.entries if e.citizenship]
    assert citizenships and all(gazetteer.by_key(key).type == "Country" for key in citizenships)
