"""The fact scorer on hand-made records (no pipeline): matching, optional rows, qualifiers, duplicates."""
from __future__ import annotations

import pytest
from facts_records import entity, fact, gold

from kg.eval.counts import Counts
from kg.eval.facts import EntityMatcher, score_corpus
from kg.gazetteer import load_gazetteer
from kg.nlp import lemmatizer
from kg.types import Value

SCO = entity("Шанхайская организация сотрудничества", "IntergovernmentalOrganization", "ШОС",
             "Шанхайской организации сотрудничества")
CSTO = entity("Организация Договора о коллективной безопасности", "IntergovernmentalOrganization",
              qid="Q318693")
KAZAKHSTAN = entity("Казахстан", "Country", "Казахстана", qid="Q232")
RUSSIA = entity("Россия", "Country", "России", qid="Q159")
PUTIN = entity("Владимир Путин", "Person", "Путина")
PUTIN_SURNAME = entity("Путин", "Person")              # kg left the surname apart
TOKAYEV = entity("Касым-Жомарт Токаев", "Person", "Токаевым")
MASADYKOV = entity("Таалатбек Масадыков", "Person")
SECRETARY = entity("генеральный секретарь ОДКБ", "Post", "генеральным секретарем ОДКБ")
SWITZERLAND = entity("Швейцария", "Country", "Швейцарии")
OSCE = entity("Организация по безопасности и сотрудничеству в Европе", "IntergovernmentalOrganization", "ОБСЕ")
SUMMIT = entity("саммит ШОС", "Summit", "саммите ШОС")
TOPIC = entity("терроризм", "Topic")


@pytest.fixture(scope="module")
def matcher() -> EntityMatcher:
    return EntityMatcher(lemmatizer("ru"), load_gazetteer())


def counts(result, section: str = "relations") -> dict[str, Counts]:
    return dict(getattr(result, section).per_type)


@pytest.mark.parametrize("rows, predicted, expected", [
    # alias and inflected forms name the same entity
    ([gold("Казахстан", "chairs", "ШОС")], [fact(KAZAKHSTAN, "chairs", SCO)], {"chairs": Counts(1, 0, 0)}),
    ([gold("Казахстана", "chairs", "Шанхайской организацией сотрудничества")], [fact(KAZAKHSTAN, "chairs", SCO)],
     {"chairs": Counts(1, 0, 0)}),
    ([gold("Россия", "memberOf", "ОДКБ")], [fact(RUSSIA, "memberOf", CSTO)], {"memberOf": Counts(1, 0, 0)}),
    # a wrong subject is a miss and an extra
    ([gold("Казахстан", "memberOf", "ШОС")], [fact(RUSSIA, "memberOf", SCO)], {"memberOf": Counts(0, 1, 1)}),
    # optional rows: found or not, they count neither way; their required twin does
    ([gold("Масадыков", "worksFor", "ОДКБ", optional=True)], [fact(MASADYKOV, "worksFor", CSTO)], {}),
    ([gold("Масадыков", "worksFor", "ОДКБ", optional=True)], [], {}),
    ([gold("Масадыков", "worksFor", "ОДКБ")], [fact(MASADYKOV, "worksFor", CSTO)], {"worksFor": Counts(1, 0, 0)}),
    ([gold("Масадыков", "worksFor", "ОДКБ")], [], {"worksFor": Counts(0, 0, 1)}),
    # duplicates: one fact predicted twice, or two predictions of one gold row, count once
    ([], [fact(RUSSIA, "memberOf", SCO), fact(RUSSIA, "memberOf", SCO)], {"memberOf": Counts(0, 1, 0)}),
    ([gold("Владимир Путин", "participatesIn", "саммит ШОС")],
     [fact(PUTIN, "participatesIn", SUMMIT), fact(PUTIN_SURNAME, "participatesIn", SUMMIT)],
     {"participatesIn": Counts(1, 0, 0)}),
    # symmetric relations match in either order and count once; others do not
    ([gold("Владимир Путин", "meetsWith", "Касым-Жомарт Токаев")], [fact(TOKAYEV, "meetsWith", PUTIN)],
     {"meetsWith": Counts(1, 0, 0)}),
    ([], [fact(TOKAYEV, "meetsWith", PUTIN), fact(PUTIN, "meetsWith", TOKAYEV)], {"meetsWith": Counts(0, 1, 0)}),
    ([gold("Казахстан", "chairs", "ШОС")], [fact(SCO, "chairs", KAZAKHSTAN)], {"chairs": Counts(0, 1, 1)}),
    # inverse predicates are read in the canonical direction
    ([gold("Казахстан", "memberOf", "ШОС")], [fact(SCO, "hasMember", KAZAKHSTAN)], {"memberOf": Counts(1, 0, 0)}),
    ([gold("Путин", "chairs", "саммит ШОС")], [fact(SUMMIT, "chairedBy", PUTIN)], {"chairs": Counts(1, 0, 0)}),
    # date objects at the gold's precision
    ([gold("ШОС", "foundedOn", "2001")], [fact(SCO, "foundedOn", Value("2001-06-15", "date"))],
     {"foundedOn": Counts(1, 0, 0)}),
    ([gold("ШОС", "foundedOn", "2001-06-15")], [fact(SCO, "foundedOn", Value("2001", "gYear"))],
     {"foundedOn": Counts(0, 1, 1)}),
    # relations gold does not annotate are not scored; once gold uses one, it is
    ([gold("Казахстан", "chairs", "ШОС")], [fact(KAZAKHSTAN, "chairs", SCO), fact(KAZAKHSTAN, "prioritizes", TOPIC)],
     {"chairs": Counts(1, 0, 0)}),
    ([gold("Казахстан", "prioritizes", "терроризм")], [fact(RUSSIA, "prioritizes", TOPIC)],
     {"prioritizes": Counts(0, 1, 1)}),
    # facts of different articles never match
    ([gold("Казахстан", "chairs", "ШОС", article="a")], [fact(KAZAKHSTAN, "chairs", SCO, article="b")],
     {"chairs": Counts(0, 1, 1)}),
], ids=["alias", "inflected", "gazetteer-abbreviation", "wrong-subject", "optional-found", "optional-missed",
        "required-found", "required-missed", "duplicate-prediction", "two-names-one-row", "symmetric-reversed",
        "symmetric-duplicate", "not-symmetric", "inverse-hasMember", "inverse-chairedBy", "date-coarser-gold",
        "date-finer-gold", "unannotated-relation", "annotated-relation", "other-article"])
