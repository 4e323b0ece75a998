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
    digest = hashlib.sha256()
    for line in sorted(set(map(str, quads))):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return "sha256:" + digest.hexdigest()
