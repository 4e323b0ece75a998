"""The learned NER tagger: one linear-chain CRF (python-crfsuite) per entity type and layer.

One model per type lets spans of different types nest freely (a post that names its country,
an organization inside an event); a second, "inner" layer for the types NEREL nests inside
themselves ("генсека ФСЭГ" ⊃ "генсека") finds the innermost span of such a nest. A model file
is crfsuite's own binary format: data, loading it runs no code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc, Token

from kg.learn.clusters import WordClusters
from kg.learn.features import sentence_features, sentences

OUTER, INNER = "outer", "inner"
BEGIN, INSIDE, OUTSIDE = "B", "I", "O"


@dataclass(frozen=True)
class TaggedSpan:
    start: int            # token span [start, end) in the Doc
    end: int
    type: str             # NEREL type, e.g. "PROFESSION"
    confidence: float     # the lowest marginal probability of the span's labels


def model_path(directory: Path, entity_type: str, layer: str) -> Path:
    return directory / "ner" / f"{entity_type}.{layer}.crfsuite"


class EntityTagger:
    def __init__(self, directory: Path, clusters: WordClusters):
        spec = json.loads((directory / "ner.json").read_text(encoding="utf-8"))
        self.layers: tuple[tuple[str, str], ...] = tuple(
            (entity_type, layer) for entity_type, layers in spec["layers"].items() for layer in layers)
        self.clusters = clusters
        self._taggers = {}
        for entity_type, layer in self.layers:
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model_path(directory, entity_type, layer)))
            self._taggers[entity_type, layer] = tagger

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(entity_type for entity_type, _ in self.layers))

    def tag(self, doc: Doc) -> list[TaggedSpan]:
        """Every span any layer finds, once per (span, type), in text order."""
        found: dict[tuple[int, int, str], TaggedSpan] = {}
        for words in sentences(doc):
            # converted to crfsuite's items once, not once per model (a third of the tagger's time)
            features = pycrfsuite.ItemSequence(sentence_features(words, self.clusters))
            for (entity_type, _), tagger in self._taggers.items():
                for span in _decode(tagger, features, words, entity_type):
                    key = (span.start, span.end, span.type)
                    if key not in found or found[key].confidence < span.confidence:
                        found[key] = span
        return sorted(found.values(), key=lambda s: (s.start, s.end, s.type))


def _decode(tagger: pycrfsuite.Tagger, features: pycrfsuite.ItemSequence, words: list[Token],
            entity_type: str) -> list[TaggedSpan]:
    labels = tagger.tag(features)
    spans, start = [], None
    for i, label in enumerate([*labels, OUTSIDE]):
        if start is not None and label != INSIDE:
            spans.append((start, i))
            start = None
        if label == BEGIN or (label == INSIDE and start is None):
            start = i
    return [TaggedSpan(words[first].i, words[last - 1].i + 1, entity_type,
                       min(tagger.marginal(labels[i], i) for i in range(first, last)))
            for first, last in spans]
