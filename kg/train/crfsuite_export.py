"""crfsuite model files → `ner.npz`, the numpy form kg.learn.crf reads at inference.

Names come from python-crfsuite's dump (`Tagger.info()`), weights from the file's feature chunk
itself: the dump prints weights with six decimals, the file holds crfsuite's float64 (format:
crfsuite's crf1d_model.c — a 48-byte header, then "FEAT", size, count and 20-byte features:
type, source, destination as uint32, weight as float64, little-endian).
"""
from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pycrfsuite

from kg.learn.crf import LABELS
from kg.learn.names import encode_names

HEADER = struct.Struct("<4sI4sIIIIIIIII")
FEATURE = struct.Struct("<IIId")
STATE, TRANSITION = 0, 1


def read_weights(path: Path) -> tuple[list[tuple[str, int, float]], np.ndarray]:
    """The state features (attribute name, label column in LABELS, weight) in crfsuite's feature
    order, and the 3 × 3 transition weights (from, to) in LABELS order."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    attributes = {int(i): name for name, i in info.attributes.items()}
    column = {int(i): LABELS.index(name) for name, i in info.labels.items()}
    data = path.read_bytes()
    header = HEADER.unpack_from(data)
    offset = header[7]
    chunk, _, count = struct.unpack_from("<4sII", data, offset)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature chunk where the header says")
    states, transitions = [], np.zeros((3, 3))
    for kind, source, target, weight in FEATURE.iter_unpack(data[offset + 12:offset + 12 + FEATURE.size * count]):
        if kind == STATE:
            states.append((attributes[source], column[target], weight))
        elif kind == TRANSITION:
            transitions[column[source], column[target]] = weight
    return states, transitions


def export(model_files: Sequence[Path], out: Path) -> None:
    """One `ner.npz` for the models in `model_files` (their order is the models' order)."""
    rows: dict[str, list[tuple[int, float]]] = {}
    transitions = []
    for model, path in enumerate(model_files):
        states, weights = read_weights(path)
        for name, label, weight in states:   # kept in crfsuite's order within each name
            rows.setdefault(name, []).append((model * 3 + label, weight))
        transitions.append(weights)
    names = sorted(rows)
    indptr = np.cumsum([0] + [len(rows[name]) for name in names])
    cells = [cell for name in names for cell in rows[name]]
    np.savez_compressed(out, names=encode_names(names), indptr=indptr.astype(np.int64),
                        columns=np.array([c for c, _ in cells], dtype=np.int16),
                        weights=np.array([w for _, w in cells], dtype=np.float64),
                        transitions=np.array(transitions, dtype=np.float64))
