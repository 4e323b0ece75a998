"""Misses counted by cause (`kg eval --facts … --causes`) on hand-made records: which end kg lacks,
a near-miss label, no edge, another predicate; and that the table prints no fact."""
from __future__ import annotations

import pytest
from facts_records import entity, fact, gold

from kg.eval.facts import EntityMatcher, format_json, format_table, score_corpus
from kg.eval.facts.causes import (BOTH_ABSENT, NEAR_MISS, NO_EDGE, OBJECT_ABSENT, OTHER_PREDICATE, SUBJECT_ABSENT,
                                  cause_table)
from kg.gazetteer import load_gazetteer
from kg.nlp import lemmatizer
from kg.types import Value

CSTO = entity("Организация Договора о коллективной безопасности", "IntergovernmentalOrganization", "ОДКБ",
              qid="Q318693")
SCO = entity("Шанхайская организация сотрудничества", "IntergovernmentalOrganization", "ШОС")
RUSSIA = entity("Россия", "Country", "России", qid="Q159")
BELARUS = entity("Белоруссия", "Country", "Белоруссии")
DECLARATION = entity("Декларация Совета коллективной безопасности ОДКБ", "Document",
                     "декларацию Совета коллективной безопасности ОДКБ")
CUT_DECLARATION = entity("декларация Совета", "Document", "декларацией Совета")
STRATEGY = entity("Стратегия развития ШОС", "Document", "Стратегию развития ШОС")
SUMMIT = entity("саммит ОДКБ", "Summit", "саммите ОДКБ")
YEAR = Value("2001", "gYear")

ADOPTS_DECLARATION = gold("ОДКБ", "adopts", "Декларация Совета коллективной безопасности ОДКБ")


@pytest.fixture(scope="module")
def matcher() -> EntityMatcher:
    return EntityMatcher(lemmatizer("ru"), load_gazetteer())


def causes(matcher, rows, predicted, nodes=()):
    result = score_corpus(rows, {"a": predicted}, matcher, nodes={"a": tuple(nodes)})
    return {(relation, cause): count for relation, by_cause in result.miss_causes.items()
            for cause, count in by_cause.items()}


@pytest.mark.parametrize("rows, predicted, nodes, expected", [
    # the subject, the object or both have no node in the article
    ([ADOPTS_DECLARATION], [], [DECLARATION], {("adopts", SUBJECT_ABSENT): 1}),
    ([ADOPTS_DECLARATION], [], [CSTO], {("adopts", OBJECT_ABSENT): 1}),
    ([ADOPTS_DECLARATION], [], [RUSSIA], {("adopts", BOTH_ABSENT): 1}),
    # a node counts whether it comes from the entities or from the ends of a fact
    ([ADOPTS_DECLARATION], [fact(CSTO, "hosts", SUMMIT)], [DECLARATION], {("adopts", NO_EDGE): 1}),
    # both ends present: no edge at all, or an edge with another predicate (either direction)
    ([ADOPTS_DECLARATION], [], [CSTO, DECLARATION], {("adopts", NO_EDGE): 1}),
    ([ADOPTS_DECLARATION], [fact(CSTO, "signs", DECLARATION)], [], {("adopts", OTHER_PREDICATE): 1}),
    ([gold("Россия", "memberOf", "ОДКБ")], [fact(CSTO, "hasMember", RUSSIA)], [], {}),   # the inverse is found
    ([gold("Россия", "memberOf", "ОДКБ")], [fact(CSTO, "chairs", RUSSIA)], [], {("memberOf", OTHER_PREDICATE): 1}),
    # a near-miss label: the document's label was cut (same head word, shared stems) …
    ([ADOPTS_DECLARATION], [], [CSTO, CUT_DECLARATION], {("adopts", NEAR_MISS): 1}),
    # … but another head word, or a word the gold label lacks, is absent, not near
    ([ADOPTS_DECLARATION], [], [CSTO, STRATEGY], {("adopts", OBJECT_ABSENT): 1}),
    ([gold("ШОС", "adopts", "Стратегия развития ОДКБ")], [], [SCO, STRATEGY], {("adopts", OBJECT_ABSENT): 1}),
    # a date: the same year at another precision is near, another year absent
    ([gold("ШОС", "foundedOn", "2001-06-15")], [fact(SCO, "foundedOn", YEAR)], [], {("foundedOn", NEAR_MISS): 1}),
    ([gold("ШОС", "foundedOn", "2002")], [fact(SCO, "foundedOn", YEAR)], [], {("foundedOn", OBJECT_ABSENT): 1}),
    # found facts and optional rows are no misses
    ([ADOPTS_DECLARATION], [fact(CSTO, "adopts", DECLARATION)], [], {}),
    ([gold("ОДКБ", "adopts", "Декларация Совета коллективной безопасности ОДКБ", optional=True)], [], [], {}),
    # one row per missed triple, counted per relation
    ([ADOPTS_DECLARATION, gold("Белоруссия", "chairs", "ОДКБ"), gold("Россия", "chairs", "ОДКБ")],
     [fact(RUSSIA, "memberOf", CSTO)], [BELARUS, DECLARATION],
     {("adopts", NO_EDGE): 1, ("chairs", NO_EDGE): 1, ("chairs", OTHER_PREDICATE): 1}),
])
def test_misses_by_cause(matcher, rows, predicted, nodes, expected):
    assert causes(matcher, rows, predicted, nodes) == expected


def test_causes_only_when_nodes_are_given(matcher):
    result = score_corpus([ADOPTS_DECLARATION], {"a": []}, matcher)
    assert result.miss_causes is None
    assert "Missed by cause" not in format_table(result) and "miss_causes" not in format_json(result)


def test_cause_table_prints_counts_and_no_fact(matcher):
    rows = [ADOPTS_DECLARATION, gold("Белоруссия", "chairs", "ОДКБ")]
    result = score_corpus(rows, {"a": [fact(CSTO, "signs", DECLARATION)]}, matcher, nodes={"a": ()})
    table, data = format_table(result), format_json(result)
    for label in ("Декларация", "Белоруссия", "ОДКБ"):
        assert label not in table and label not in data
    lines = cause_table(result.miss_causes)
    assert lines[0].split()[:3] == ["Missed", "by", "cause"]
    assert lines[1].split() == ["adopts", "0", "0", "0", "0", "1", "0", "1"]       # another predicate
    assert lines[2].split() == ["chairs", "1", "0", "0", "0", "0", "0", "1"]       # Belarus absent
    assert lines[-1].split() == ["all", "1", "0", "0", "0", "1", "0", "2"]
