"""Entity resolution and linking: `Extraction` → `ArticleFacts`.

Within an article, every surface form of one thing becomes one entity (inflections, short
names, abbreviations, role phrases); entities are linked to the shipped gazetteer (Wikidata
IDs mined from NEREL, ISO country names, curated organizations) and keyed globally: the QID
when linked, else ``<type group>/<transliterated lemma key>``.
"""
from kg.resolve.gazetteer import Gazetteer, GazetteerEntry, GazetteerError, load_gazetteer, read_gazetteer
from kg.resolve.lemmas import default_lemmatizer
from kg.resolve.members import ListedMembership, entity_keys, listed_memberships
from kg.resolve.resolver import resolve

__all__ = ["Gazetteer", "GazetteerEntry", "GazetteerError", "ListedMembership", "default_lemmatizer",
           "entity_keys", "listed_memberships", "load_gazetteer", "read_gazetteer", "resolve"]
