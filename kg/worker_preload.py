"""Imported once by the fork server of `kg build -w N` (kg.pipeline): kg and the default models.

Workers fork from that server, so they start with kg imported, the natasha/slovnet models, the
learned models and the gazetteer's lemma index already in memory (shared copy-on-write), instead
of each spawned worker importing kg and loading them again: about 4 s of CPU per worker on 2
loaded cores. Workers still build their own `Pipeline`; the loaders are cached per process
(functools.cache), so it finds them loaded. Options the server cannot guess (`--models DIR`,
another language) load in the worker as before.
"""
from __future__ import annotations


def _load_default_models() -> None:
    import kg.pipeline  # noqa: F401 - what every worker runs (spaCy, the extractors) is imported here, once
    from kg import gazetteer, learn, nlp

    language = nlp.load("ru")
    gazetteer.load_gazetteer().matches("", language.lemmatize)   # builds the lemma index
    learn.load(None)


try:
    _load_default_models()
except Exception:  # noqa: BLE001 - a worker that finds nothing preloaded loads it and reports errors itself
    pass
