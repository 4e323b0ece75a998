"""Score one article's predicted facts against its gold rows.

Rules (they decide the numbers, so they are stated here and in the README):
* A prediction matches a gold row when the predicates are equal (inverses already turned into
  the canonical direction) and the gold subject and object name the predicted ones
  (`EntityMatcher`); for a symmetric relation (meetsWith, cooperatesWith) in either order.
* A required gold row with at least one matching prediction is a true positive, without one a
  false negative (a miss). A prediction that matches no gold row is a false positive (an
  extra). Predictions matching an optional row count neither way, and neither does the row.
* Predictions that are one fact (same predicate, subject and object entity) count once; so do
  several predictions that match one gold row (for instance "Путин" and "Владимир Путин" when kg
  left them apart): the gold row is found once, and none of them is an extra.
* Gold rows that repeat one triple with other qualifiers (Switzerland chaired the OSCE in 1996,
  2014 and 2026) are one fact: found once, or missed once; each row's qualifiers are scored.
* Qualifiers are scored only on true positives, against the matching prediction that agrees
  best, and only the qualifiers the gold row states (annotators date what the text dates; a date
  kg adds that the row does not state is not judged): equal at the gold's precision is a TP, a
  gold value kg lacks is a FN, a wrong value is both a FP and a FN. Such a fact stays a true
  positive and is listed as a "qualifier" mistake.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kg.eval.counts import Counts
from kg.eval.facts import dates
from kg.eval.facts.gold import GoldFact
from kg.eval.facts.match import EntityMatcher
from kg.eval.facts.predicted import PredictedFact
from kg.eval.facts.scheme import Scheme
from kg.types import Entity, Qualifiers, Value

MISSED, EXTRA, QUALIFIER = "missed", "extra", "qualifier"


@dataclass(frozen=True)
class FactMistake:
    article: str
    kind: str                      # MISSED (gold, not found), EXTRA (found, not in gold), QUALIFIER
    predicate: str
    subject: str
    object: str
    gold_qualifiers: str = ""      # "validFrom=2026-01-01; validUntil=2028"
    predicted_qualifiers: str = ""
    evidence: str = ""             # the gold row's evidence
    sentence: str = ""             # kg's provenance sentence
    gold_line: int | None = None


@dataclass(frozen=True)
class ArticleScore:
    relations: dict[str, Counts]
    qualifiers: dict[str, Counts]
    mistakes: tuple[FactMistake, ...]
    missed: tuple[GoldFact, ...] = ()      # one required row per missed triple


def score_article(gold: Sequence[GoldFact], predicted: Sequence[PredictedFact], matcher: EntityMatcher,
                  scheme: Scheme) -> ArticleScore:
    """`gold`: the article's rows; `predicted`: its facts in canonical form (`predicted.canonical`)."""
    found = [[fact for fact in predicted if _matches(row, fact, matcher, scheme)] for row in gold]
    matched = {id(fact) for facts in found for fact in facts}
    extras = _unique([fact for fact in predicted if id(fact) not in matched], scheme)
    relations: Counter = Counter()
    qualifiers: dict[str, Counts] = {}
    mistakes, missed = [], []
    for rows, facts in _triples(gold, found):
        predicate = rows[0].predicate
        if not facts:
            relations[predicate, "fn"] += 1
            mistakes.append(_missed(rows[0]))
            missed.append(rows[0])
            continue
        relations[predicate, "tp"] += 1
        best = max(facts, key=lambda fact: _agreement(rows, fact, scheme))
        outcome = _qualifier_counts(rows, best, scheme)
        for name, counts in outcome.items():
            qualifiers[name] = qualifiers.get(name, Counts()) + counts
        if any(counts.fp or counts.fn for counts in outcome.values()):
            mistakes.append(_qualifier_mistake(rows, best))
    for fact in extras:
        relations[fact.predicate, "fp"] += 1
        mistakes.append(_extra(fact))
    return ArticleScore(_counts(relations), dict(sorted(qualifiers.items())), tuple(mistakes), tuple(missed))


