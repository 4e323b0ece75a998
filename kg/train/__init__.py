"""`kg train`: the learned models (kg.learn) from a brat corpus, written to a model directory.

Training sits above kg.eval (it reads brat with kg.eval.brat and scores with kg.eval), apart
from kg.learn, which runs the models below extraction. Needs the [train] extra (scikit-learn, python-crfsuite). The same corpus gives the same model files: documents
are read in name order, word clusters are fitted on sorted words with a fixed seed, and both
learners are deterministic; only `card.json`'s date changes from run to run.
"""
from __future__ import annotations

import datetime as dt
import json
import platform
from collections.abc import Callable
from pathlib import Path

from kg.learn import CLUSTERS
from kg.learn.clusters import fit_centroids, load_clusters, save_clusters
from kg.resources import load_yaml
from kg.train.corpus import read_examples

CLUSTER_SIZES = (64, 512)
SEED = 0
CARD = "card.json"

Report = Callable[[str], None]


def targets() -> dict[str, tuple[str, ...]]:
    """The NEREL entity and relation types the models learn (resources/targets.yml)."""
    return {key: tuple(values) for key, values in load_yaml("train", "targets.yml").items()}


def train_ner(corpus: Path, directory: Path, *, limit: int | None = None, report: Report = print,
              workers: int = 1) -> dict:
    """Fit the word clusters and the tagger; write them and their card section."""
    with _one_thread():
        return _train_ner(corpus, directory, limit, report, workers)


def train_relations(corpus: Path, directory: Path, *, limit: int | None = None, report: Report = print) -> dict:
    """Train the relation classifier with the clusters of the directory (fitted here if absent)."""
    with _one_thread():
        return _train_relations(corpus, directory, limit, report)


def _one_thread():
    """BLAS and OpenMP on one thread: sums in a fixed order (the same model on any machine), and
    no threads spinning against each other on a busy machine (slovnet's parsing ran 2x slower)."""
    from threadpoolctl import threadpool_limits   # installed with scikit-learn
    return threadpool_limits(limits=1)


def _train_ner(corpus: Path, directory: Path, limit: int | None, report: Report, workers: int) -> dict:
    from kg.train.ner import SETTINGS, train_tagger
    examples = _read(corpus, limit, report)
    directory.mkdir(parents=True, exist_ok=True)
    words = [token.text for ex in examples for token in ex.doc]
    save_clusters(directory / CLUSTERS, [fit_centroids(words, k, SEED) for k in CLUSTER_SIZES])
    report(f"word clusters: {', '.join(map(str, CLUSTER_SIZES))}")
    clusters = load_clusters(directory / CLUSTERS)
    layers = train_tagger(examples, targets()["entity_types"], clusters, directory, report, workers)
    return _write_card(directory, "ner", corpus, examples, {
        "model": "linear-chain CRF (python-crfsuite), one per type and layer, exported to ner.npz and run in numpy", "layers": layers,
        "settings": SETTINGS, "features": "word, lemma, POS, case, number, shape, suffixes 2-4, prefix 3, "
        "word clusters (k-means over navec, k=64 and 512), slovnet NER label, dependency relation and "
        "head lemma; word, lemma, POS, case, shape, clusters and NER label of the tokens ±2 around; "
        "lemma bigrams", "cluster_sizes": list(CLUSTER_SIZES), "seed": SEED})


def _train_relations(corpus: Path, directory: Path, limit: int | None, report: Report) -> dict:
    from kg.train.relations import train_classifier
    examples = _read(corpus, limit, report)
    if not (directory / CLUSTERS).is_file():
        words = [token.text for ex in examples for token in ex.doc]
        directory.mkdir(parents=True, exist_ok=True)
        save_clusters(directory / CLUSTERS, [fit_centroids(words, k, SEED) for k in CLUSTER_SIZES])
    spec = train_classifier(examples, targets()["relation_types"], load_clusters(directory / CLUSTERS),
                            directory, SEED)
    report(f"relations: {spec['samples']} pairs, {spec['features']} features, temperature {spec['temperature']}")
    return _write_card(directory, "relations", corpus, examples, {
        "model": "multinomial logistic regression (scikit-learn), exported to numpy",
        "classes": spec["classes"], "settings": spec["settings"], "samples": spec["samples"],
        "features": "types and order of the pair, token distance, mentions between and those of either "
        "argument's own type (rivals), lemmas and parts of speech between, lemmas before and after, "
        "dependency path with and without its lemmas and with its parts of speech, head lemmas, cases, "
        "relations and governors, trigger lexicon (resources/ru/triggers.yml) between, on the path "
        "and at the heads, acronym test, head word clusters", "seed": SEED,
        "calibration": f"softmax temperature {spec['temperature']} fitted on out-of-fold predictions "
        "over the training documents", "thresholds": spec["thresholds"],
        "decision": "the most probable class; where NONE is, the pair's most probable relation if its "
        "probability reaches the relation's threshold (fitted for F1 on the same out-of-fold predictions)"})


def _read(corpus: Path, limit: int | None, report: Report) -> list:
    examples = list(read_examples(corpus, targets()["entity_types"], limit=limit))
    report(f"read {len(examples)} documents from {corpus}")
    return examples


def _write_card(directory: Path, section: str, corpus: Path, examples: list, facts: dict) -> dict:
    path = directory / CARD
    card = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    card[section] = {"trained": dt.date.today().isoformat(), "corpus": corpus.name,
                     "documents": len(examples), "python": platform.python_version(), **facts}
    path.write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return card[section]
