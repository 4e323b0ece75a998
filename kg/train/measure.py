"""The learned models measured alone on a brat corpus, with kg.eval's scorer.

Types are scored as NEREL names them (CITY, not kg's Place), with exact spans: entities from
the tagger; relations from the classifier over gold mentions ("gold entities") and over the
tagger's mentions ("end to end").
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from kg.eval.counts import Scores, add_counts
from kg.eval.mapping import Mapping, RelationRule
from kg.eval.predictions import PredictedEntity, PredictedRelation, Predictions
from kg.eval.score import ScoreOptions, score_document
from kg.learn.pairs import PairMention
from kg.learn.relations import RelationClassifier
from kg.learn.tagger import EntityTagger
from kg.train.corpus import Example
from kg.types import Article


def nerel_mapping(types: Iterable[str], relations: Iterable[str], symmetric: Iterable[str]) -> Mapping:
    """Every NEREL name scored as itself."""
    either = frozenset(symmetric)
    return Mapping(entities={t: t for t in types}, collapse={},
                   relations={r: RelationRule(r, (r,), "either" if r in either else "forward")
                              for r in relations})


def measure(examples: Sequence[Example], tagger: EntityTagger | None,
            classifier: RelationClassifier | None) -> dict[str, Scores]:
    """Scores per type: "entities" (tagger), "gold_entities" and "end_to_end" (classifier)."""
    types = tagger.types if tagger else ()
    relations = [c for c in classifier.classes if c != "NONE"] if classifier else []
    options = ScoreOptions(nerel_mapping(types, relations, classifier.symmetric if classifier else ()))
    results: dict[str, list] = {"entities": [], "gold_entities": [], "end_to_end": []}
    for ex in examples:
        tagged = [PairMention(s.start, s.end, s.type) for s in tagger.tag(ex.doc)] if tagger else []
        if tagger:
            results["entities"].append(score_document(ex.gold, _entities(ex, tagged), options).entities)
        if classifier:
            gold = [PairMention(e.start, e.end, e.type) for e in ex.entities]
            for name, mentions in (("gold_entities", gold), ("end_to_end", tagged)):
                predicted = _relations(ex, mentions, classifier)
                results[name].append(score_document(ex.gold, predicted, options).relations)
    return {name: add_counts(counts) for name, counts in results.items() if counts}


def char_span(article: Article, doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A token span as offsets in the original text."""
    return article.original_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _entities(ex: Example, mentions: Sequence[PairMention]) -> Predictions:
    return Predictions(entities=tuple(
        PredictedEntity(ex.doc_id, *char_span(ex.article, ex.doc, m.start, m.end), m.type) for m in mentions))


def _relations(ex: Example, mentions: Sequence[PairMention], classifier: RelationClassifier) -> Predictions:
    found = classifier.predict(ex.doc, mentions)
    return Predictions(relations=tuple(
        PredictedRelation(ex.doc_id, r.type,
                          char_span(ex.article, ex.doc, mentions[r.arg1].start, mentions[r.arg1].end),
                          char_span(ex.article, ex.doc, mentions[r.arg2].start, mentions[r.arg2].end))
        for r in found))
