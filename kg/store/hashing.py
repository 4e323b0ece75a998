"""A content hash of one article graph that ignores triple order and blank-node labels."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyoxigraph as ox


def content_hash(quads: Iterable[ox.Quad]) -> str:
    """sha256 over the sorted canonical N-Quads lines (RDFC canonical blank-node labels)."""
    dataset = ox.Dataset(quads)
    if any(isinstance(term, ox.BlankNode) for quad in dataset for term in (quad.subject, quad.object)):
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    digest = hashlib.sha256()
    for line in sorted(str(quad) for quad in dataset):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return "sha256:" + digest.hexdigest()
