"""`KnowledgeGraph`: the built graph as notebooks and scripts use it."""
from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from kg import article_graphs, graph, rdfio
from kg.article_graphs import ArticleGraph, Assembly
from kg.types import ArticleFacts, Skipped, Value

OUTPUT_FILES = {"graph.ttl": "turtle", "graph.trig": "trig"}
GAZETTEER_LABEL = "kg gazetteer: curated member lists of organizations (kg/gazetteer/resources/gazetteer.jsonl)"


@dataclass(repr=False)
class KnowledgeGraph:
    """Articles after resolution, and the RDF dataset built from them (one named graph each)."""

    results: list[ArticleFacts] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    enrich: bool = False     # add the gazetteer's member lists, in their own named graph
    # the results' article graphs when they were built where the articles were processed (kg.build):
    # the graph is then assembled from them instead of built again from the results
    parts: list[ArticleGraph] = field(default_factory=list)
    # the graph assembled from the parts as they arrive (`take_arrived`)
    _assembly: Assembly = field(default_factory=Assembly, init=False)
    _taken: int = field(default=0, init=False)   # parts in `_assembly`

    def __repr__(self) -> str:   # the default repr printed every fact: ~60 KB for one article
        return (f"KnowledgeGraph(articles={len(self.results)}, entities={self.entity_count}, "
                f"facts={self.fact_count}, skipped={len(self.skipped)})")

    @cached_property
    def dataset(self):
        """rdflib `Dataset`: one named graph per article (plus the gazetteer's if `enrich`)."""
        dataset = graph.build_dataset(self.results)
        if self.enrich:
            add_gazetteer_members(dataset, self.results)
        return dataset

    @cached_property
    def graph(self):
        """The merged rdflib `Graph` (union of all named graphs)."""
        return graph.merged_graph(self.dataset)

    @cached_property
    def quads(self) -> list:
        """The dataset as pyoxigraph quads: made once, for every file written and the store."""
        if not self._assembled:
            return rdfio.from_rdflib(self.dataset)
        return self._descriptions + self._article_quads().quads()

    def take_arrived(self) -> None:
        """Assemble the parts added since the last call (kg.article_graphs.Assembly: their quads'
        written order and TriG, the merged descriptions, facts.tsv's rows): `kg.build` calls it as
        each article's graph arrives, so that work overlaps the workers' instead of following them."""
        for part in self.parts[self._taken:]:
            self._assembly.add(part)
        self._taken = len(self.parts)

    def _article_quads(self) -> rdfio.Ordered:
        self.take_arrived()
        return self._assembly.articles

    @cached_property
    def _ordered(self) -> rdfio.Ordered:
        """`quads` with their written order, worked out once for every file written."""
        if not self._assembled:
            return rdfio.Ordered(self.quads)
        self.take_arrived()
        return self._assembly.ordered(self._descriptions)

    @property
    def _assembled(self) -> bool:
        return (bool(self.parts) and len(self.parts) == len(self.results)
                and all(part.facts is result for part, result in zip(self.parts, self.results)))

    @cached_property
    def _descriptions(self) -> list:
        """The default graph (merged entity descriptions) and the gazetteer's graph, as quads."""
        if not self.enrich:
            self.take_arrived()
            return self._assembly.descriptions.quads()
        dataset = graph.described_entities(self.results)
        add_gazetteer_members(dataset, self.results)   # it describes the members no article named
        return rdfio.from_rdflib(dataset)

    @property
    def entity_count(self) -> int:
        return len({entity.key for result in self.results for entity in result.entities})

    @property
    def fact_count(self) -> int:
        return sum(len(result.facts) for result in self.results)

    @property
    def dropped_count(self) -> int:
        """Facts extracted and resolved but dropped because the shapes forbid their types."""
        return sum(len(result.dropped) for result in self.results)

    def validate(self, mode: str = "fast") -> None:
        """Raise `kg.errors.ValidationError` unless the graph conforms to the SHACL shapes.

        `mode`: "fast" (pyshacl-turbo, the default), "full" (pyshacl) or "none"; see kg.graph.validate.
        Article graphs checked where they were built leave only the entity descriptions to check
        (kg.article_graphs)."""
        if self._assembled and article_graphs.check_descriptions(self.parts, self._descriptions, mode, self.enrich,
                                                                 self._assembly.shared_keys()):
            return
        graph.validate(self.quads, mode)

    def query(self, sparql: str):
        """Run SPARQL over all named graphs (the union), with kg's prefixes predefined.

        The query is checked first (kg.query.checker): rdflib would follow SERVICE to any URL."""
        from kg.query.checker import check

        check(sparql)
        return graph.query(self.dataset, sparql)

    def to_networkx(self):
        """A networkx `MultiDiGraph` of entities (nodes) and facts (edges) with readable labels."""
        return graph.to_networkx(self.graph)

    def serialize(self, path: str | Path, format: str = "turtle") -> Path:
        """Write the graph: quad formats (trig, nquads, json-ld) keep one named graph per article,
        triple formats (turtle, nt, xml) hold the union; the same writer as `kg export`."""
        return rdfio.write(self._ordered, path, format)

    def draw(self, path: str | Path, **filters) -> Path:
        """A picture (.png, .svg, .pdf) or an interactive page (.html); filters as in `kg.viz.view`."""
        from kg import viz

        path = Path(path)
        render = viz.to_html if path.suffix.lower() == ".html" else viz.draw
        return render(self, path, **filters)

    def add_to_store(self, store_dir: str | Path):
        """Add every article to the on-disk store in `store_dir` (created if missing); see `kg.store`."""
        from kg import store

        return store.add_results(store_dir, self.quads)

    def write(self, outdir: str | Path) -> list[Path]:
        """Write graph.ttl, graph.trig and facts.tsv into `outdir`; return their paths."""
        outdir = Path(outdir)
        outdir.mkdir(parents=True, exist_ok=True)
        written = [self.serialize(outdir / name, fmt) for name, fmt in OUTPUT_FILES.items()]
        written.append(graph.tsv.write_rows(self.facts_rows(), outdir / "facts.tsv"))
        return written

    def facts_rows(self) -> list[dict[str, str]]:
        """The rows of facts.tsv (`kg.graph.facts_rows` of the graph)."""
        if not self._assembled:
            return graph.facts_rows(self.quads)
        self.take_arrived()
        return self._assembly.facts_rows(self._descriptions if self.enrich else None)