def test_relation_counts(matcher, rows, predicted, expected):
    assert counts(score_corpus(rows, _by_article(predicted), matcher)) == expected


@pytest.mark.parametrize("qualifiers, predicted, expected", [
    ("validFrom=2026-01-01; validUntil=2028", [("validFrom", "2026-01-01"), ("validUntil", "2028")],
     {"validFrom": Counts(1, 0, 0), "validUntil": Counts(1, 0, 0)}),
    ("validFrom=2026", [("validFrom", "2026-01-01")], {"validFrom": Counts(1, 0, 0)}),
    ("validFrom=2026-01-01", [("validFrom", "2025-01-01")], {"validFrom": Counts(0, 1, 1)}),     # wrong date
    ("validFrom=2026-01-01", [("validFrom", "2026")], {"validFrom": Counts(0, 1, 1)}),           # less precise
    ("validFrom=2026-01-01", [], {"validFrom": Counts(0, 0, 1)}),                                # missing
    ("", [("pointInTime", "2025-11-24")], {}),                                                   # not stated
    ("", [], {}),
])
def test_qualifiers_are_scored_on_facts_found(matcher, qualifiers, predicted, expected):
    rows = [gold("Таалатбек Масадыков", "holdsPosition", "генеральный секретарь ОДКБ", qualifiers)]
    result = score_corpus(rows, _by_article([fact(MASADYKOV, "holdsPosition", SECRETARY, *predicted)]), matcher)
    assert counts(result) == {"holdsPosition": Counts(1, 0, 0)}      # the fact itself is right either way
    assert counts(result, "qualifiers") == expected
    wrong = any(c.fp or c.fn for c in expected.values())
    assert [m.kind for m in result.mistakes] == (["qualifier"] if wrong else [])
    assert result.qualifier_mistakes == int(wrong)


