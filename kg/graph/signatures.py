"""What the SHACL shapes allow a fact to connect, checked on plain records before any RDF is built.

Extractors propose and the ontology disposes: a fact whose subject or object has a class the
shapes forbid for its predicate ("head of" a Topic, say) is dropped here, with a count the build
reports, so that `validate` on the written graph stays a check for bugs in kg itself. The rules
are read from `shapes.ttl` (`kgsh:RangeShape`: allowed object classes per property;
node shapes with `sh:targetSubjectsOf` and `sh:class`, such as `kgsh:PersonSubjectShape`: the class
the subject of those properties must have), so there is one source of truth.
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
    subject_classes: dict[str, frozenset[str]]    # predicate → allowed subject classes (with subclasses)

    def allows(self, fact: Fact) -> bool:
        subjects = self.subject_classes.get(fact.predicate)
        if subjects is not None and fact.subject.type not in subjects:
            return False
        allowed = self.object_classes.get(fact.predicate)
        return allowed is None or not isinstance(fact.object, Entity) or fact.object.type in allowed


def conforming(result: ArticleFacts) -> ArticleFacts:
    """The article with only the facts the shapes allow; the others move to `dropped`."""
    rules = signatures()
    allowed = [rules.allows(fact) for fact in result.facts]
    kept = tuple(fact for fact, ok in zip(result.facts, allowed) if ok)
    dropped = tuple(fact for fact, ok in zip(result.facts, allowed) if not ok)
    if not dropped:
        return result
    readings = tuple(fact for fact in result.readings if rules.allows(fact))   # a reading is its fact again
    return replace(result, facts=kept, dropped=result.dropped + dropped, readings=readings)


@cache
def signatures() -> Signatures:
    graph = shapes()
    objects = {}
    for constraint in graph.objects(KGSH.RangeShape, SH.property):
        predicate = _local(graph.value(constraint, SH.path))
        objects[predicate] = frozenset(c for name in _classes(graph, constraint) for c in _subclasses(name))
    return Signatures(objects, _subject_classes(graph))


def _subject_classes(graph: Graph) -> dict[str, frozenset[str]]:
    """Every node shape that targets the subjects of properties and gives them a class."""
    subjects: dict[str, frozenset[str]] = {}
    for shape, predicate in graph.subject_objects(SH.targetSubjectsOf):
        required = graph.value(shape, SH["class"])
        if required is not None:
            allowed = _subclasses(_local(required))
            subjects[_local(predicate)] = subjects.get(_local(predicate), allowed) & allowed
    return subjects


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
