"""The learned NER tagger: one linear-chain CRF per entity type and layer.

One model per type lets spans of different types nest freely (a post that names its country,
an organization inside an event); a second, "inner" layer for the types NEREL nests inside
themselves ("генсека ФСЭГ" ⊃ "генсека") finds the innermost span of such a nest. The models
are trained with python-crfsuite and run in numpy (kg.learn.crf: all of them at once, from
`ner.npz`, which is data: loading it runs no code).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.learn.clusters import WordClusters
from kg.learn import NER_WEIGHTS
from kg.learn.crf import LABELS, ChainModels
from kg.learn.features import FeatureIds, sentence_ids, sentences

OUTER, INNER = "outer", "inner"
OUTSIDE, BEGIN, INSIDE = LABELS


@dataclass(frozen=True)
class TaggedSpan:
    start: int            # token span [start, end) in the Doc
    end: int
    type: str             # NEREL type, e.g. "PROFESSION"
    confidence: float     # the lowest marginal probability of the span's labels


class EntityTagger:
    def __init__(self, directory: Path, clusters: WordClusters):
        spec = json.loads((directory / "ner.json").read_text(encoding="utf-8"))
        # the models' order in ner.npz
        self.layers: tuple[tuple[str, str], ...] = tuple(
            (entity_type, layer) for entity_type, layers in spec["layers"].items() for layer in layers)
        self.clusters = clusters
        self.models = ChainModels(directory / NER_WEIGHTS)
        if self.models.size != len(self.layers):
            raise ValueError(f"{NER_WEIGHTS} holds {self.models.size} models, ner.json names {len(self.layers)}")
        self.feature_ids = FeatureIds(self.models.index, len(clusters.centroids))

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(entity_type for entity_type, _ in self.layers))

    def tag(self, doc: Doc) -> list[TaggedSpan]:
        """Every span any layer finds, once per (span, type), in text order."""
        found: dict[tuple[int, int, str], TaggedSpan] = {}
        words_of = list(sentences(doc))
        self.clusters.assign(token.text for words in words_of for token in words)   # all at once
        decoded = self.models.decode([sentence_ids(words, self.clusters, self.feature_ids) for words in words_of])
        for words, (labels, marginals) in zip(words_of, decoded):
            for model in map(int, (labels != 0).any(axis=0).nonzero()[0]):   # models that found a span
                for span in _spans(labels[:, model], marginals[:, model], words, self.layers[model][0]):
                    key = (span.start, span.end, span.type)
                    if key not in found or found[key].confidence < span.confidence:
                        found[key] = span
        return sorted(found.values(), key=lambda s: (s.start, s.end, s.type))


def _spans(labels, marginals, words: list[Token], entity_type: str) -> list[TaggedSpan]:
    names = [LABELS[label] for label in labels]
    spans, start = [], None
    for i, label in enumerate([*names, OUTSIDE]):
        if start is not None and label != INSIDE:
            spans.append((start, i))
            start = None
        if label == BEGIN or (label == INSIDE and start is None):
            start = i
    return [TaggedSpan(words[first].i, words[last - 1].i + 1, entity_type, float(min(marginals[first:last])))
            for first, last in spans]