def _triples(gold: Sequence[GoldFact], found: list[list[PredictedFact]]):
    """(rows, matching predictions) per required gold triple: rows that repeat a triple with other
    qualifiers are one fact."""
    groups: dict[tuple, tuple[list[GoldFact], dict[int, PredictedFact]]] = {}
    for row, facts in zip(gold, found):
        if not row.optional:
            rows, predictions = groups.setdefault((row.predicate, row.subject, row.object), ([], {}))
            rows.append(row)
            predictions.update((id(fact), fact) for fact in facts)
    return [(rows, list(predictions.values())) for rows, predictions in groups.values()]


def _matches(row: GoldFact, fact: PredictedFact, matcher: EntityMatcher, scheme: Scheme) -> bool:
    if row.predicate != fact.predicate:
        return False
    date = row.predicate in scheme.date_objects

    def ends_match(subject: Entity | Value, object_: Entity | Value) -> bool:
        return matcher.matches(row.subject, subject) and matcher.matches(row.object, object_, date=date)

    return ends_match(fact.subject, fact.object) or (
        row.predicate in scheme.symmetric and ends_match(fact.object, fact.subject))


def _unique(facts: list[PredictedFact], scheme: Scheme) -> list[PredictedFact]:
    unique: dict[tuple, PredictedFact] = {}
    for fact in facts:
        unique.setdefault(fact.key(fact.predicate in scheme.symmetric), fact)
    return list(unique.values())


def _qualifier_counts(rows: Sequence[GoldFact], fact: PredictedFact, scheme: Scheme) -> dict[str, Counts]:
    """Per qualifier name the gold rows state: gold values kg gives (TP), lacks (FN), and kg's
    values that match none of them (FP)."""
    counts = {}
    for name in scheme.qualifiers:
        wanted = [value for row in rows for qualifier, value in row.qualifiers if qualifier == name]
        if not wanted:
            continue
        given = _values(fact.qualifiers, name)
        tp = sum(any(dates.same_date(w, g) for g in given) for w in wanted)
        fp = sum(not any(dates.same_date(w, g) for w in wanted) for g in given)
        counts[name] = Counts(tp=tp, fp=fp, fn=len(wanted) - tp)
    return counts


def _agreement(rows: Sequence[GoldFact], fact: PredictedFact, scheme: Scheme) -> tuple[int, int]:
    counts = sum(_qualifier_counts(rows, fact, scheme).values(), Counts())
    return counts.tp, -(counts.fp + counts.fn)


def _values(qualifiers: Qualifiers, name: str) -> list[str]:
    return [value.lexical for qualifier, value in qualifiers if qualifier == name]


def _counts(tally: Counter) -> dict[str, Counts]:
    names = sorted({name for name, _ in tally})
    return {name: Counts(tally[name, "tp"], tally[name, "fp"], tally[name, "fn"]) for name in names}


def _missed(row: GoldFact) -> FactMistake:
    return FactMistake(row.article, MISSED, row.predicate, _labels(row.subject), _labels(row.object),
                       gold_qualifiers=_gold_qualifiers(row), evidence=row.evidence, gold_line=row.line)


def _extra(fact: PredictedFact) -> FactMistake:
    return FactMistake(fact.article, EXTRA, fact.predicate, _label(fact.subject), _label(fact.object),
                       predicted_qualifiers=_predicted_qualifiers(fact.qualifiers), sentence=fact.sentence)


def _qualifier_mistake(rows: Sequence[GoldFact], fact: PredictedFact) -> FactMistake:
    row = rows[0]
    return FactMistake(row.article, QUALIFIER, row.predicate, _labels(row.subject), _labels(row.object),
                       " / ".join(_gold_qualifiers(r) for r in rows), _predicted_qualifiers(fact.qualifiers),
                       row.evidence, fact.sentence, row.line)


def _labels(alternatives: tuple[str, ...]) -> str:
    return " | ".join(alternatives)


def _label(value: Entity | Value) -> str:
    return value.label if isinstance(value, Entity) else value.lexical


def _gold_qualifiers(row: GoldFact) -> str:
    return "; ".join(f"{name}={value}" for name, value in row.qualifiers)


def _predicted_qualifiers(qualifiers: Qualifiers) -> str:
    return "; ".join(f"{name}={value.lexical}" for name, value in qualifiers)
