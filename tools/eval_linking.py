"""Linking precision/recall on NEREL's Wikidata links for organizations and countries.

Each NEREL document's ORGANIZATION and COUNTRY mentions are linked together (so short names
can use the longer ones as context) and compared with the gold QIDs; a link to a mention whose
gold is NULL is a false positive, a gold QID not found is a false negative.

    python tools/build_gazetteer.py --splits train --out /tmp/gaz-train.jsonl
    python tools/eval_linking.py --gazetteer /tmp/gaz-train.jsonl     # honest: dev unseen
    python tools/eval_linking.py                                     # shipped (train+dev) gazetteer
"""
from __future__ import annotations

import argparse
import sys
from itertools import groupby
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from kg.gazetteer import GAZETTEER_PATH, read_gazetteer  # noqa: E402
from kg.nlp import lemmatizer  # noqa: E402
from kg.resolve.linking import Name, link_names  # noqa: E402
from nerel_links import read_links  # noqa: E402

LABELS = {"ORGANIZATION": "Organization", "COUNTRY": "Country"}


def score(nerel: Path, split: str, gazetteer_path: Path, proper_only: bool) -> dict[str, dict[str, int]]:
    gazetteer, lemmatize = read_gazetteer(gazetteer_path), lemmatizer("ru")
    counts = {nerel_type: {"tp": 0, "fp": 0, "fn": 0} for nerel_type in LABELS}
    links = [link for link in read_links(nerel, [split]) if link.type in LABELS]
    if proper_only:
        links = [link for link in links if link.text[:1].isupper()]
    for _, document in groupby(links, key=lambda link: link.document):
        document = list(document)
        names = [Name(lemmatize(link.text), LABELS[link.type]) for link in document]
        for link, entry in zip(document, link_names(names, gazetteer, lemmatize)):
            predicted = entry.qid if entry else None
            tally = counts[link.type]
            tally["tp"] += predicted is not None and predicted == link.qid
            tally["fp"] += predicted is not None and predicted != link.qid
            tally["fn"] += link.qid is not None and predicted != link.qid
    return counts


def report(counts: dict[str, dict[str, int]]) -> None:
    total = {name: sum(c[name] for c in counts.values()) for name in ("tp", "fp", "fn")}
    for name, c in [*counts.items(), ("ALL", total)]:
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        print(f"{name:13} P={precision:.3f} R={recall:.3f}  (tp={c['tp']} fp={c['fp']} fn={c['fn']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from nerel_path import NEREL   # $KG_NEREL or ../shared/data/nerel
    parser.add_argument("--nerel", type=Path, default=NEREL)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--gazetteer", type=Path, default=GAZETTEER_PATH)
    parser.add_argument("--proper-only", action="store_true", help="only mentions written with a capital")
    args = parser.parse_args()
    report(score(args.nerel, args.split, args.gazetteer, args.proper_only))


if __name__ == "__main__":
    main()
