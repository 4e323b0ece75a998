"""What makes two records the same: one fact key and one dedupe, one mention merge.

Resolution and the graph builder both call these, so "the same fact" means one thing everywhere:
within an article, one fact per statement (subject, predicate, object, qualifiers), the best
reading winning (most confident, then earliest in the text, then the first proposed). Entity keys
and IRI slugs are the other half of identity (`kg.resolve.keys.local_key`, `kg.vocab.slug`).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.types import Candidate, Entity, Fact, Mention, Value


def object_id(obj: Entity | Value) -> str:
    """What identifies a fact's object: the entity key, or the typed lexical form ("2024^^gYear")."""
    return obj.key if isinstance(obj, Entity) else f"{obj.lexical}^^{obj.datatype}"


def fact_key(fact: Fact) -> tuple:
    """The statement a fact makes: two readings with this key in one article are one fact."""
    return fact.subject.key, fact.predicate, object_id(fact.object), fact.qualifiers


def reading_key(fact: Fact) -> tuple:
    """What a fact's IRI is made of besides the article (kg.vocab.fact_iri): statement and span."""
    return fact.subject.key, fact.predicate, object_id(fact.object), fact.provenance.start, fact.provenance.end


def unique_facts(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """One fact per statement of one article, in order of first appearance; the best reading wins.

    Two statements differing only in qualifiers but read from the same span would share an IRI,
    so of those too only the best is kept.
    """
    facts = list(facts)
    ranked = sorted(range(len(facts)), key=lambda i: (-facts[i].provenance.confidence, facts[i].provenance.start))
    kept: dict[tuple, int] = {}
    spans: set[tuple] = set()
    for i in ranked:   # a stable sort: among equals, the first proposed comes first
        key, span = fact_key(facts[i]), reading_key(facts[i])
        if key not in kept and span not in spans:
            kept[key] = i
            spans.add(span)
    first_seen = {}
    for i, fact in enumerate(facts):
        first_seen.setdefault(fact_key(fact), i)
    return tuple(facts[kept[key]] for key in sorted(kept, key=first_seen.__getitem__))


def all_mentions(found: Iterable[Mention], candidates: Sequence[Candidate]) -> tuple[Mention, ...]:
    """Found mentions plus those only candidates name (posts, roles), in text order, each once."""
    created = [m for c in candidates for m in (c.subject, c.object) if isinstance(m, Mention)]
    unique = dict.fromkeys([*found, *created])
    return tuple(sorted(unique, key=lambda m: (m.start, m.end, m.label)))
