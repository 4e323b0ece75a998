"""What the SHACL shapes allow a fact to connect, checked on plain records before any RDF is built.

Extractors propose and the ontology disposes: a fact whose subject or object has a class the
shapes forbid for its predicate ("head of" a Topic, say) is dropped here, with a count the build
reports, so that `validate` on the written graph stays a check for bugs in kg itself. The rules
are read from `shapes.ttl` (`kgsh:RangeShape`: allowed object classes per property;
`kgsh:PersonSubjectShape`: properties whose subject is a person), so there is one source of truth.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDFS, SH

from kg.vocab.rdf import KG
from kg.graph.terms import ontology, shapes
from kg.types import ArticleFacts, Entity, Fact

KGSH = Namespace("https://w3id.org/kg/shapes#")


@dataclass(frozen=True)
class Signatures:
    object_classes: dict[str, frozenset[str]]     # predicate → allowed object classes (with subclasses)
    person_subject: frozenset[str]                # predicates whose subject must be a Person

    def allows(self, fact: Fact) -> bool:
        if fact.predicate in self.person_subject and fact.subject.type not in _subclasses("Person"):
            return False
        allowed = self.object_classes.get(fact.predicate)
        return allowed is None or not isinstance(fact.object, Entity) or fact.object.type in allowed


def conforming(result: ArticleFacts) -> ArticleFacts:
    """The article with only the facts the shapes allow; the others move to `dropped`."""
    rules = signatures()
    allowed = [rules.allows(fact) for fact in result.facts]
    kept = tuple(fact for fact, ok in zip(result.facts, allowed) if ok)
    dropped = tuple(fact for fact, ok in zip(result.facts, allowed) if not ok)
    return replace(result, facts=kept, dropped=result.dropped + dropped) if dropped else result


@cache
def signatures() -> Signatures:
    graph = shapes()
    objects = {}
    for constraint in graph.objects(KGSH.RangeShape, SH.property):
        predicate = _local(graph.value(constraint, SH.path))
        objects[predicate] = frozenset(c for name in _classes(graph, constraint) for c in _subclasses(name))
    person = frozenset(_local(p) for p in graph.objects(KGSH.PersonSubjectShape, SH.targetSubjectsOf))
    return Signatures(objects, person)


def _classes(graph: Graph, constraint) -> list[str]:
    """Class names of `sh:class C` or `sh:or ([sh:class C1] [sh:class C2] …)`."""
    direct = graph.value(constraint, SH["class"])
    if direct is not None:
        return [_local(direct)]
    alternatives = graph.value(constraint, SH["or"])
    return [_local(graph.value(item, SH["class"])) for item in Collection(graph, alternatives)]


@cache
def _subclasses(name: str) -> frozenset[str]:
    return frozenset(_local(c) for c in ontology().transitive_subjects(RDFS.subClassOf, KG[name]))


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]
