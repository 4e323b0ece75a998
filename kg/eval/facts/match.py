"""Does a gold label name a predicted entity? Spelling, inflection, aliases, Wikidata and gazetteer.

A gold label (or any of its ` | ` alternatives) matches a predicted entity when one of these holds,
tried in this order:

1. it is a Wikidata ID ("Q232") equal to the entity's ID or key;
2. normalized (case, ё/е, quotes, dashes, whitespace) it equals the entity's label, an alias
   (every surface form kg saw, inflected ones included) or a label in another language;
3. lemmatized with kg's own lemmatizer it equals one of those lemmatized ("Организации Договора
   о коллективной безопасности" = "Организация Договора о коллективной безопасности"), which is
   also how posts compare ("генерального секретаря ОДКБ" = "генеральный секретарь ОДКБ");
4. the entity is a person and the label and the entity's preferred label (kg's fullest name of
   the person) pass `names.same_person` (surname and given names). Not its aliases: a surname
   alone ("Путина") would then accept any first name;
5. the gazetteer resolves the label to an entry, and the entity is linked to that entry, or one
   of its names resolves to it ("ОДКБ" = "Организация Договора о коллективной безопасности").
   Names the gazetteer marks as too ambiguous alone ("Совет") never resolve here.

A predicted literal (Value) matches a date label at the label's precision (`dates.same_date`)
and any other label by normalized or lemmatized spelling.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.eval.facts import dates
from kg.eval.facts.names import is_qid, normalize, same_person
from kg.gazetteer import Gazetteer
from kg.types import Entity, Value

Lemmatize = Callable[[str], str]


class EntityMatcher:
    """Compares gold labels with predicted entities; build one per language and reuse it."""

    def __init__(self, lemmatize: Lemmatize, gazetteer: Gazetteer | None = None):
        self.lemmatize = lemmatize
        self.gazetteer = gazetteer
        self._gazetteer_keys = frozenset(entry.key for entry in gazetteer.entries) if gazetteer else frozenset()

    def matches(self, labels: Sequence[str], predicted: Entity | Value, *, date: bool = False) -> bool:
        """Whether any of the alternative gold `labels` names `predicted` (`date`: a date relation)."""
        if isinstance(predicted, Value):
            return any(self._value_matches(label, predicted, date) for label in labels)
        return any(self._entity_matches(label, predicted) for label in labels)

    def _value_matches(self, label: str, value: Value, date: bool) -> bool:
        if date or dates.parse(label):
            return dates.same_date(label, value.lexical)
        return self._same_name(label, value.lexical)

    def _entity_matches(self, label: str, entity: Entity) -> bool:
        if is_qid(label):
            return label.strip() in (entity.wikidata, entity.key)
        names = _names(entity)
        if any(self._same_name(label, name) for name in names):
            return True
        if entity.type == "Person" and self._same_person(label, entity.label):
            return True
        return bool(self._entries(label) & self._entity_entries(entity, names))

    def _same_name(self, first: str, second: str) -> bool:
        if normalize(first) == normalize(second):
            return True
        lemmas = self.lemmatize(first)
        return bool(lemmas) and lemmas == self.lemmatize(second)

    def _same_person(self, gold: str, predicted: str) -> bool:
        return same_person(self.lemmatize(gold).split(), self.lemmatize(predicted).split())

    def _entries(self, name: str) -> frozenset[str]:
        if self.gazetteer is None:
            return frozenset()
        found = self.gazetteer.matches(self.lemmatize(name), self.lemmatize)
        return frozenset(match.entry.key for match in found if not match.context_only)

    def _entity_entries(self, entity: Entity, names: Sequence[str]) -> frozenset[str]:
        if entity.key in self._gazetteer_keys:       # linked by kg: its entry, not its names' guesses
            return frozenset({entity.key})
        return frozenset().union(*(self._entries(name) for name in names))


def _names(entity: Entity) -> tuple[str, ...]:
    return (entity.label, *sorted(entity.aliases), *(label for _, label in entity.labels))
