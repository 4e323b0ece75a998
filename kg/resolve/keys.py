"""Global entity keys: the Wikidata QID when linked, else ``<type group>/<ascii slug of lemmas>``.

A key depends only on the type group and the lemma key, so the same thing named in different
cases, articles or runs gets the same key, and the graph module can use it as an IRI path.
"""
from __future__ import annotations

from functools import lru_cache

from kg.resources import load_yaml
from kg.vocab import slug


def _types_data() -> dict:
    return load_yaml("resolve", "types.yml")


@lru_cache(maxsize=1)
def _type_groups() -> dict[str, str]:
    return {label: group for group, labels in _types_data()["groups"].items() for label in labels}


def type_group(label: str) -> str:
    """The key prefix of an ontology class: Strategy and Document share "document", etc."""
    return _type_groups().get(label, label.lower())


def can_link(label: str, entry_type: str) -> bool:
    """May a mention of class `label` name a gazetteer entry of class `entry_type`?"""
    return type_group(entry_type) in _types_data()["linkable"].get(type_group(label), ())


def local_key(label: str, lemma_key: str) -> str:
    """Key of an entity that has no Wikidata ID: "person/kasym-zhomart-tokaev" (lemma keys are
    lowercase, so every inflection and capitalization of a name gives the same key and IRI)."""
    return f"{type_group(label)}/{slug(lemma_key)}"
