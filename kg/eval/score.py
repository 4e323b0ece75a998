"""Compare one document's predictions with its gold annotation.

Matching rules (documented here because they decide the numbers):
* Entities match when the scoring types are equal and the spans are equal. A discontinuous gold
  entity (``T1 ORG 0 5;10 15``) is compared by its outer extent (0, 15): kg predicts contiguous
  spans only. Duplicates (two gold entities with one extent and one scoring type, e.g. nested
  CITY/LOCATION) count once.
* Predicted mentions that are pronouns or bare reference words (``pronouns``, ``references`` in
  ``mapping.yml``: «мы» standing for a state, a lowercase «организации») are not compared: NEREL
  annotates neither.
* Relations match end to end: same NEREL type (the predicate mapped through ``mapping.yml``, the
  arguments swapped for ``inverse``, ordered for ``either``) and both argument spans equal to the
  gold arguments' extents. Gold arguments need not have a scored entity type.
* Lenient mode replaces "spans equal" by "spans overlap", matching each gold item at most once.
* Linking: every predicted entity whose span equals the extent of a gold entity with an ``N``
  line. TP: the predicted QID is one of the gold QIDs; FP: a QID that is not (gold NIL included);
  FN: gold has a QID and kg gave none or a wrong one. Counted per predicted scoring type.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kg.eval.brat import BratDocument
from kg.eval.counts import Counts
from kg.eval.mapping import Mapping
from kg.eval.mistakes import Mistake, make_mistake
from kg.eval.predictions import Predictions

Span = tuple[int, int]
Item = tuple[str, tuple[Span, ...]]      # (type, spans): one span for an entity, two for a relation


@dataclass(frozen=True)
class ScoreOptions:
    mapping: Mapping
    lenient: bool = False
    types: frozenset[str] | None = None        # scoring types to keep (None: all mapped)
    relations: frozenset[str] | None = None    # NEREL relation types to keep (None: all mapped)


@dataclass(frozen=True)
class DocumentScore:
    entities: dict[str, Counts]
    relations: dict[str, Counts]
    links: dict[str, Counts]
    mistakes: tuple[Mistake, ...]


def score_document(gold: BratDocument, predicted: Predictions, options: ScoreOptions) -> DocumentScore:
    entity_counts, entity_mistakes = _compare(
        "entity", gold, _gold_entities(gold, options), _predicted_entities(predicted, options, gold.text), options)
    relation_counts, relation_mistakes = _compare(
        "relation", gold, _gold_relations(gold, options), _predicted_relations(predicted, options),
        options)
    link_counts, link_mistakes = _score_links(gold, predicted, options)
    return DocumentScore(entity_counts, relation_counts, link_counts,
                         (*entity_mistakes, *relation_mistakes, *link_mistakes))


def _keep_type(name: str | None, allowed: frozenset[str] | None) -> bool:
    return name is not None and (allowed is None or name in allowed)


def _gold_entities(gold: BratDocument, options: ScoreOptions) -> set[Item]:
    items = ((options.mapping.gold_type(entity.type), (entity.extent,)) for entity in gold.entities)
    return {item for item in items if _keep_type(item[0], options.types)}


def _predicted_entities(predicted: Predictions, options: ScoreOptions, text: str) -> set[Item]:
    items = ((options.mapping.predicted_type(entity.type), (entity.span,))
             for entity in predicted.entities if not options.mapping.unscored(text[entity.start:entity.end]))
    return {item for item in items if _keep_type(item[0], options.types)}


def _gold_relations(gold: BratDocument, options: ScoreOptions) -> set[Item]:
    extents = {entity.id: entity.extent for entity in gold.entities}
    items = set()
    for relation in gold.relations:
        rule = options.mapping.relations.get(relation.type)
        if rule and _keep_type(rule.nerel_type, options.relations):
            spans = (extents[relation.arg1], extents[relation.arg2])
            items.add((rule.nerel_type, tuple(sorted(spans)) if rule.direction == "either" else spans))
    return items


def _predicted_relations(predicted: Predictions, options: ScoreOptions) -> set[Item]:
    items = set()
    for relation in predicted.relations:
        rule = options.mapping.rule_for(relation.predicate)
        if rule and _keep_type(rule.nerel_type, options.relations):
            spans = {"forward": (relation.arg1, relation.arg2),
                     "inverse": (relation.arg2, relation.arg1),
                     "either": tuple(sorted((relation.arg1, relation.arg2)))}[rule.direction]
            items.add((rule.nerel_type, spans))
    return items


def _compare(task: str, gold: BratDocument, gold_items: set[Item], predicted_items: set[Item],
             options: ScoreOptions) -> tuple[dict[str, Counts], list[Mistake]]:
    matched, missed, spurious = _match(gold_items, predicted_items, options.lenient)
    tp, fn, fp = (Counter(item[0] for item in items) for items in (matched, missed, spurious))
    counts = {name: Counts(tp[name], fp[name], fn[name]) for name in sorted(tp | fp | fn)}
    mistakes = [make_mistake(task, outcome, gold.id, name, spans, gold.text)
                for outcome, items in (("FN", missed), ("FP", spurious))
                for name, spans in sorted(items)]
    return counts, mistakes


def _match(gold: set[Item], predicted: set[Item], lenient: bool
           ) -> tuple[list[Item], list[Item], list[Item]]:
    """Pair predictions with gold items one to one: (matched gold, missed gold, spurious predictions)."""
    if not lenient:
        return sorted(gold & predicted), sorted(gold - predicted), sorted(predicted - gold)
    unmatched = sorted(gold)
    matched, spurious = [], []
    for item in sorted(predicted):
        # An exact partner is preferred so lenient never scores lower than exact.
        partner = item if item in unmatched else next(
            (candidate for candidate in unmatched if _overlaps(candidate, item)), None)
        if partner is None:
            spurious.append(item)
        else:
            unmatched.remove(partner)
            matched.append(partner)
    return matched, unmatched, spurious


def _overlaps(gold: Item, predicted: Item) -> bool:
    return gold[0] == predicted[0] and all(
        g_start < p_end and p_start < g_end
        for (g_start, g_end), (p_start, p_end) in zip(gold[1], predicted[1]))


def _score_links(gold: BratDocument, predicted: Predictions, options: ScoreOptions
                 ) -> tuple[dict[str, Counts], list[Mistake]]:
    accepted = _linked_extents(gold)
    counts: dict[str, Counts] = {}
    mistakes = []
    for entity in sorted(set(predicted.entities), key=lambda e: (e.span, e.type, e.qid or "")):
        scoring_type = options.mapping.predicted_type(entity.type)
        if entity.span not in accepted or not _keep_type(scoring_type, options.types):
            continue
        gold_qids = accepted[entity.span]
        outcome = _link_outcome(entity.qid, gold_qids)
        if outcome == Counts():        # NIL in gold and no QID from kg: nothing to count
            continue
        counts[scoring_type] = counts.get(scoring_type, Counts()) + outcome
        if outcome.fp or outcome.fn:
            detail = f"predicted {entity.qid or 'none'}; gold {','.join(sorted(gold_qids)) or 'NIL'}"
            mistakes.append(make_mistake("link", "FP" if outcome.fp else "FN", gold.id,
                                         scoring_type, (entity.span,), gold.text, detail))
    return dict(sorted(counts.items())), mistakes


def _linked_extents(gold: BratDocument) -> dict[Span, frozenset[str]]:
    extents = {entity.id: entity.extent for entity in gold.entities}
    accepted: dict[Span, frozenset[str]] = {}
    for entity_id, qids in gold.links.items():
        extent = extents[entity_id]
        accepted[extent] = accepted.get(extent, frozenset()) | qids
    return accepted


def _link_outcome(predicted_qid: str | None, gold_qids: frozenset[str]) -> Counts:
    if predicted_qid and predicted_qid in gold_qids:
        return Counts(tp=1)
    return Counts(fp=int(predicted_qid is not None), fn=int(bool(gold_qids)))
