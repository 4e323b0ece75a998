"""The default graph: one description per entity key, the articles' views of it merged
(kg.graph.entities.EntityMerge), as Oxigraph quads.

`Descriptions` keeps those quads up to date while articles are added one at a time, in any order:
the parent of `kg build -w N` adds each article as its graph arrives from a worker and describes
again only the entities that article names, so that once the last article is in, the default
graph is gathered, not made (session 12 measured 0.19 s of CPU per 150 NEREL texts made after
the workers had finished, with one core idle). `description_quads(results)` is the same graph
for a list of results.
"""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.graph.build import entity_statements
from kg.graph.entities import EntityMerge, check_distinct_iris, mentioned
from kg.graph.tsv import Index, node_index
from kg.types import ArticleFacts, Entity


class Descriptions:
    """Merged entity descriptions, re-made per entity as articles are added (`add`, `refresh`)."""

    def __init__(self) -> None:
        self._merge = EntityMerge()
        self._added = 0
        self._stale: set[str] = set()           # keys with views added since their quads were made
        self._entities: dict[str, Entity] = {}      # key → the merged entity it describes
        self._quads: dict[str, list[ox.Quad]] = {}   # key → its description
        self._iris: dict[str, str] = {}
        self._index: Index = {}                 # what facts.tsv reads of the descriptions (kg.graph.tsv)
        self._named: dict[str, ox.NamedNode] = {}   # classes, properties: the same for every entity

    def add(self, result: ArticleFacts) -> None:
        """Merge an article's views of the entities it names. A view's place is its article's id,
        then the order the articles were added (two copies of one article stay in the order a
        stable sort by id keeps them), then its position in the article."""
        order, self._added = self._added, self._added + 1
        for position, entity in enumerate(mentioned(result)):
            self._merge.add((result.article.id, order, position), entity)
            self._stale.add(entity.key)

    def refresh(self) -> list[ox.Quad]:
        """Describe again every entity whose views changed since the last refresh; return the
        quads of those descriptions."""
        made = []
        for key in self._stale:
            entity = self._merge.entity(key)
            if self._entities.get(key) == entity:   # a view that changes nothing (most do not)
                continue
            self._entities[key] = entity
            quads = self._quads[key] = self._entity_quads(entity)
            iri = self._iris[key] = quads[0].subject.value
            self._index[("iri", iri)] = node_index(quads)
            made += quads
        self._stale.clear()
        return made

    def quads(self) -> list[ox.Quad]:
        """The default graph, entities sorted by key, each quad once; raises
        kg.errors.ValidationError if two keys map to one IRI."""
        self.refresh()
        keys = sorted(self._quads)
        check_distinct_iris({key: self._iris[key] for key in keys})
        return [quad for key in keys for quad in self._quads[key]]

    def index(self) -> Index:
        """The types and labels of the described entities as kg.graph.tsv indexes them: all that
        facts.tsv reads of the default graph."""
        self.refresh()
        return self._index

    def _entity_quads(self, entity: Entity) -> list[ox.Quad]:
        """The entity's description (`kg.graph.build.entity_statements`), each quad once."""
        quads: dict[ox.Quad, None] = {}
        subject = None
        for iri, predicate, obj in entity_statements(entity):
            if subject is None:
                subject = ox.NamedNode(iri)
            value = self._node(obj) if isinstance(obj, str) else ox.Literal(obj[0], language=obj[1])
            quads[ox.Quad(subject, self._node(predicate), value, ox.DefaultGraph())] = None
        return list(quads)

    def _node(self, iri: str) -> ox.NamedNode:
        found = self._named.get(iri)
        if found is None:
            found = self._named[iri] = ox.NamedNode(iri)
        return found


def description_quads(results: Iterable[ArticleFacts]) -> list[ox.Quad]:
    """The default graph of `build_dataset` as Oxigraph quads, each once: every entity of
    `results` described, merged by key in article-id order, for a graph whose article graphs were
    built elsewhere (kg.article_graphs). Made without rdflib, whose terms and Graph indexes cost
    more than the triples for a corpus's thousands of entities."""
    descriptions = Descriptions()
    for result in results:
        descriptions.add(result)
    return descriptions.quads()
