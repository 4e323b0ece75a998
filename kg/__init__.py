"""kg: knowledge graphs of international organizations from news articles.

Public API::

    import kg
    knowledge = kg.build(["examples/ru/sco-security-council-2024-04-03.txt"])
    knowledge.query("SELECT ?s ?o WHERE { ?s kg:chairs ?o }")
    knowledge.to_networkx(); knowledge.write("out/")
"""
from kg.errors import InputError, KgError, ValidationError
from kg.knowledge_graph import KnowledgeGraph, build
from kg.types import (Article, ArticleFacts, Candidate, Entity, Extraction, Fact, Mention,
                      Provenance, Skipped, Value)

__version__ = "0.1.0"

__all__ = [
    "build", "KnowledgeGraph", "KgError", "InputError", "ValidationError", "Article", "ArticleFacts",
    "Candidate", "Entity", "Extraction", "Fact", "Mention", "Provenance", "Skipped", "Value",
]
