"""Learned models beside the rules: a NER tagger (CRFs) and a relation classifier (numpy).

    models = kg.learn.load()                  # the models shipped in kg/learn/models/, once per process
    spans = models.tagger.tag(doc)            # TaggedSpan(start, end, type, confidence), NEREL types
    found = models.relations.predict(doc, [PairMention(start, end, type), …])

Model files are data (JSON, .npz read without pickle): swapping them runs no
code. `kg train ner|relations --nerel DIR -o MODEL_DIR` makes them (the [train] extra), and
`load(MODEL_DIR)` reads a directory of one's own.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:   # the models import spaCy: only `load` needs them
    from kg.learn.relations import RelationClassifier
    from kg.learn.tagger import EntityTagger

DEFAULT_DIRECTORY = Path(__file__).with_name("models")
# The language the models read: navec's Russian vectors, the Russian trigger lexicon, NEREL's text.
# Articles in other languages are extracted by the rules alone.
LANGUAGE = "ru"
CLUSTERS, NER_SPEC, NER_WEIGHTS, RELATIONS_SPEC = "clusters.npz", "ner.json", "ner.npz", "relations.json"


class ModelError(KgError):
    """A model directory that is missing or incomplete."""


@dataclass(frozen=True)
class LearnedModels:
    directory: Path
    tagger: "EntityTagger"
    relations: "RelationClassifier"

    def reads(self, lang: str) -> bool:
        """Whether the models were made for text in `lang`."""
        return lang == LANGUAGE


@functools.cache   # models load once per process
def load(directory: str | Path | None = None) -> LearnedModels:
    directory = Path(directory) if directory else DEFAULT_DIRECTORY
    missing = [name for name in (CLUSTERS, NER_SPEC, NER_WEIGHTS, RELATIONS_SPEC) if not (directory / name).is_file()]
    if missing:
        raise ModelError(f"{directory}: not a kg model directory (missing {', '.join(missing)}); "
                         "make one with `kg train ner` and `kg train relations`")
    from kg.learn.clusters import load_clusters
    from kg.learn.relations import RelationClassifier
    from kg.learn.tagger import EntityTagger
    try:
        clusters = load_clusters(directory / CLUSTERS)
        return LearnedModels(directory, EntityTagger(directory, clusters), RelationClassifier(directory, clusters))
    except (OSError, ValueError, KeyError) as error:
        raise ModelError(f"{directory}: unreadable model ({type(error).__name__}: {error})") from error
