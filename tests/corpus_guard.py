"""Before/after guard for refactors: build a small real corpus and keep what kg writes as a snapshot.

The corpus is the demo article plus the short texts in tests/data/corpus/ (plain text, a dateline,
JSONL with metadata); it is built with --enrich so the gazetteer's named graph is covered too, and
rules only (--no-learned): the snapshot predates the learned models (issue 13) and guards that the
rules' output stays identical through refactors; what the learned models add on top is checked by
tests/extract/test_extract_learned.py (rules' mentions and facts kept, more added) and
tests/learn/ (the shipped models' output), not pinned here to the last digit of a probability.
tests/test_corpus_guard.py compares a fresh build with the snapshot in tests/data/corpus-snapshot/:
the merged graph and every named graph up to isomorphism, facts.tsv line by line, and the quads
the store keeps. Regenerate the snapshot only for an intended change of the output, in a commit
that says why:

    .venv/bin/python tests/corpus_guard.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parent.parent
CORPUS = (REPO / "tests" / "data" / "corpus", REPO / "examples" / "ru" / "sco-security-council-2024-04-03.txt")
SNAPSHOT = REPO / "tests" / "data" / "corpus-snapshot"
FILES = ("graph.trig", "facts.tsv", "store.nq")


def build(outdir: Path) -> Path:
    """Build the corpus into `outdir`: graph.ttl, graph.trig, facts.tsv, and store.nq (the store's quads)."""
    import kg
    from kg.store import Store

    knowledge = kg.build(CORPUS, workers=1, enrich=True, learned=False)
    knowledge.validate()
    knowledge.write(outdir)
    store = outdir / "store"
    knowledge.add_to_store(store)
    with Store.open(store, read_only=True) as opened:
        quads = sorted(opened.oxigraph, key=str)
    (outdir / "store.nq").write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return outdir


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    SNAPSHOT.mkdir(parents=True, exist_ok=True)
    build(SNAPSHOT)
    for name in list(SNAPSHOT.iterdir()):
        if name.name not in FILES:
            import shutil
            shutil.rmtree(name) if name.is_dir() else name.unlink()
    print(f"wrote {', '.join(FILES)} in {SNAPSHOT}")
