"""The NEREL ↔ ontology correspondence of the learned models (resources/labels.yml).

NEREL's types are the models' own tag set, finer than and apart from the language NER's that
kg.nlp maps in entity_labels.tsv (those label Doc entities; these label the tagger's spans, and
are read backwards to give rule mentions a NEREL type for the relation classifier).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kg.resources import load_yaml


OCCUPATION = "occupation"   # `object_is`: the object names no post title (titles.tsv), a profession


@dataclass(frozen=True)
class Refine:
    """A NEREL relation between arguments of these types (empty: any) is this ontology property;
    with `object_is: occupation`, only when the object is a profession rather than a post."""
    relation: str
    property: str
    subject: str = ""
    object: str = ""
    object_is: str = ""

    def applies(self, relation: str, subject_type: str, object_type: str, occupation: bool = False) -> bool:
        return (relation == self.relation and self.subject in ("", subject_type)
                and self.object in ("", object_type) and (self.object_is != OCCUPATION or occupation))


@dataclass(frozen=True)
class Labels:
    classes: dict[str, str]          # NEREL entity type -> ontology class
    from_classes: dict[str, str]     # ontology class -> NEREL entity type
    predicates: dict[str, str]       # NEREL relation type -> ontology property
    keep: dict[str, "Keep"]          # ontology property -> when a learned fact of it is written
    refine: tuple[Refine, ...] = ()  # typed exceptions to `predicates`
    narrower: dict[str, frozenset[str]] = field(default_factory=dict)   # property -> its subproperties
    give_way: dict[str, frozenset[str]] = field(default_factory=dict)   # property -> rule properties it yields to

    def property_of(self, relation: str, subject_type: str, object_type: str,
                    occupation: bool = False) -> str | None:
        """The ontology property of a NEREL relation between mentions of these NEREL types
        (`occupation`: the object names a profession, no post title)."""
        for rule in self.refine:
            if rule.applies(relation, subject_type, object_type, occupation):
                return rule.property
        return self.predicates.get(relation)


@dataclass(frozen=True)
class Keep:
    """Which learned facts of one property are written: confident enough, with a subject of these types
    (and, with `singular_object`, an object that is not a plural noun phrase; with `asserted`, in a clause
    that states a fact; with `no_post_owner`, a subject that is not whose a post is; with `no_origin`, an object that is
    not where the subject comes from; with `tagged_object`, an object of these NEREL types that only the tagger
    found, no rule: kg.extract.learned_gates)."""
    min_confidence: float
    subjects: frozenset[str]         # NEREL entity types
    singular_object: bool = False    # «министры иностранных дел двух стран» names a group, not one person's post
    asserted: bool = False           # «Северная Македония станет членом альянса»: a future, no membership yet
    no_post_owner: bool = False      # «министры иностранных дел Беларуси» входят в СМИД: the ministers, not Belarus
    no_origin: bool = False          # «представительница Болгарии Ирина Бокова»: where she comes from, not her workplace
    tagged_object: frozenset[str] = frozenset()   # NEREL types of an object only the tagger found («московского Спартака»)

    def admits(self, confidence: float, subject_type: str) -> bool:
        return confidence >= self.min_confidence and subject_type in self.subjects


@cache
def labels() -> Labels:
    data = load_yaml("learn", "labels.yml")
    keep = {prop: Keep(float(rule["min_confidence"]), frozenset(rule["subjects"]), bool(rule.get("singular_object")),
                       bool(rule.get("asserted")), bool(rule.get("no_post_owner")), bool(rule.get("no_origin")),
                       frozenset(rule.get("tagged_object") or ()))
            for prop, rule in data["keep"].items()}
    refine = tuple(Refine(**rule) for rule in data.get("refine", ()))
    narrower = {prop: frozenset(subs) for prop, subs in (data.get("narrower") or {}).items()}
    give_way = {prop: frozenset(rules) for prop, rules in (data.get("give_way") or {}).items()}
    return Labels(dict(data["classes"]), dict(data["from_classes"]), dict(data["predicates"]), keep, refine,
                  narrower, give_way)
