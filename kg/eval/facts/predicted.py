"""kg's facts as the fact scorer sees them: plain records, read in the canonical direction.

Only facts read from the article's text are here (`ArticleFacts.facts`); the gazetteer's
reference facts (`kg build --enrich`) are added later, in the graph, and are never scored.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from kg.eval.facts.scheme import Scheme
from kg.types import ArticleFacts, Entity, Qualifiers, Value


@dataclass(frozen=True)
class PredictedFact:
    article: str                   # article file name without its suffix
    predicate: str
    subject: Entity
    object: Entity | Value
    qualifiers: Qualifiers = ()
    sentence: str = ""             # kg's provenance sentence

    def key(self, symmetric: bool = False) -> tuple:
        """What makes two predictions the same fact (qualifiers aside); `symmetric`: either order."""
        ends = (_object_key(self.subject), _object_key(self.object))
        return self.predicate, *(sorted(ends) if symmetric else ends)


def from_article_facts(facts: ArticleFacts, article: str) -> tuple[PredictedFact, ...]:
    return tuple(PredictedFact(article, fact.predicate, fact.subject, fact.object, fact.qualifiers,
                               fact.provenance.sentence) for fact in facts.facts)


def canonical(facts: tuple[PredictedFact, ...] | list[PredictedFact], scheme: Scheme,
              relations: frozenset[str]) -> tuple[PredictedFact, ...]:
    """The facts of `relations`, inverse predicates turned around ("A hasMember B" → "B memberOf A")."""
    turned = []
    for fact in facts:
        predicate, swap = scheme.canonical_form(fact.predicate)
        if predicate not in relations:
            continue
        if swap:
            if not isinstance(fact.object, Entity):   # an inverse of a literal cannot be turned around
                continue
            fact = replace(fact, predicate=predicate, subject=fact.object, object=fact.subject)
        turned.append(fact)
    return tuple(turned)


def _object_key(value: Entity | Value) -> tuple[str, str]:
    return (value.key, "") if isinstance(value, Entity) else (value.lexical, value.datatype)
