"""The one prefix table (prefixes.yml): SPARQL, every RDF writer, CURIEs in tables and pictures."""
from __future__ import annotations

from functools import cache

from kg.resources import load_yaml


@cache
def _table() -> dict[str, dict]:
    return load_yaml("vocab", "prefixes.yml")


@cache
def prefixes() -> dict[str, str]:
    """prefix name → namespace IRI, e.g. {"kg": "https://w3id.org/kg/ontology#", …} (do not modify)."""
    return {name: row["iri"] for name, row in _table().items()}


def namespace(prefix: str) -> str:
    """The namespace IRI of a prefix of the table ("kgid" → "https://w3id.org/kg/id/")."""
    return prefixes()[prefix]


def vocabulary_namespaces() -> tuple[str, ...]:
    """Namespaces of classes and properties (not of things articles talk about)."""
    return tuple(row["iri"] for row in _table().values() if row.get("vocabulary"))


def curie(iri: str) -> str:
    """"https://w3id.org/kg/ontology#Person" → "kg:Person"; IRIs outside kg's prefixes stay whole."""
    for name, base in prefixes().items():
        if iri.startswith(base) and len(iri) > len(base):
            return f"{name}:{iri[len(base):]}"
    return str(iri)


def expand(name: str) -> str | None:
    """"kg:Person" → its full IRI; None when the text is not a prefixed name of the table."""
    prefix, colon, local = name.partition(":")
    if not colon or prefix not in prefixes() or " " in name:
        return None
    return prefixes()[prefix] + local
