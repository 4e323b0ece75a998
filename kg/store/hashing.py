"""A content hash of one article graph that ignores triple order and blank-node labels."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyoxigraph as ox


def content_hash(quads: Iterable[ox.Quad]) -> str:
    """sha256 over the sorted canonical N-Quads lines (RDFC canonical blank-node labels)."""
    quads = list(quads)
    if any(isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode) for quad in quads):
        dataset = ox.Dataset(quads)   # labels are arbitrary: give them canonical ones first
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        quads = list(dataset)
    return lines_hash(sorted(set(map(str, quads))))


def lines_hash(lines: list[str]) -> str:
    """The same hash from a graph without blank nodes already rendered: sorted distinct lines."""
    return "sha256:" + hashlib.sha256("".join(line + "\n" for line in lines).encode("utf-8")).hexdigest()


def text_hash(*texts: bytes) -> str:
    """The hash of a graph without blank nodes given as sorted distinct N-Quads lines."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text)
    return "sha256:" + digest.hexdigest()
