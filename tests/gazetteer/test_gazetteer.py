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


def _curated():
    import yaml

    return yaml.safe_load(GAZETTEER_PATH.with_name("gazetteer_curated.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", _curated()["not_names"])
def test_a_refused_name_names_nothing(name, gazetteer):
    """«Совета глав государств» (NEREL linked it to the G8 once) would make every «Совет глав
    государств СНГ» the G8: the curated `not_names` are mined for no entry."""
    assert not any(name in entry.aliases for entry in gazetteer.entries)


@pytest.mark.parametrize("name, key", [("Совета глав государств", "Q37143"), ("Большой восьмерки", "Q37143")])
def test_refusing_a_name_keeps_the_others(name, key, gazetteer, lemmatize):
    """Twin of the refusal above: the G8's own name still matches it, the council's does not."""
    matched = {match.entry.key for match in gazetteer.matches(lemmatize(name), lemmatize)}
    assert (key in matched) == (name == "Большой восьмерки")


def test_a_curated_name_with_a_comma_stays_whole():
    """A flow list splits at commas: «[… образования, науки и культуры]» made «науки и культуры» a name."""
    for section in ("organizations", "persons"):
        for item in _curated()[section]:
            for name in (*item.get("aliases", ()), *item.get("context_only", ())):
                assert name[:1].isupper() or name[:1].isdigit(), (item["ru"], name)
