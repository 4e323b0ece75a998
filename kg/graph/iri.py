"""Stable, readable IRIs for entities, articles, facts and memberships.

Entity IRIs come from `Entity.key` (global by construction) so the same thing gets the same
IRI in every article, worker and run; fact IRIs hash what identifies one reading of a fact.
"""
from __future__ import annotations

import hashlib
import re

from rdflib import URIRef

from kg.graph.namespace import ARTICLE_BASE, ENTITY_BASE, FACT_BASE, MEMBERSHIP_BASE, SOURCE_BASE
from kg.translit import transliterate

_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")   # outside RFC 3986 unreserved characters
HASH_LENGTH = 16                              # hex digits: 64 bits, ample for one corpus


def slug(text: str) -> str:
    """ASCII IRI segment for `text`: Cyrillic transliterated, other unsafe runs become "-".

    >>> slug("Шанхайская организация сотрудничества")
    'Shankhayskaya-organizatsiya-sotrudnichestva'
    """
    return _UNSAFE.sub("-", transliterate(text)).strip("-") or "_"


def key_path(key: str) -> str:
    """`Entity.key` as an IRI path: each "/"-separated segment slugged, "/" kept."""
    return "/".join(slug(segment) for segment in key.split("/"))


def entity_iri(key: str) -> URIRef:
    return URIRef(ENTITY_BASE + key_path(key))


def article_iri(article_id: str) -> URIRef:
    return URIRef(ARTICLE_BASE + slug(article_id))


def source_iri(name: str) -> URIRef:
    """A reference source (e.g. the gazetteer); also the IRI of the named graph of its facts."""
    return URIRef(SOURCE_BASE + slug(name))


def digest(*parts: object) -> str:
    """Short stable hash of `parts` (joined with a separator no part contains)."""
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def fact_iri(article_id: str, subject_key: str, predicate: str, object_id: str,
             start: int, end: int) -> URIRef:
    return URIRef(FACT_BASE + digest(article_id, subject_key, predicate, object_id, start, end))


def reference_fact_iri(source: str, subject_key: str, predicate: str, object_id: str) -> URIRef:
    """A statement taken from a reference source: one per (source, triple), no evidence span."""
    return URIRef(FACT_BASE + digest(source, subject_key, predicate, object_id))


def membership_iri(member_key: str, role: str, organization_key: str) -> URIRef:
    """One org:Membership per (member, role, organization), shared by every article stating it."""
    return URIRef(MEMBERSHIP_BASE + digest(member_key, role, organization_key))
