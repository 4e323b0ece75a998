"""The demo article's facts, exactly: kg's facts against a gold set written by reading the text
(tests/data/demo/gold.tsv), both ways. Known differences are listed, each with its reason, in
tests/data/demo/known_differences.tsv; any other difference fails, and so does a listed one that
went away (delete its line)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.eval.facts.gold import GoldFact, read_gold
from kg.eval.facts.scheme import load_scheme
from kg.types import Entity

DATA = Path(__file__).parent / "data" / "demo"
ARTICLE = "sco-security-council-2024-04-03"

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def gold() -> tuple[GoldFact, ...]:
    return read_gold(DATA / "gold.tsv", {ARTICLE}, load_scheme())


@pytest.fixture(scope="module")
def known() -> dict[str, set[Triple]]:
    lines = [line for line in (DATA / "known_differences.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    differences: dict[str, set[Triple]] = {"missing": set(), "extra": set()}
    for row in csv.DictReader(lines, delimiter="\t"):
        assert row["reason"].strip(), f"a known difference needs its reason: {row}"
        differences[row["kind"]].add((row["subject"], row["predicate"], row["object"]))
    return differences


@pytest.fixture(scope="module")
def demo_facts(built, demo_article_path) -> set[Triple]:
    """kg's facts of the demo article as (subject label, canonical predicate, object label)."""
    scheme = load_scheme()
    [result] = [r for r in built.results if r.article.original == demo_article_path.read_text(encoding="utf-8")]
    facts = set()
    for fact in result.facts:
        subject, obj = fact.subject.label, _label(fact.object)
        predicate, swap = scheme.canonical_form(fact.predicate)
        facts.add((obj, predicate, subject) if swap else (subject, predicate, obj))
    return facts


def _label(value) -> str:
    return value.label if isinstance(value, Entity) else value.lexical


def _matches(row: GoldFact, fact: Triple) -> bool:
    subject, predicate, obj = fact
    if predicate != row.predicate:
        return False
    pairs = [(subject, obj), (obj, subject)] if predicate in load_scheme().symmetric else [(subject, obj)]
    return any(s in row.subject and o in row.object for s, o in pairs)


def _listing(triples: set[Triple]) -> str:
    return "".join(f"\n  {s} — {p} → {o}" for s, p, o in sorted(triples)) or " none"


def test_no_gold_fact_is_missing_but_the_known(gold, known, demo_facts):
    missing = {(row.subject[0], row.predicate, row.object[0]) for row in gold
               if not row.optional and not any(_matches(row, fact) for fact in demo_facts)}
    assert missing == known["missing"], (f"newly missing:{_listing(missing - known['missing'])}\n"
                                         f"found now (delete from known_differences.tsv):"
                                         f"{_listing(known['missing'] - missing)}")


def test_no_fact_beyond_the_gold_but_the_known(gold, known, demo_facts):
    extra = {fact for fact in demo_facts if not any(_matches(row, fact) for row in gold)}
    assert extra == known["extra"], (f"new extra facts:{_listing(extra - known['extra'])}\n"
                                     f"gone now (delete from known_differences.tsv):"
                                     f"{_listing(known['extra'] - extra)}")


def test_gold_rows_are_distinct(gold):
    keys = [(row.subject, row.predicate, row.object) for row in gold]
    assert len(keys) == len(set(keys))