def test_duplicates_with_different_qualifiers_are_judged_by_the_best(matcher):
    rows = [gold("Масадыков", "holdsPosition", "генеральный секретарь ОДКБ", "validFrom=2026-01-01")]
    predicted = [fact(MASADYKOV, "holdsPosition", SECRETARY, ("validFrom", "2025")),
                 fact(MASADYKOV, "holdsPosition", SECRETARY, ("validFrom", "2026-01-01"))]
    result = score_corpus(rows, _by_article(predicted), matcher)
    assert counts(result) == {"holdsPosition": Counts(1, 0, 0)}
    assert counts(result, "qualifiers") == {"validFrom": Counts(1, 0, 0)}


@pytest.mark.parametrize("predicted, expected_relation, expected_qualifiers", [
    ([("pointInTime", "2014")], Counts(1, 0, 0), {"pointInTime": Counts(1, 0, 2)}),
    ([("pointInTime", "1996"), ("pointInTime", "2014")], Counts(1, 0, 0), {"pointInTime": Counts(2, 0, 1)}),
    ([], Counts(1, 0, 0), {"pointInTime": Counts(0, 0, 3)}),
    (None, Counts(0, 0, 1), {}),
], ids=["one-time-found", "two-times-found", "no-date", "not-found"])
def test_a_triple_repeated_with_other_times_is_one_fact(matcher, predicted, expected_relation, expected_qualifiers):
    rows = [gold("Швейцария", "chairs", "ОБСЕ", f"pointInTime={year}") for year in (1996, 2014, 2026)]
    facts = [] if predicted is None else [fact(SWITZERLAND, "chairs", OSCE, *predicted)]
    result = score_corpus(rows, _by_article(facts), matcher)
    assert counts(result) == {"chairs": expected_relation}
    assert counts(result, "qualifiers") == expected_qualifiers


def test_qualifiers_of_missed_and_optional_facts_are_not_scored(matcher):
    rows = [gold("Масадыков", "holdsPosition", "генеральный секретарь ОДКБ", "validFrom=2026"),
            gold("Масадыков", "worksFor", "ОДКБ", "validFrom=2026", optional=True)]
    result = score_corpus(rows, _by_article([fact(MASADYKOV, "worksFor", CSTO, ("validFrom", "2020"))]), matcher)
    assert counts(result, "qualifiers") == {}
    assert counts(result) == {"holdsPosition": Counts(0, 0, 1)}


def test_mistakes_carry_the_gold_evidence_or_kgs_sentence(matcher):
    rows = [gold("Казахстан", "memberOf", "ШОС", evidence="Казахстан входит в ШОС", line=7),
            gold("Масадыков", "holdsPosition", "генеральный секретарь ОДКБ", "validFrom=2026", evidence="с 2026", line=8)]
    predicted = [fact(RUSSIA, "memberOf", SCO, sentence="Россия — член ШОС."),
                 fact(MASADYKOV, "holdsPosition", SECRETARY, ("validFrom", "2025"), sentence="Масадыков стал генсеком.")]
    by_kind = {m.kind: m for m in score_corpus(rows, _by_article(predicted), matcher).mistakes}
    missed, extra, qualifier = by_kind["missed"], by_kind["extra"], by_kind["qualifier"]
    assert (missed.kind, missed.subject, missed.object, missed.evidence, missed.gold_line, missed.sentence) == (
        "missed", "Казахстан", "ШОС", "Казахстан входит в ШОС", 7, "")
    assert (extra.kind, extra.subject, extra.object, extra.sentence, extra.evidence) == (
        "extra", "Россия", "Шанхайская организация сотрудничества", "Россия — член ШОС.", "")
    assert (qualifier.kind, qualifier.gold_qualifiers, qualifier.predicted_qualifiers, qualifier.gold_line,
            qualifier.evidence, qualifier.sentence) == (
        "qualifier", "validFrom=2026", "validFrom=2025", 8, "с 2026", "Масадыков стал генсеком.")


def test_relations_can_be_narrowed(matcher):
    rows = [gold("Казахстан", "memberOf", "ШОС"), gold("Казахстан", "chairs", "ШОС")]
    predicted = [fact(KAZAKHSTAN, "memberOf", SCO), fact(RUSSIA, "chairs", SCO)]
    result = score_corpus(rows, _by_article(predicted), matcher, relations={"memberOf"})
    assert counts(result) == {"memberOf": Counts(1, 0, 0)}
    assert (result.gold_facts, result.optional_facts) == (1, 0)


def _by_article(facts) -> dict:
    grouped: dict[str, list] = {}
    for item in facts:
        grouped.setdefault(item.article, []).append(item)
    return grouped
