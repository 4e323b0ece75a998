"""Why kg missed a gold fact, counted per relation and cause (`kg eval --facts … --causes`).

Only counts leave this module: no label or sentence of a fact, so the table may be written for a
split whose facts must not be read (the test split). Each missed required row gets one cause,
decided in this order:

* `near-miss label` — an end kg has no node for under the scorer's rules, but a node whose label
  has the same head word and whose words all share a stem with the other's ("декларация СКБ" for
  "декларация Совета коллективной безопасности ОДКБ"; for a date, the same year): the label was
  cut or grown, not the fact missed;
* `subject absent`, `object absent`, `both absent` — no node of the article names that end;
* `other predicate` — both ends are nodes and kg links them, but with another predicate
  (either direction, any relation kg writes, scored or not);
* `no edge` — both ends are nodes and kg does not link them at all.

"Nodes" are the article's resolved entities (`ArticleFacts.entities`) and the ends of its facts,
so an entity kg recognized but used in no fact counts as present.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from kg.eval.facts import dates
from kg.eval.facts.gold import GoldFact
from kg.eval.facts.match import EntityMatcher
from kg.eval.facts.names import normalize
from kg.eval.facts.predicted import PredictedFact
from kg.eval.facts.scheme import Scheme
from kg.eval.report import align
from kg.types import Entity, Value

NEAR_MISS = "near-miss label"
SUBJECT_ABSENT = "subject absent"
OBJECT_ABSENT = "object absent"
BOTH_ABSENT = "both absent"
OTHER_PREDICATE = "other predicate"
NO_EDGE = "no edge"
CAUSES = (SUBJECT_ABSENT, OBJECT_ABSENT, BOTH_ABSENT, NEAR_MISS, OTHER_PREDICATE, NO_EDGE)

STEM = 5              # letters two words must share to count as one stem ("декларации"/"декларация")

Node = Entity | Value


def miss_causes(missed: Iterable[GoldFact], nodes: Sequence[Node], facts: Sequence[PredictedFact],
                matcher: EntityMatcher, scheme: Scheme) -> Counter:
    """Counter of (relation, cause) over the `missed` rows of one article; `facts`: all of kg's
    facts of the article (any predicate, as kg wrote them), `nodes`: its entities."""
    every_node = _nodes(nodes, facts)
    causes: Counter = Counter()
    for row in missed:
        causes[row.predicate, _cause(row, every_node, facts, matcher, scheme)] += 1
    return causes


def _nodes(entities: Sequence[Node], facts: Sequence[PredictedFact]) -> list[Node]:
    unique: dict[tuple, Node] = {}
    for node in (*entities, *(end for fact in facts for end in (fact.subject, fact.object))):
        unique.setdefault(_key(node), node)
    return list(unique.values())


def _cause(row: GoldFact, nodes: Sequence[Node], facts: Sequence[PredictedFact], matcher: EntityMatcher,
           scheme: Scheme) -> str:
    date = row.predicate in scheme.date_objects
    subjects = [node for node in nodes if matcher.matches(row.subject, node)]
    objects = [node for node in nodes if matcher.matches(row.object, node, date=date)]
    if not subjects or not objects:
        loose = (subjects or _loosely(row.subject, nodes, matcher, False),
                 objects or _loosely(row.object, nodes, matcher, date))
        if all(loose):
            return NEAR_MISS
        return BOTH_ABSENT if not subjects and not objects else SUBJECT_ABSENT if not subjects else OBJECT_ABSENT
    subject_keys, object_keys = {_key(node) for node in subjects}, {_key(node) for node in objects}
    ends = [(_key(fact.subject), _key(fact.object)) for fact in facts]
    linked = any((first in subject_keys and second in object_keys) or (second in subject_keys and first in object_keys)
                 for first, second in ends)
    return OTHER_PREDICATE if linked else NO_EDGE


def _loosely(labels: Sequence[str], nodes: Sequence[Node], matcher: EntityMatcher, date: bool) -> bool:
    return any(_near(label, name, matcher, date) for label in labels for node in nodes for name in _names(node))


def _near(label: str, name: str, matcher: EntityMatcher, date: bool) -> bool:
    if date or dates.parse(label):
        wanted, found = dates.parse(label), dates.parse(name[:10])
        return bool(wanted and found) and wanted[0] == found[0]
    gold, kg = matcher.lemmatize(normalize(label)).split(), matcher.lemmatize(normalize(name)).split()
    if not gold or not kg or not _same_stem(gold[0], kg[0]):
        return False
    shorter, longer = sorted((gold, kg), key=len)
    return all(any(_same_stem(word, other) for other in longer) for word in shorter)


def _same_stem(first: str, second: str) -> bool:
    return first == second or (min(len(first), len(second)) >= STEM and first[:STEM] == second[:STEM])


def _names(node: Node) -> tuple[str, ...]:
    if isinstance(node, Value):
        return (node.lexical,)
    return (node.label, *sorted(node.aliases))


def _key(node: Node) -> tuple[str, str]:
    return (node.key, "") if isinstance(node, Entity) else (node.lexical, node.datatype)


def cause_table(causes: Mapping[str, Mapping[str, int]]) -> list[str]:
    """Aligned lines: a row per relation, a column per cause, and the totals."""
    header = ("Missed by cause", *CAUSES, "total")
    totals = Counter()
    rows = []
    for relation, counts in sorted(causes.items()):
        totals.update(counts)
        rows.append((f"  {relation}", *(str(counts.get(cause, 0)) for cause in CAUSES), str(sum(counts.values()))))
    rows.append(("  all", *(str(totals.get(cause, 0)) for cause in CAUSES), str(sum(totals.values()))))
    return align(header, rows)


def by_relation(tally: Counter) -> dict[str, dict[str, int]]:
    """{relation: {cause: count}} from a Counter of (relation, cause)."""
    table: dict[str, dict[str, int]] = {}
    for (relation, cause), count in sorted(tally.items()):
        table.setdefault(relation, {})[cause] = count
    return table
