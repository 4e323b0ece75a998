"""The NEREL ↔ ontology correspondence of the learned models (resources/labels.yml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

PATH = Path(__file__).with_name("resources") / "labels.yml"


@dataclass(frozen=True)
class Labels:
    classes: dict[str, str]          # NEREL entity type -> ontology class
    from_classes: dict[str, str]     # ontology class -> NEREL entity type
    predicates: dict[str, str]       # NEREL relation type -> ontology property


@cache
def labels() -> Labels:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    return Labels(dict(data["classes"]), dict(data["from_classes"]), dict(data["predicates"]))
