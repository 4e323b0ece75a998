"""Where the benchmarks and tools look for NEREL v1.1 when no path is given: $KG_NEREL, else
`../shared/data/nerel` beside the repository (the layout of the machines this project is built on).
The corpus is never copied into the repository; every script also takes the path as an argument."""
from __future__ import annotations

import os
from pathlib import Path

NEREL = Path(os.environ.get("KG_NEREL") or Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "nerel")
