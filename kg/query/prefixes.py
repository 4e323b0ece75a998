"""The prefixes kg predefines for SPARQL and uses when writing Turtle, TriG and JSON-LD."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

PREFIX_FILE = Path(__file__).with_name("prefixes.yaml")
KG = "https://w3id.org/kg/ontology#"
ARTICLE = "https://w3id.org/kg/article/"
ENTITY = "https://w3id.org/kg/id/"


@cache
def _table() -> dict[str, dict]:
    return yaml.safe_load(PREFIX_FILE.read_text(encoding="utf-8"))


def prefixes() -> dict[str, str]:
    """prefix name → namespace IRI, e.g. {"kg": "https://w3id.org/kg/ontology#", …}."""
    return {name: row["iri"] for name, row in _table().items()}


def vocabulary_namespaces() -> tuple[str, ...]:
    """Namespaces of classes and properties (not of things articles talk about)."""
    return tuple(row["iri"] for row in _table().values() if row.get("vocabulary"))


def article_iri(article_id_or_iri: str) -> str:
    """"59db0caa" → "https://w3id.org/kg/article/59db0caa"; a full IRI is returned as it is."""
    if "://" in article_id_or_iri:
        return article_id_or_iri
    return ARTICLE + article_id_or_iri


def curie(iri: str) -> str:
    """"https://w3id.org/kg/ontology#Person" → "kg:Person"; IRIs outside kg's prefixes stay whole."""
    for name, namespace in prefixes().items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{name}:{iri[len(namespace):]}"
    return iri
