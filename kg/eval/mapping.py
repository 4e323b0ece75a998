"""The NEREL → kg correspondence (``mapping.yml``): which types and relations are scored, and how."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from kg.errors import InputError

DEFAULT_PATH = Path(__file__).parent / "resources" / "mapping.yml"
DIRECTIONS = ("forward", "inverse", "either")
NEREL_LANGUAGE = "ru"


@dataclass(frozen=True)
class RelationRule:
    nerel_type: str
    predicates: tuple[str, ...]
    direction: str                 # one of DIRECTIONS


@dataclass(frozen=True)
class Mapping:
    entities: dict[str, str]       # NEREL entity type -> scoring type
    collapse: dict[str, str]       # kg class -> scoring type
    relations: dict[str, RelationRule]
    # predicted mentions NEREL has no counterpart for (see `unscored`)
    pronouns: frozenset[str] = frozenset()     # casefolded forms
    references: frozenset[str] = frozenset()   # words, compared by lemma when written lowercase

    @cached_property
    def scoring_types(self) -> frozenset[str]:
        return frozenset(self.entities.values())

    def gold_type(self, nerel_type: str) -> str | None:
        return self.entities.get(nerel_type)

    def predicted_type(self, kg_class: str) -> str | None:
        """The scoring type of a kg class, or None when NEREL has nothing to compare it with."""
        scoring = self.collapse.get(kg_class, kg_class)
        return scoring if scoring in self.scoring_types else None

    def unscored(self, text: str) -> bool:
        """Whether a predicted mention is a pronoun or a bare reference word («мы», «организации»):
        kg's coreference mentions, which NEREL does not annotate."""
        if text.casefold() in self.pronouns:
            return True
        return text.islower() and " " not in text and self._lemmatize(text) in self._reference_lemmas

    @cached_property
    def _lemmatize(self):
        from kg.nlp import lemmatizer   # NEREL is Russian; loaded only when references are listed
        return lemmatizer(NEREL_LANGUAGE)

    @cached_property
    def _reference_lemmas(self) -> frozenset[str]:
        return frozenset(map(self._lemmatize, self.references)) if self.references else frozenset()

    def rule_for(self, predicate: str) -> RelationRule | None:
        return self._by_predicate.get(predicate)

    @cached_property
    def _by_predicate(self) -> dict[str, RelationRule]:
        return {predicate: rule for rule in self.relations.values() for predicate in rule.predicates}


def load_mapping(path: str | Path | None = None) -> Mapping:
    """Read and check a mapping file (the packaged ``mapping.yml`` by default)."""
    path = Path(path) if path else DEFAULT_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        mapping = Mapping(
            entities=dict(data["entities"]), collapse=dict(data.get("collapse") or {}),
            relations={name: _rule(name, spec) for name, spec in data["relations"].items()},
            pronouns=frozenset(word.casefold() for word in data.get("pronouns") or ()),
            references=frozenset(data.get("references") or ()))
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as error:
        raise InputError(f"{path}: not a valid eval mapping ({type(error).__name__}: {error})") from error
    _check_predicates_unique(mapping, path)
    return mapping


def _rule(name: str, spec: dict) -> RelationRule:
    direction = spec.get("direction", "forward")
    if direction not in DIRECTIONS:
        raise KeyError(f"{name}: direction must be one of {', '.join(DIRECTIONS)}")
    return RelationRule(name, tuple(spec["predicates"]), direction)


def _check_predicates_unique(mapping: Mapping, path: Path) -> None:
    # A predicate counted under two NEREL types would be scored twice, once as a false positive.
    seen: dict[str, str] = {}
    for rule in mapping.relations.values():
        for predicate in rule.predicates:
            if predicate in seen:
                raise InputError(f"{path}: predicate {predicate} maps to both {seen[predicate]} "
                                 f"and {rule.nerel_type}")
            seen[predicate] = rule.nerel_type
