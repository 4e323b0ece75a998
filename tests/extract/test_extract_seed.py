"""The seed article (SCO security-council secretaries meet Tokayev), parsed for real."""
from __future__ import annotations

import pytest
from triples import triple

from kg.types import Mention, Value

PROGRAMME = ("Программа сотрудничества по противодействию терроризму, сепаратизму и экстремизму "
             "на 2025-2027 годы")
STRATEGY = "Антинаркотическая стратегия ШОС на 2024-2029 годы"
INITIATIVE = "Инициатива ШОС «О мировом единстве за справедливый мир и согласие»"
SECRETARIES = "секретари советов безопасности государств – членов Шанхайской организации сотрудничества"


@pytest.mark.parametrize("expected", [
    ("Казахстан", "chairs", "ШОС"),
    ("ШОС", "adopts", STRATEGY),
    (STRATEGY, "validFrom", "2024"),
    (STRATEGY, "validUntil", "2029"),
    ("Касым-Жомарт Токаев", "callsFor", PROGRAMME),
    (PROGRAMME, "validFrom", "2025"),
    (PROGRAMME, "validUntil", "2027"),
    (PROGRAMME, "about", "терроризм"),
    (PROGRAMME, "about", "сепаратизм"),
    (PROGRAMME, "about", "экстремизм"),
    ("мы", "proposes", INITIATIVE),
    ("глава государства", "meetsWith", SECRETARIES),
    ("Казахстан", "prioritizes", "незаконный оборот наркотиков"),
    ("Россия", "cooperatesWith", "Казахстан"),
])
def test_seed_facts(seed, expected):
    assert expected in {triple(c) for c in seed.candidates}


@pytest.mark.parametrize("text, label", [
    ("Глава государства", "Person"),          # role references: resolution links them to Tokayev/Kazakhstan
    ("Казахстанская сторона", "Country"),
    ("нами", "Country"),
    ("секретарями советов безопасности государств – членов Шанхайской организации сотрудничества", "Group"),
    ("Антинаркотической стратегии ШОС на 2024-2029 годы", "Strategy"),
    ("недавний теракт в Подмосковье", "Attack"),
    ("незаконному обороту наркотиков", "Topic"),
])
def test_seed_mentions(seed, text, label):
    assert (text, label) in {(m.text, m.label) for m in seed.mentions}


@pytest.mark.parametrize("predicate", ["callsFor", "chairs", "cooperatesWith"])
def test_seed_facts_carry_the_dateline(seed, predicate):
    facts = [c for c in seed.candidates if c.predicate == predicate]
    assert facts and all(("pointInTime", Value("2024-04-03", "date")) in c.qualifiers for c in facts)


def test_seed_provenance_points_at_the_evidence(seed):
    text = seed.article.text
    for candidate in seed.candidates:
        evidence = candidate.provenance
        assert evidence.sentence in text and text[evidence.start:evidence.end] in evidence.sentence
        for part in (candidate.subject, candidate.object):
            if isinstance(part, Mention):
                assert text[part.start:part.end] == part.text


def test_seed_no_fact_from_the_embedded_adoption(seed):
    """"нами предложено … принять Инициативу": proposed, not adopted."""
    assert not [c for c in seed.candidates if c.predicate == "adopts" and "Инициатива" in c.object.normal]
