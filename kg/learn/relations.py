"""The learned relation classifier at inference: a multinomial logistic regression in numpy.

Trained with scikit-learn (kg.train.relations) and exported as data: `relations.npz`
(feature names, weights, biases; read with allow_pickle=False) and `relations.json` (classes,
the type pairs seen in training, symmetric relations, the calibration temperature).
"""
from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from kg.learn.clusters import WordClusters
from kg.learn.names import decode_names
from kg.learn.pairs import (DocView, PairMention, candidate_pairs, head_type_features, head_word_features,
                            pair_layout)

NONE = "NONE"


def softmax(logits: np.ndarray) -> np.ndarray:
    """Rows of class scores as probabilities (shifted by each row's maximum, so exp cannot overflow)."""
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def decide(probabilities: np.ndarray, allowed: np.ndarray, floors: np.ndarray) -> np.ndarray:
    """Each row's relation (a class number; 0: none): the most probable class if it is a relation
    `allowed` for the pair (rows × classes, booleans); else the pair's most probable allowed relation
    if its probability reaches its floor (`floors[class]`, fitted by kg.train.relations; inf: never)."""
    rows = np.arange(len(probabilities))
    top = probabilities.argmax(axis=1)
    top_given = (top != 0) & allowed[rows, top]
    relations = np.where(allowed[:, 1:], probabilities[:, 1:], -1.0).argmax(axis=1) + 1
    doubted = allowed[rows, relations] & (probabilities[rows, relations] >= floors[relations])
    return np.where(top_given, top, np.where(doubted, relations, 0))


@dataclass(frozen=True)
class Relation:
    arg1: int             # indices into the mentions given to `predict`
    arg2: int
    type: str             # NEREL relation type, e.g. "WORKS_AS"
    confidence: float     # calibrated probability of this type


class RelationClassifier:
    def __init__(self, directory: Path, clusters: WordClusters):
        spec = json.loads((directory / "relations.json").read_text(encoding="utf-8"))
        with np.load(directory / "relations.npz", allow_pickle=False) as data:
            names, self.weights, self.bias = data["features"], data["weights"], data["bias"]
        self.index = {name: i for i, name in enumerate(decode_names(names))}
        self.classes: tuple[str, ...] = tuple(spec["classes"])
        self.type_pairs: dict[str, list[str]] = spec["type_pairs"]
        self.symmetric = frozenset(spec["symmetric"])
        self.temperature = float(spec["temperature"])
        # models trained before thresholds were fitted give a relation only when it is most probable
        thresholds = spec.get("thresholds", {})
        self.floors = np.array([thresholds.get(label, np.inf) for label in self.classes])
        self.clusters = clusters
        self._classes_of: dict[str, list[bool]] = {}   # type pair → `_permitted`, worked out once

    def probabilities(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """Calibrated class probabilities, one row per feature list. A row's weights are summed in
        the order of their ids (the same sums whatever Python's hash seed), all rows in one call."""
        index = self.index
        return self._probabilities([{number for f in features if (number := index.get(f)) is not None}
                                    for features in feature_lists])

    def _probabilities(self, rows: Sequence[Collection[int]]) -> np.ndarray:
        """`probabilities` of rows of the known features' ids, each id once."""
        columns, counts = [], []
        for row in rows:
            columns += sorted(row)
            counts.append(len(row))
        logits = np.tile(self.bias, (len(rows), 1))
        counts = np.array(counts)
        filled = counts > 0
        if filled.any():
            starts = np.cumsum(counts) - counts
            logits[filled] += np.add.reduceat(self.weights[columns], starts[filled], axis=0)
        return softmax(logits / self.temperature)

    def predict(self, doc: Doc, mentions: Sequence[PairMention],
                type_pairs: Collection[str] | None = None) -> list[Relation]:
        """The relation of every candidate pair (`decide`), where it has one; only pairs
        whose "A>B" types are in `type_pairs`, if given (the others are not featurized at all)."""
        allowed = self.type_pairs if type_pairs is None else \
            {pair: labels for pair, labels in self.type_pairs.items() if pair in type_pairs}
        pairs = candidate_pairs(doc, mentions, allowed, self.symmetric)
        if not pairs:
            return []
        view, encoder = DocView(doc), _KnownIds(self.index)
        probabilities = self._probabilities([
            set().union(*pair_layout(view, mentions[i], mentions[j], mentions, self.clusters, encoder.ids, encoder.head))
            for i, j in pairs])
        permitted = np.array([self._permitted(f"{mentions[i].type}>{mentions[j].type}") for i, j in pairs])
        chosen = decide(probabilities, permitted, self.floors)
        return [Relation(i, j, self.classes[best], float(probabilities[n, best]))
                for n, ((i, j), best) in enumerate(zip(pairs, chosen)) if best]

    def _permitted(self, type_pair: str) -> list[bool]:
        """Which of the classes (in their order) a type pair may be given: its relations, never NONE."""
        found = self._classes_of.get(type_pair)
        if found is None:
            found = self._classes_of[type_pair] = [label in self.type_pairs[type_pair] for label in self.classes]
        return found


class _KnownIds:
    """A pair's features (kg.learn.pairs.pair_layout) as the ids of the classifier's feature names,
    unknown names left out, for the pairs of one article: a head's features are made and looked up
    once per head and argument (those naming the pair's types once per type pair too), not once per
    pair (a third of a pair's features; a mention is in a dozen pairs of a NEREL article)."""

    def __init__(self, index: Mapping[str, int]):
        self.index = index
        self._words: dict[tuple[int, str], tuple[int, ...]] = {}
        self._typed: dict[tuple[int, str, str], tuple[int, ...]] = {}

    def ids(self, names: Sequence[str]) -> list[int]:
        index = self.index
        return [number for name in names if (number := index.get(name)) is not None]

    def head(self, view: DocView, head: Token, name: str, clusters: WordClusters, types: str) -> tuple[int, ...]:
        """The ids of `head_features`."""
        words = self._words.get((head.i, name))
        if words is None:
            words = self._words[head.i, name] = tuple(self.ids(head_word_features(view, head, name, clusters)))
        typed = self._typed.get((head.i, name, types))
        if typed is None:
            typed = self._typed[head.i, name, types] = tuple(
                self.ids(head_type_features(view, head, name, clusters, types)))
        return words + typed
