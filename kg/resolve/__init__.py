"""Entity resolution and linking: `Extraction` → `ArticleFacts`.

Within an article, every surface form of one thing becomes one entity (inflections, short
names, abbreviations, role phrases); entities are linked to the gazetteer (kg.gazetteer:
Wikidata IDs mined from NEREL, ISO country names, curated organizations) and keyed globally:
the QID when linked, else ``<type group>/<slug of the lemma key>``.
"""
from kg.resolve.resolver import resolve

__all__ = ["resolve"]
