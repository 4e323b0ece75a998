"""Shard files: what one batch wrote, in OUT/shards/NAME.*.

- `NAME.nq`: the batch's article graphs (one named graph per article), N-Quads, which every
  store's bulk loader reads. Entity descriptions are not in it: they merge over the whole corpus.
- `NAME.entities.jsonl`: one line per article, `{"article": id, "entities": [...]}`, the article's
  own view of every entity it names; merged by key over all shards when the shards are loaded.
- `NAME.facts.tsv`: the batch's facts table (facts.tsv's columns; labels as this batch saw them,
  so `kg export STORE --format tsv` after `kg load` gives the table of the merged graph).

Files are written under temporary names and renamed into place; the manifest line the client
appends afterwards is what makes them count.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg import graph, rdfio
from kg.graph.entities import merged_entities
from kg.knowledge_graph import KnowledgeGraph
from kg.types import ArticleFacts, Entity

QUADS, ENTITIES, FACTS = ".nq", ".entities.jsonl", ".facts.tsv"


def write_shard(directory: Path, name: str, results: list[ArticleFacts], validation: str = "fast") -> None:
    """Validate the batch's graph (`validation`: a mode of kg.graph.validate) and write its three
    shard files into `directory`."""
    knowledge = KnowledgeGraph(results)
    knowledge.validate(validation)
    directory.mkdir(parents=True, exist_ok=True)
    named = [quad for quad in knowledge.quads if not isinstance(quad.graph_name, ox.DefaultGraph)]
    _in_place(directory / f"{name}{QUADS}", lambda path: rdfio.write(named, path, "nquads"))
    _in_place(directory / f"{name}{FACTS}", lambda path: graph.write_facts_tsv(knowledge.quads, path))
    _in_place(directory / f"{name}{ENTITIES}", lambda path: path.write_text(
        "".join(entity_line(result) + "\n" for result in results), encoding="utf-8"))


def _in_place(path: Path, write) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(temporary)
    os.replace(temporary, path)


def entity_line(result: ArticleFacts) -> str:
    """The article's view of its entities (merged within the article), as one JSON line."""
    entities = [[e.key, e.type, e.label, sorted(e.aliases), e.wikidata, e.lang, [list(p) for p in e.labels]]
                for e in merged_entities([result])]
    return json.dumps({"article": result.article.id, "entities": entities}, ensure_ascii=False)


def read_entities(path: Path) -> Iterator[tuple[str, list[Entity]]]:
    """(article id, its entity views) of every line of a NAME.entities.jsonl."""
    with open(path, encoding="utf-8") as file:
        for line in file:
            record = json.loads(line)
            yield record["article"], [Entity(key, type_, label, frozenset(aliases), wikidata, lang,
                                             tuple(map(tuple, labels)))
                                      for key, type_, label, aliases, wikidata, lang, labels in record["entities"]]


def read_quads(path: Path, graphs: set[str]) -> list[ox.Quad]:
    """The quads of a NAME.nq whose named graph is one of `graphs` (article IRIs)."""
    return [quad for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
            if quad.graph_name.value in graphs]
