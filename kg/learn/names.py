"""Lists of names (features, attributes) stored in .npz files without pickle: one UTF-8 byte
array, names separated by NUL. A fixed-width string array would take 4 bytes × the longest name
for every one (>100 MB for the relation classifier's features)."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

SEPARATOR = "\x00"


def encode_names(names: Sequence[str]) -> np.ndarray:
    return np.frombuffer(SEPARATOR.join(names).encode("utf-8"), dtype=np.uint8)


def decode_names(data: np.ndarray) -> list[str]:
    return data.tobytes().decode("utf-8").split(SEPARATOR) if data.size else []
