"""Shards → one graph, the graph a one-machine `kg build` of the same articles writes.

Article graphs come from the shards as they are (each article's latest copy, as the manifest
says). Entity descriptions are merged by key over every article of every shard with
`kg.graph.entities.EntityMerge`, the merge `kg build` itself uses, each view placed by its
article's id (a one-machine build merges in article-id order too), and written by the same
`kg.graph` code. The merge keeps one small record per entity, not per article.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg import rdfio
from kg.distributed.manifest import Manifest
from kg.distributed.shards import ENTITIES, QUADS, read_entities, read_quads
from kg.errors import InputError, KgError
from kg.graph.build import add_entity, new_dataset
from kg.graph.entities import EntityMerge
from kg.rdfio.read import one_line
from kg.store import AddReport, Store
from kg.types import Entity
from kg.vocab import article_iri

CHUNK = 10_000   # entities described per rdflib graph: bounded memory for big corpora

Descriptions = dict[ox.NamedNode, list[ox.Quad]]   # entity node → its default-graph quads


class Shards:
    """The live content of a shard directory (one with a manifest.jsonl)."""

    def __init__(self, directory: str | Path):
        self.manifest = Manifest.read(directory)
        if not self.manifest.entries:
            raise InputError(f"{directory}: no shards (no {directory}/manifest.jsonl with finished batches)")
        self.live = self.manifest.live_ids()   # shard name → ids of the articles it holds
        for name in self.live:
            for suffix in (QUADS, ENTITIES):
                if not self.manifest.shard_path(name, suffix).is_file():
                    raise InputError(f"{self.manifest.shard_path(name, suffix)}: shard file missing")

    def entities(self) -> list[Entity]:
        """Every entity of every live article, merged by key as `kg build` merges them."""
        merge = EntityMerge()
        for name, ids in self.live.items():
            for article_id, views in read_entities(self.manifest.shard_path(name, ENTITIES)):
                if article_id in ids:
                    for entity in views:
                        merge.add((article_id,), entity)
        return merge.entities()

    def descriptions(self) -> Descriptions:
        """The default graph of the merged graph (entity descriptions), by entity node."""
        entities = self.entities()
        found: Descriptions = {}
        for start in range(0, len(entities), CHUNK):
            dataset = new_dataset()
            for entity in entities[start:start + CHUNK]:
                add_entity(dataset.default_graph, entity)
            for quad in rdfio.from_rdflib(dataset):
                found.setdefault(quad.subject, []).append(quad)
        return found

    def article_graphs(self) -> Iterator[list[ox.Quad]]:
        """The live article graphs, one shard's worth at a time."""
        for name, ids in self.live.items():
            path = self.manifest.shard_path(name, QUADS)
            try:
                yield read_quads(path, {article_iri(article_id) for article_id in ids})
            except SyntaxError as error:
                raise InputError(f"{path}: not valid N-Quads: {one_line(str(error))}") from None

    def quads(self) -> Iterator[ox.Quad]:
        """The whole merged graph: what graph.trig of a one-machine build holds."""
        for about in self.descriptions().values():
            yield from about
        for quads in self.article_graphs():
            yield from quads

    def pieces(self) -> Iterator[list[ox.Quad]]:
        """The merged graph cut for writers that take articles whole (the store, kg push): each
        shard's article graphs with the descriptions of the entities they mention, then the
        descriptions no article mentions (default graph only)."""
        described = self.descriptions()
        attached: set = set()
        for quads in self.article_graphs():
            nodes = {node for quad in quads for node in (quad.subject, quad.object) if node in described}
            attached |= nodes
            yield quads + [quad for node in nodes for quad in described[node]]
        yield [quad for node, about in described.items() if node not in attached for quad in about]

    def load(self, store: Store) -> AddReport:
        """Add the merged graph to an open store: every new article of every shard in one run of
        Oxigraph's bulk loader, read one shard at a time (the store keeps each article with the
        descriptions of what it mentions, as for `kg build --store`)."""
        return store.add_pieces(self.pieces())

    def write(self, path: str | Path) -> Path:
        """The merged graph as one RDF file, its format from the extension (.nq, .trig, .ttl…)."""
        path = Path(path)
        fmt = rdfio.by_extension(path)
        if not fmt.writable:
            raise KgError(f"{path}: kg does not write {fmt.name}")
        return rdfio.write(list(self.quads()), path, fmt)
