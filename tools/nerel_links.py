"""NEREL v1.1 entity links: each `N` line joined with the `T` line (type, text) it refers to.

`N7  Reference T48 Wikidata:Q1092499  прокуратура` links entity T48's text to a Wikidata ID
(or `Wikidata:NULL`); the last field is the Wikidata label in Russian (often empty).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Link:
    document: str     # "train/003"
    entity: str       # "T5"
    type: str         # NEREL type: ORGANIZATION, COUNTRY, PERSON …
    text: str         # the mention as written
    qid: str | None   # None for Wikidata:NULL
    label: str        # Wikidata's Russian label, "" when absent


def read_links(root: Path, splits: Sequence[str]) -> Iterator[Link]:
    """Every well-formed N line of the given splits, in file order."""
    for split in splits:
        for ann in sorted((Path(root) / split).glob("*.ann")):
            yield from _document_links(ann, f"{split}/{ann.stem}")


def _document_links(ann: Path, document: str) -> Iterator[Link]:
    # split("\n"), not splitlines(): mention texts may contain U+2028 and other breaks.
    lines = ann.read_text(encoding="utf-8").split("\n")
    entities = {}
    for line in lines:
        fields = line.split("\t")
        if line.startswith("T") and len(fields) == 3:
            entities[fields[0]] = (fields[1].split()[0], fields[2])
    for line in lines:
        fields = line.split("\t")
        parts = fields[1].split() if line.startswith("N") and len(fields) >= 2 else []
        if len(parts) != 3 or not parts[2].startswith("Wikidata:") or parts[1] not in entities:
            continue   # malformed lines exist in the corpus (e.g. a truncated "Wikida…")
        reference = parts[2].removeprefix("Wikidata:")
        qid = reference if reference.startswith("Q") and reference[1:].isdigit() else None
        entity_type, text = entities[parts[1]]
        label = fields[2].strip() if len(fields) > 2 else ""
        yield Link(document, parts[1], entity_type, text, qid, label if label != "нет данных" else "")
