"""Plain records for the fact scorer's tests: entities, kg's facts and gold rows, by label."""
from __future__ import annotations

from kg.eval.facts import GoldFact, PredictedFact
from kg.vocab.translit import transliterate
from kg.types import Entity, Value


def entity(label: str, kind: str = "Organization", *aliases: str, qid: str | None = None) -> Entity:
    """An entity as kg's resolution makes it: keyed by its QID when linked, else by type and label."""
    key = qid or f"{kind.lower()}/" + "-".join(transliterate(label).lower().split())
    return Entity(key=key, type=kind, label=label,
                  aliases=frozenset((label, *aliases)), wikidata=qid)


def fact(subject: Entity, predicate: str, object_: Entity | Value, *qualifiers: tuple[str, str],
         article: str = "a", sentence: str = "") -> PredictedFact:
    return PredictedFact(article, predicate, subject, object_,
                         tuple((name, Value(value, _datatype(value))) for name, value in qualifiers),
                         sentence or f"{subject.label} {predicate} {getattr(object_, 'label', object_)}.")


def gold(subject: str, predicate: str, object_: str, qualifiers: str = "", *, optional: bool = False,
         article: str = "a", evidence: str = "", line: int = 0) -> GoldFact:
    pairs = tuple(tuple(part.strip() for part in item.split("=")) for item in qualifiers.split(";") if item.strip())
    return GoldFact(article, _split(subject), predicate, _split(object_), pairs, optional,
                    evidence or f"{subject} {predicate} {object_}", line)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in cell.split("|"))


def _datatype(lexical: str) -> str:
    return {4: "gYear", 7: "gYearMonth"}.get(len(lexical), "date")