def add_gazetteer_members(dataset, results: Iterable[ArticleFacts]) -> None:
    """memberOf facts from the gazetteer's member lists for every listed organization the
    articles mention, in the named graph https://w3id.org/kg/source/gazetteer."""
    from kg import gazetteer as reference

    gazetteer = reference.load_gazetteer()
    source = graph.ReferenceSource("gazetteer", GAZETTEER_LABEL, gazetteer.version)
    facts = [graph.ReferenceFact(listed.member, "memberOf", listed.organization,
                                 (("validFrom", Value(listed.since, "gYear")),) if listed.since else (),
                                 citation=listed.list_source)
             for listed in reference.listed_memberships(reference.entity_keys(results), gazetteer)]
    graph.add_reference_facts(dataset, source, facts)


def build(paths: Iterable[str | Path] | str | Path, *, workers: int | None = 1,
          extractors: Sequence[str] | None = None, progress=None, enrich: bool = False,
          web=None, max_article_chars: int | None = None, learned: bool = True, min_confidence: float = 0.0,
          models: str | Path | None = None, validation: str = "fast") -> KnowledgeGraph:
    """Read, parse, extract and resolve every article under `paths`; return the graph.

    `paths` may hold http(s) URLs of pages or feeds (and `kg.web.Feed(url)`), fetched as
    `web` (a `kg.web.WebOptions`; default: its defaults, nothing saved) says.
    `learned=False` leaves the learned models (kg.learn) out: rules only. `min_confidence`
    drops facts whose extractor is less sure (rules say 0.8–1.0; learned facts carry the
    classifier's calibrated probability). `models` is a directory made by `kg train` (default:
    the models shipped in kg/learn/models). Each article's graph is built, and checked against
    the shapes in `validation`'s mode, where the article is processed (kg.article_graphs), so that
    `validate` in that mode has only the merged entity descriptions left to check.
    `progress`, if given, is called with each result as it arrives (the CLI's progress bar).
    `enrich` adds the gazetteer's member lists of the organizations mentioned, marked as such.
    Articles longer than `max_article_chars` (default kg.ingest.MAX_ARTICLE_CHARS) are skipped.
    """
    from kg import ingest, pipeline, web as kgweb   # imported here so `import kg` stays light for notebooks
    from kg.article_graphs import article_graph
    from kg.graph.validate import prepare

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if web is None and any(isinstance(path, kgweb.Feed) or kgweb.is_url(path) for path in paths):
        web = kgweb.WebOptions()
    limit = max_article_chars or ingest.MAX_ARTICLE_CHARS
    read = (kgweb.WebReader(web, max_article_chars=limit).read if web is not None
            else partial(ingest.read, max_article_chars=limit))
    knowledge = KnowledgeGraph(enrich=enrich)
    # what validating the descriptions needs, made while the first articles are processed (the
    # parent of a worker pool only waits then)
    preparing = threading.Thread(target=prepare, args=(validation,), name="kg-prepare-validation", daemon=True)
    preparing.start()
    for item in pipeline.run(paths, workers=workers, extractors=extractors, read=read, learned=learned,
                             min_confidence=min_confidence, models=models,
                             finish=partial(article_graph, validation=validation)):
        if isinstance(item, Skipped):
            knowledge.skipped.append(item)
        else:
            knowledge.results.append(item.facts)
            knowledge.parts.append(item)
            knowledge.take_arrived()
        if progress:
            progress(item if isinstance(item, Skipped) else item.facts)
    preparing.join()
    return knowledge
