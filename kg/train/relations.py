"""Training of the relation classifier (needs the [train] extra: scikit-learn, scipy).

Candidates are same-sentence pairs of gold mentions whose type pair some relation links in the
training data; a pair NEREL relates gets that relation, every other pair NONE. The model is a
multinomial logistic regression with fixed settings (SETTINGS, chosen before any dev
measurement); its probabilities are calibrated by one temperature fitted on out-of-fold
predictions over the training documents (never on dev), and it is exported as plain arrays.
The same out-of-fold predictions fit each relation's threshold (`_thresholds`): a relation less
probable than NONE is still given where its probability reaches it and that gives the relation a
better F1 over the training pairs (a pair the model doubts is more often right than not answered).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.learn.clusters import WordClusters
from kg.learn.pairs import DocView, PairMention, candidate_pairs, pair_features
from kg.learn.names import encode_names
from kg.learn.relations import NONE, decide, softmax
from kg.train.corpus import Example

SETTINGS = {"C": 1.0, "max_iter": 2000, "min_feature_count": 2, "min_type_pair_count": 2,
            "calibration_folds": 3}
THRESHOLDS = tuple(round(0.05 * n, 2) for n in range(1, 10))   # tried for each relation, 0.05-0.45
SYMMETRIC = ("ALTERNATIVE_NAME",)


@dataclass(frozen=True)
class Samples:
    features: list[list[str]]
    labels: list[str]
    documents: list[int]          # index of the example each sample comes from
    type_pairs: list[str]         # "A>B": the types of the pair's mentions


def type_pairs(examples: Sequence[Example], relations: Sequence[str], minimum: int) -> dict[str, list[str]]:
    """"PERSON>PROFESSION" → the relations seen at least `minimum` times between such mentions."""
    counts: Counter = Counter()
    for ex in examples:
        types = {e.id: e.type for e in ex.entities}
        for r in ex.relations:
            if r.type in relations and r.arg1 in types and r.arg2 in types:
                counts[f"{types[r.arg1]}>{types[r.arg2]}", r.type] += 1
                if r.type in SYMMETRIC:
                    counts[f"{types[r.arg2]}>{types[r.arg1]}", r.type] += 1
    pairs: dict[str, list[str]] = {}
    for (pair, relation), count in sorted(counts.items()):
        if count >= minimum:
            pairs.setdefault(pair, []).append(relation)
    return pairs


def samples(examples: Sequence[Example], allowed: dict[str, list[str]], clusters: WordClusters) -> Samples:
    features, labels, documents, pairs = [], [], [], []
    for number, ex in enumerate(examples):
        mentions = [PairMention(e.start, e.end, e.type) for e in ex.entities]
        gold = _gold_labels(ex, allowed)
        view = DocView(ex.doc)
        for i, j in candidate_pairs(ex.doc, mentions, allowed, frozenset(SYMMETRIC)):
            key = (ex.entities[i].id, ex.entities[j].id)
            features.append(pair_features(view, mentions[i], mentions[j], mentions, clusters))
            labels.append(gold.get(key, NONE))
            documents.append(number)
            pairs.append(f"{mentions[i].type}>{mentions[j].type}")
    return Samples(features, labels, documents, pairs)


def _gold_labels(ex: Example, allowed: dict[str, list[str]]) -> dict[tuple[str, str], str]:
    kept = {e.id: e for e in ex.entities}
    gold = {}
    for r in ex.relations:
        if r.arg1 not in kept or r.arg2 not in kept:
            continue
        a, b = kept[r.arg1], kept[r.arg2]
        if r.type not in allowed.get(f"{a.type}>{b.type}", ()):
            continue
        if r.type in SYMMETRIC and (a.start, a.end) > (b.start, b.end):
            a, b = b, a
        gold[a.id, b.id] = r.type
    return gold


def train_classifier(examples: Sequence[Example], relations: Sequence[str], clusters: WordClusters,
                     directory: Path, seed: int = 0) -> dict:
    """Fit, calibrate and write `relations.npz` and `relations.json`; returns the spec written."""
    allowed = type_pairs(examples, relations, SETTINGS["min_type_pair_count"])
    data = samples(examples, allowed, clusters)
    names = _kept_features(data.features, SETTINGS["min_feature_count"])
    classes = [NONE, *sorted({label for label in data.labels if label != NONE})]
    matrix = _matrix(data.features, {name: i for i, name in enumerate(names)})
    targets = np.array([classes.index(label) for label in data.labels])
    model = _fit(matrix, targets, seed)
    logits = _out_of_fold_logits(matrix, targets, np.array(data.documents), seed)
    temperature = _temperature(logits, targets)
    allowed_classes = np.array([[label in allowed[pair] for label in classes] for pair in data.type_pairs])
    thresholds = _thresholds(softmax(logits / temperature), targets, allowed_classes, classes)
    weights = _class_weights(model, len(classes))
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(directory / "relations.npz", features=encode_names(names),
                        weights=weights[0], bias=weights[1])
    spec = {"classes": classes, "type_pairs": allowed, "symmetric": list(SYMMETRIC),
            "temperature": temperature, "thresholds": thresholds, "samples": len(targets), "features": len(names),
            "settings": SETTINGS}
    (directory / "relations.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return spec


def _kept_features(feature_lists: list[list[str]], minimum: int) -> list[str]:
    counts = Counter(f for features in feature_lists for f in set(features))
    return sorted(name for name, count in counts.items() if count >= minimum)


def _matrix(feature_lists: list[list[str]], index: dict[str, int]):
    from scipy.sparse import csr_matrix
    rows, columns = [], []
    for row, features in enumerate(feature_lists):
        kept = sorted({index[f] for f in features if f in index})
        rows += [row] * len(kept)
        columns += kept
    return csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, columns)),
                      shape=(len(feature_lists), len(index)))


def _fit(matrix, targets: np.ndarray, seed: int):
    from sklearn.linear_model import LogisticRegression
    return LogisticRegression(C=SETTINGS["C"], max_iter=SETTINGS["max_iter"],
                              random_state=seed).fit(matrix, targets)


def _class_weights(model, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """(features × classes weights, class biases) for every class, even one absent in a fold."""
    weights = np.zeros((model.coef_.shape[1], n_classes), dtype=np.float32)
    bias = np.full(n_classes, -1e4, dtype=np.float32)
    for row, label in enumerate(model.classes_):
        weights[:, label] = model.coef_[row]
        bias[label] = model.intercept_[row]
    return weights, bias


def _out_of_fold_logits(matrix, targets: np.ndarray, documents: np.ndarray, seed: int) -> np.ndarray:
    """Each sample's class scores from a model trained without its document's fold."""
    folds = SETTINGS["calibration_folds"]
    n_classes = int(targets.max()) + 1
    logits = np.zeros((len(targets), n_classes))
    for fold in range(folds):
        held = documents % folds == fold
        weights, bias = _class_weights(_fit(matrix[~held], targets[~held], seed), n_classes)
        logits[held] = matrix[held] @ weights + bias
    return logits


def _temperature(logits: np.ndarray, targets: np.ndarray) -> float:
    """The softmax temperature that minimizes the log loss of out-of-fold predictions."""
    grid = np.round(np.arange(0.5, 3.001, 0.05), 2)
    losses = [_log_loss(logits / t, targets) for t in grid]
    return float(grid[int(np.argmin(losses))])


def _log_loss(logits: np.ndarray, targets: np.ndarray) -> float:
    logits = logits - logits.max(axis=1, keepdims=True)
    log_probabilities = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    return float(-log_probabilities[np.arange(len(targets)), targets].mean())


def _thresholds(probabilities: np.ndarray, targets: np.ndarray, allowed: np.ndarray,
                classes: list[str]) -> dict[str, float]:
    """Per relation, the least probability (THRESHOLDS) at which it is given when it is not the most
    probable class (kg.learn.relations.decide), where that raises its out-of-fold F1 over the
    training pairs; a relation it does not help is left out (given only when most probable)."""
    thresholds = {}
    for number, relation in enumerate(classes[1:], start=1):
        gold = targets == number
        floors = np.full(len(classes), np.inf)
        scores = []
        for threshold in (np.inf, *THRESHOLDS):
            floors[number] = threshold
            scores.append((_f1(decide(probabilities, allowed, floors) == number, gold), threshold))
        f1, threshold = max(scores)   # on a tie the higher threshold: fewer answers for the same F1
        if threshold < np.inf:
            thresholds[relation] = float(threshold)
    return thresholds


def _f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    true = int((predicted & gold).sum())
    return 2 * true / max(int(predicted.sum()) + int(gold.sum()), 1)
