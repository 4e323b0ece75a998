"""Merge the per-article views of an entity into one description per key.

A merged description depends on the order of the articles (the first view sets type and label,
labels keep the order they were first seen in), so the merge is written as an accumulator that
takes every view with its place in that order: views may then arrive in any order and in any
number of pieces (one machine's sorted list, or shards written by many workers) and merge to
the same description.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from kg.errors import ValidationError
from kg.vocab import entity_iri
from kg.types import ArticleFacts, Entity


def mentioned(result: ArticleFacts) -> Iterator[Entity]:
    """Listed entities first, then any that only appear inside facts."""
    yield from result.entities
    for fact in result.facts:
        yield fact.subject
        if isinstance(fact.object, Entity):
            yield fact.object


@dataclass
class _Merging:
    """One key's views so far: the earliest view, and where each extra label was first seen."""

    place: tuple                  # of the earliest view: it sets type, label and language
    first: Entity
    aliases: set[str] = field(default_factory=set)
    labels: dict[tuple[str, str], tuple] = field(default_factory=dict)   # (lang, label) → first place
    wikidata: tuple | None = None   # (place, QID) of the earliest view that is linked

    def add(self, place: tuple, entity: Entity) -> None:
        if place < self.place:
            self.place, self.first = place, entity
        self.aliases |= entity.aliases
        for index, pair in enumerate(entity.labels):
            seen = (*place, index)
            if pair not in self.labels or seen < self.labels[pair]:
                self.labels[pair] = seen
        if entity.wikidata and (self.wikidata is None or place < self.wikidata[0]):
            self.wikidata = (place, entity.wikidata)

    def entity(self) -> Entity:
        return replace(self.first, aliases=frozenset(self.aliases),
                       labels=tuple(sorted(self.labels, key=self.labels.__getitem__)),
                       wikidata=self.wikidata[1] if self.wikidata else None)


class EntityMerge:
    """Entity views merged by key as if folded in the order of their places.

    `add(place, entity)`: `place` is any sortable tuple giving the view's position in the corpus
    order (the article's index or id, then the view's position in the article). The result is
    what folding the views in that order gives: the earliest view sets type, label and language;
    aliases are united; labels keep the order they were first seen in; the earliest QID wins.
    """

    def __init__(self) -> None:
        self._merging: dict[str, _Merging] = {}

    def add(self, place: tuple, entity: Entity) -> None:
        merging = self._merging.get(entity.key)
        if merging is None:
            merging = self._merging[entity.key] = _Merging(place, entity)
        merging.add(place, entity)

    def entities(self) -> list[Entity]:
        """One entity per key, sorted by key."""
        keys = sorted(self._merging)
        check_distinct_iris({key: entity_iri(key) for key in keys})
        return [self._merging[key].entity() for key in keys]

    def entity(self, key: str) -> Entity:
        """The merged entity of one key, from the views added so far (IRIs left unchecked)."""
        return self._merging[key].entity()


def merged_entities(results: Iterable[ArticleFacts]) -> list[Entity]:
    """One entity per key, sorted by key; the first seen (in the given order) sets type and label.

    Aliases and extra labels are united, since each article may have seen other surface forms.
    """
    merge = EntityMerge()
    for index, result in enumerate(results):
        for position, entity in enumerate(mentioned(result)):
            merge.add((index, position), entity)
    return merge.entities()


@dataclass(frozen=True)
class SharedKeys:
    """What the articles' views of the entities say about checking the parts one by one
    (kg.article_graphs): `shared`, the keys more than one article names; `retyped`, the keys
    whose views disagree on the type (within an article or across articles)."""

    shared: frozenset[str]
    retyped: frozenset[str]


class KeyUse:
    """`SharedKeys` counted article by article, in any order (kg.article_graphs.Assembly counts
    each article as its graph arrives from a worker)."""

    def __init__(self) -> None:
        self._types: dict[str, str] = {}
        self._first_article: dict[str, str] = {}
        self._shared: set[str] = set()
        self._retyped: set[str] = set()

    def add(self, result: ArticleFacts) -> None:
        for entity in mentioned(result):
            if self._types.setdefault(entity.key, entity.type) != entity.type:
                self._retyped.add(entity.key)
            if self._first_article.setdefault(entity.key, result.article.id) != result.article.id:
                self._shared.add(entity.key)

    def keys(self) -> SharedKeys:
        return SharedKeys(frozenset(self._shared), frozenset(self._retyped))


def keys_in_several_articles(results: Iterable[ArticleFacts]) -> SharedKeys:
    """The keys of the entities that more than one article names, and those whose views disagree
    on their type. An entity of one article only is described in the merged graph exactly as in
    that article's own graph (the same views, in the same order); see kg.article_graphs."""
    use = KeyUse()
    for result in results:
        use.add(result)
    return use.keys()


def named_keys(result: ArticleFacts) -> set[str]:
    """The keys of every entity an article names (listed or inside its facts)."""
    return {entity.key for entity in mentioned(result)}


def check_distinct_iris(iris: dict[str, str]) -> None:
    """Slugging is not injective ("a b" and "a-b"); two keys sharing an IRI would fuse two things.
    `iris`: entity key → its IRI, in the order the keys are reported."""
    seen: dict[str, str] = {}
    for key, iri in iris.items():
        other = seen.setdefault(iri, key)
        if other != key:
            raise ValidationError(f"entity keys {other!r} and {key!r} map to the same IRI {iri}")
