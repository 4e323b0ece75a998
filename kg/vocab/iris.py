"""Stable, readable IRIs for entities, articles, facts, memberships and reference sources.

Plain strings (no rdflib): the graph builder wraps them as rdflib terms, the store and the query
layer use them as they are. Entity IRIs come from `Entity.key` (global by construction), so the
same thing gets the same IRI in every article, worker and run; fact IRIs hash what identifies one
reading of a fact. `slug` is the only way kg turns a name into an IRI segment or a key.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from kg.vocab.prefixes import namespace
from kg.vocab.translit import transliterate

_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")   # outside RFC 3986 unreserved characters
HASH_LENGTH = 16                              # hex digits: 64 bits, ample for one corpus
# Named graphs `kg push` fills with a file's triples outside article graphs. No file kg writes
# holds them, so they are not in the prefix table.
PUSHED_GRAPH_BASE = "https://w3id.org/kg/graph/"
EMPTY_SLUG = "_"


@lru_cache(maxsize=1 << 16)   # a pure function called for every fact's entities: keys repeat all over a corpus
def slug(text: str) -> str:
    """ASCII segment for `text`: Cyrillic transliterated (case kept), other unsafe runs become "-".

    >>> slug("Шанхайская организация сотрудничества")
    'Shankhayskaya-organizatsiya-sotrudnichestva'
    >>> slug("касым-жомарт токаев")
    'kasym-zhomart-tokaev'
    """
    return _UNSAFE.sub("-", transliterate(text)).strip("-") or EMPTY_SLUG


def key_path(key: str) -> str:
    """`Entity.key` as an IRI path: each "/"-separated segment slugged, "/" kept."""
    return "/".join(slug(segment) for segment in key.split("/"))


def entity_iri(key: str) -> str:
    return namespace("kgid") + key_path(key)


def article_iri(article_id: str) -> str:
    """"59db0caa3494ba20" → "https://w3id.org/kg/article/59db0caa3494ba20"; a full IRI stays as it is."""
    return article_id if "://" in article_id else namespace("article") + slug(article_id)


def source_iri(name: str) -> str:
    """A reference source (e.g. the gazetteer); also the IRI of the named graph of its facts."""
    return namespace("source") + slug(name)


def digest(*parts: object) -> str:
    """Short stable hash of `parts` (joined with a separator no part contains)."""
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def fact_iri(article_id: str, subject_key: str, predicate: str, object_id: str, start: int, end: int) -> str:
    return namespace("fact") + digest(article_id, subject_key, predicate, object_id, start, end)


def reference_fact_iri(source: str, subject_key: str, predicate: str, object_id: str) -> str:
    """A statement taken from a reference source: one per (source, triple), no evidence span."""
    return namespace("fact") + digest(source, subject_key, predicate, object_id)


def membership_iri(member_key: str, role: str, organization_key: str) -> str:
    """One org:Membership per (member, role, organization), shared by every article stating it."""
    return namespace("membership") + digest(member_key, role, organization_key)


def pushed_graph_iri(file_name: str) -> str:
    """"out/graph.ttl" → "https://w3id.org/kg/graph/graph": where `kg push` puts the triples of a
    file that belong to no article (unless `--graph IRI`)."""
    return PUSHED_GRAPH_BASE + slug(file_name.rsplit("/", 1)[-1].split(".")[0] or "graph")
