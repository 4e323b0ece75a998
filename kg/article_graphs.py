"""Each article's named graph, built and checked where the article was processed, and the corpus
graph assembled from those parts by the process that writes it.

`kg build -w N` runs `article_graph` in its workers, next to NLP and extraction, so its parent
only merges entity descriptions (one small record per entity), parses each part's N-Quads with
Oxigraph and writes: building the corpus graph in rdflib, converting it and validating it no longer
run serially after the workers (session 7 measured ~7 s per 300 articles of such a tail).

Why checking the parts checks the whole (validation mode "fast"). A part is validated together
with the article's own views of the entities it names as their descriptions. The shapes then hold
in the corpus graph as well, provided
1. the merged descriptions (and the gazetteer's graph, with --enrich) conform on their own:
   `check_descriptions` validates them; labels, sameAs and one prefLabel per language are
   properties of a merged description, checked there. Without the gazetteer's graph only the
   descriptions of entities that several articles name are checked: an entity of one article is
   described exactly as in that article's graph, checked already;
2. every view of an entity has the type of its merged description (the type is all that the
   shapes on facts and memberships read of a description): `kg.graph.entities.keys_in_several_articles`.
   Where some views disagree, the graphs of the articles naming such an entity are validated
   again, together with the merged descriptions of every entity they name: the other articles
   name only entities whose every view has the merged type.
Article graphs share no node but entities and org:Membership nodes (whose IRIs are made of member,
role and organization, so the same statements in every article), and no shape counts values
across articles.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg import graph, rdfio
from kg.graph import tsv
from kg.graph.entities import KeyUse, SharedKeys, keys_in_several_articles, named_keys
from kg.vocab import article_iri, entity_iri
from kg.types import ArticleFacts, Skipped

CHECKED_MODES = ("fast",)   # the modes a part is validated in; "full" (pyshacl) stays a whole-graph run


@dataclass(frozen=True)
class ArticleGraph:
    """An article's facts and its named graph as N-Quads (entity descriptions left out: they are
    merged over the corpus), checked against the shapes in mode `checked` ("none": not checked)."""

    facts: ArticleFacts
    nquads: bytes
    checked: str


def article_graph(item: ArticleFacts | Skipped, validation: str = "fast") -> ArticleGraph | Skipped:
    """Build (and, in a mode of CHECKED_MODES, validate) one article's graph; a Skipped passes."""
    if isinstance(item, Skipped):
        return item
    # the article's named graph of graph.build_dataset([item]), and its entities' descriptions
    named = rdfio.from_rdflib(graph.article_triples(item), graph_name=article_iri(item.article.id))
    checked = validation if validation in CHECKED_MODES else "none"
    if checked != "none":   # raises kg.errors.ValidationError, which ends the build
        graph.validate(graph.description_quads([item]) + named, checked)
    return ArticleGraph(item, ox.serialize(named, format=ox.RdfFormat.N_QUADS), checked)


def article_quads(parts: Sequence[ArticleGraph]) -> list[ox.Quad]:
    """The parts' named graphs, each quad once (an article read twice has the same graph)."""
    return list(dict.fromkeys(quad for part in parts for quad in part_quads(part)))


def part_quads(part: ArticleGraph) -> Iterator[ox.Quad]:
    """A part's named graph as quads."""
    return ox.parse(part.nquads, format=ox.RdfFormat.N_QUADS)


def check_descriptions(parts: Sequence[ArticleGraph], descriptions: list[ox.Quad], mode: str,
                       enriched: bool = False, keys: SharedKeys | None = None) -> bool:
    """Validate what the parts' checks leave to the whole graph (see the module's docstring):
    raise kg.errors.ValidationError if `descriptions` (the default graph, and the gazetteer's
    graph if `enriched`), or the graphs of the articles naming an entity whose views disagree on
    its type, break a shape; return False, checking nothing, when the parts were not checked in
    `mode` (then validate the whole graph). `keys`: the parts' `keys_in_several_articles`, if
    counted already (`Assembly`)."""
    if mode not in CHECKED_MODES or any(part.checked != mode for part in parts):
        return False
    if keys is None:
        keys = keys_in_several_articles(part.facts for part in parts)
    retyped = [part for part in parts if keys.retyped and not keys.retyped.isdisjoint(named_keys(part.facts))]
    if not enriched:   # the gazetteer's facts need every description they name: then all are checked
        described = keys.shared.union(*(named_keys(part.facts) for part in retyped))
        nodes = {ox.NamedNode(entity_iri(key)) for key in described}
        descriptions = [quad for quad in descriptions if quad.subject in nodes]
    graph.validate(descriptions + article_quads(retyped), mode)
    return True


class Assembly:
    """The corpus graph put together from the parts as they arrive, in any order: each part's
    quads get their written order and their TriG, its entity views are merged into the
    descriptions, its statements become facts.tsv rows waiting for their labels. `kg build`'s
    parent adds each part while the workers make the next ones, so that after the last part it
    only gathers and writes (session 12: 0.8-1.0 s of CPU per 150 NEREL texts had followed the
    workers, with one core idle)."""

    def __init__(self) -> None:
        self.articles = rdfio.Ordered()           # the parts' named graphs
        self.descriptions = graph.Descriptions()  # the default graph, merged so far
        self._described = rdfio.Ordered()         # every description made so far, stale ones too
        self._key_use = KeyUse()
        self._statements: dict[tuple, tsv.Statement] = {}   # each statement node once

    def add(self, part: ArticleGraph) -> None:
        quads = list(part_quads(part))
        self.articles.add(quads)
        self.articles.prepare_trig()
        self.descriptions.add(part.facts)
        self._described.add(self.descriptions.refresh())
        self._key_use.add(part.facts)
        for statement in tsv.statements(tsv.index_of(quads)):
            self._statements.setdefault(statement.order, statement)

    def ordered(self, descriptions: list[ox.Quad]) -> rdfio.Ordered:
        """All the quads with their written order: `descriptions` (the default graph, and the
        gazetteer's graph with --enrich) and the parts' graphs. The descriptions' quads made as
        the parts arrived keep the keys they got then."""
        ordered = rdfio.Ordered()
        ordered.add(descriptions, known=self._described)
        ordered.extend(self.articles)
        return ordered

    def shared_keys(self) -> SharedKeys:
        return self._key_use.keys()

    def facts_rows(self, descriptions: list[ox.Quad] | None = None) -> list[dict[str, str]]:
        """facts.tsv's rows: what `kg.graph.facts_rows` reads of the whole graph, with the labels
        and types of the merged descriptions, or of `descriptions` (the default graph and the
        gazetteer's) if given."""
        index = self.descriptions.index() if descriptions is None else tsv.index_of(descriptions)
        return tsv.labelled_rows(self._statements.values(), index)
