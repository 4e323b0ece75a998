"""Training of the NER tagger (needs the [train] extra: python-crfsuite is enough here).

The CRFs are trained with crfsuite into a temporary directory and exported to the model
directory's `ner.npz` (kg.train.crfsuite_export), the form kg.learn runs without crfsuite.

Gold spans become BIO labels per type and layer: "outer" holds the spans no span of the same
type contains, "inner" the innermost spans nested in another of the same type. Each model is
trained with the same fixed settings (SETTINGS, chosen before any dev measurement).
"""
from __future__ import annotations

import json
import multiprocessing
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pycrfsuite

from kg.learn.clusters import WordClusters
from kg.learn.features import sentence_features, sentences
from kg.learn.tagger import BEGIN, INNER, INSIDE, NER_WEIGHTS, OUTER, OUTSIDE
from kg.train.crfsuite_export import export
from kg.train.corpus import Example, GoldEntity

# L-BFGS with elastic net: L1 keeps the model files small, L2 keeps weights stable.
SETTINGS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
NESTED_TYPES = ("PROFESSION", "ORGANIZATION", "EVENT", "LAW")


def layers(types: Sequence[str]) -> dict[str, list[str]]:
    return {t: [OUTER, INNER] if t in NESTED_TYPES else [OUTER] for t in types}


def layer_spans(entities: Sequence[GoldEntity], entity_type: str, layer: str) -> list[tuple[int, int]]:
    spans = sorted({(e.start, e.end) for e in entities if e.type == entity_type})

    def contains(outer, inner):
        return outer != inner and outer[0] <= inner[0] and inner[1] <= outer[1]

    if layer == OUTER:
        return [s for s in spans if not any(contains(o, s) for o in spans)]
    return [s for s in spans if any(contains(o, s) for o in spans)
            and not any(contains(s, i) for i in spans)]


def train_tagger(examples: Sequence[Example], types: Sequence[str], clusters: WordClusters,
                 directory: Path, report: Callable[[str], None] = print, workers: int = 1) -> dict[str, list[str]]:
    """Train and write every (type, layer) model; returns the layers written.

    With `workers` > 1 the models are shared out to forked processes, which inherit the feature
    sequences (crfsuite objects that cannot be pickled) instead of computing them again. Each
    model is trained alone and deterministically, so the files do not depend on `workers`.
    """
    sequences = [(ex, words, pycrfsuite.ItemSequence(sentence_features(words, clusters)))
                 for ex in examples for words in sentences(ex.doc)]
    plan = layers(types)
    jobs = [(entity_type, layer) for entity_type, type_layers in plan.items() for layer in type_layers]
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=directory) as scratch:
        if workers <= 1:
            _train_models(sequences, jobs, Path(scratch), report)
        else:
            _train_in_processes(sequences, [jobs[i::workers] for i in range(workers)], Path(scratch), report)
        export([model_path(Path(scratch), entity_type, layer) for entity_type, layer in jobs], directory / NER_WEIGHTS)
    (directory / "ner.json").write_text(json.dumps({"layers": plan}, indent=1) + "\n", encoding="utf-8")
    return plan


def _train_models(sequences, jobs, directory: Path, report: Callable[[str], None]) -> None:
    for entity_type, layer in jobs:
        trainer = pycrfsuite.Trainer(verbose=False)
        trainer.set_params(SETTINGS)
        for ex, words, items in sequences:
            trainer.append(items, bio_labels(words, layer_spans(ex.entities, entity_type, layer)))
        trainer.train(str(model_path(directory, entity_type, layer)))
        report(f"trained {entity_type} {layer}")


def _train_in_processes(sequences, shares, directory: Path, report: Callable[[str], None]) -> None:
    context = multiprocessing.get_context("fork")   # fork: the children inherit `sequences`
    processes = [context.Process(target=_train_models, args=(sequences, share, directory, report))
                 for share in shares if share]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    failed = [p.exitcode for p in processes if p.exitcode]
    if failed:
        raise RuntimeError(f"{len(failed)} training process(es) failed (exit codes {failed})")


def model_path(directory: Path, entity_type: str, layer: str) -> Path:
    return directory / f"{entity_type}.{layer}.crfsuite"


def bio_labels(words, spans: Sequence[tuple[int, int]]) -> list[str]:
    """B/I/O for the word tokens of one sentence (spans are Doc token indices)."""
    labels = []
    for token in words:
        inside = [s for s in spans if s[0] <= token.i < s[1]]
        if not inside:
            labels.append(OUTSIDE)
        else:
            labels.append(BEGIN if any(s[0] == token.i for s in inside) else INSIDE)
    return labels
