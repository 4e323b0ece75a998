"""The gazetteer's curated member lists (used only by `kg build --enrich`)."""
from __future__ import annotations

import json

import pytest

from kg.gazetteer import (Gazetteer, GazetteerEntry, GazetteerError, Member, entry_from_json, entry_to_json,
                          listed_memberships)


def _key(gazetteer, ru: str) -> str:
    [entry] = [entry for entry in gazetteer.entries if entry.ru == ru]
    return entry.key


def _members(gazetteer, organization: str) -> dict[str, str | None]:
    listed = listed_memberships([_key(gazetteer, organization)], gazetteer)
    return {membership.member.label: membership.since for membership in listed}


MEMBERS = [   # (organization, member, year of joining or None when the list gives none)
    ("Шанхайская организация сотрудничества", "Китай", "2001"),
    ("Шанхайская организация сотрудничества", "Узбекистан", "2001"),
    ("Шанхайская организация сотрудничества", "Пакистан", "2017"),
    ("Шанхайская организация сотрудничества", "Иран", "2023"),
    ("Шанхайская организация сотрудничества", "Белоруссия", "2024"),
    ("Организация Договора о коллективной безопасности", "Армения", None),
    ("Евразийский экономический союз", "Киргизия", "2015"),
    ("Содружество Независимых Государств", "Молдавия", None),
    ("БРИКС", "ЮАР", "2011"),
    ("БРИКС", "ОАЭ", "2024"),
    ("БРИКС", "Индонезия", "2025"),
]


@pytest.mark.parametrize("organization, member, since", MEMBERS)
def test_listed_member_and_year(gazetteer, organization, member, since):
    assert _members(gazetteer, organization)[member] == since


@pytest.mark.parametrize("organization, count", [
    ("Шанхайская организация сотрудничества", 10), ("Организация Договора о коллективной безопасности", 6),
    ("Евразийский экономический союз", 5), ("Содружество Независимых Государств", 9), ("БРИКС", 10),
    ("Организация Объединенных Наций", 0),
])
def test_member_counts(gazetteer, organization, count):
    assert len(_members(gazetteer, organization)) == count


def test_members_carry_gazetteer_qids_and_the_list_source(gazetteer):
    [india] = [m for m in listed_memberships([_key(gazetteer, "БРИКС")], gazetteer) if m.member.label == "Индия"]
    assert india.member.wikidata == india.member.key == _key(gazetteer, "Индия")
    assert india.member.labels == (("en", "India"),)
    assert india.organization.wikidata is None   # BRICS has no QID in NEREL: it works by its local key
    assert "as of" in india.list_source


def test_keys_that_are_not_listed_organizations_yield_nothing(gazetteer):
    assert list(listed_memberships(["Q159", "person/nobody"], gazetteer)) == []


def test_member_missing_from_the_gazetteer_is_a_one_line_error():
    club = GazetteerEntry(key="organization/club", type="Organization", ru="Клуб", members=(Member("Q0"),))
    with pytest.raises(GazetteerError, match="'Q0' of 'organization/club'"):
        list(listed_memberships(["organization/club"], Gazetteer((club,))))


def test_members_survive_the_json_round_trip(gazetteer):
    entry = gazetteer.by_key(_key(gazetteer, "Шанхайская организация сотрудничества"))
    assert entry_from_json(json.loads(json.dumps(entry_to_json(entry)))) == entry
