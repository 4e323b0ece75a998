"""What kg.viz draws, whatever it is given: a `KnowledgeGraph`, an rdflib graph, an RDF file or a store.

Everything becomes one networkx `MultiDiGraph` (from `kg.graph.to_networkx`) whose edges also
carry the sentence and source of the fact, and whose `graph["title"]` names the articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg import graph as kg_graph
from kg import rdfio
from kg.rdfio.convert import from_rdflib
from kg.vocab import prefixes
from kg.viz.errors import VizError

QUERIES = Path(__file__).with_name("queries")
TITLE_LENGTH = 110
STATEMENT_TYPES = {"kg:Fact", "rdf:Statement"}


@dataclass(frozen=True)
class ArticleInfo:
    date: str | None
    publisher: str | None
    headline: str | None
    url: str | None

    def __str__(self) -> str:
        return ", ".join(part for part in (self.publisher, self.date) if part) or self.url or "article"


def rdf_graph(source) -> Graph:
    """The merged rdflib graph of a `KnowledgeGraph`, an rdflib graph/dataset, or the path of an
    RDF file or a store directory (read by kg.rdfio, as every command reads its GRAPH)."""
    if isinstance(source, (str, Path)):
        with rdfio.open_graph(source) as database:
            return kg_graph.merged_graph(rdfio.to_rdflib(database))
    if isinstance(source, Dataset):
        return kg_graph.merged_graph(source)
    if isinstance(source, Graph):
        return source
    if hasattr(source, "graph") and isinstance(source.graph, Graph):   # kg.KnowledgeGraph
        return source.graph
    raise VizError(f"cannot draw a {type(source).__name__}: give a KnowledgeGraph, rdflib graph, RDF file or store")


def to_view(rdf: Graph) -> nx.MultiDiGraph:
    """Entities and facts as networkx, each edge with `sentence` and `source`; `graph["title"]`."""
    view = kg_graph.to_networkx(rdf)
    # Statement nodes are provenance about edges, not things: they show up as edge details instead.
    view.remove_nodes_from([n for n, t in view.nodes(data="type") if t in STATEMENT_TYPES])
    queryable = _oxigraph(rdf)
    articles = _articles(queryable)
    evidence = _evidence(queryable, articles)
    for u, v, data in view.edges(data=True):
        sentence, article = evidence.get((u, _local(data.get("predicate", "")), v), (None, None))
        data.setdefault("sentence", sentence)
        data.setdefault("source", str(article) if article else None)
    view.graph["title"] = title(articles.values())
    return view


def title(articles) -> str:
    """"Publisher, date" and the headline below for one article; a count and a date range for several."""
    articles = sorted(articles, key=lambda a: a.date or "")
    if not articles:
        return "kg"
    if len(articles) == 1:
        text = "\n".join(part for part in (str(articles[0]), articles[0].headline) if part)
    else:
        dates = [a.date for a in articles if a.date]
        span = f", {dates[0]}" if dates else ""
        span += f" – {dates[-1]}" if dates and dates[-1] != dates[0] else ""   # one day: no range
        publishers = sorted({a.publisher for a in articles if a.publisher})
        named = f" ({', '.join(publishers)})" if 0 < len(publishers) <= 3 else ""
        text = f"{len(articles)} articles{named}{span}"
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1] + "…"


def _oxigraph(rdf: Graph) -> ox.Store:
    """A copy of `rdf` that Oxigraph queries: rdflib's SPARQL engine spends a fifth of a second
    importing and parsing before its first answer, as long as the rest of a picture's data."""
    store = ox.Store()
    store.extend(from_rdflib(rdf))
    return store


def _select(store: ox.Store, name: str) -> list[dict[str, str | None]]:
    """The rows of queries/NAME.rq, each variable's value as text (None where unbound)."""
    solutions = store.query(_query(name), prefixes=prefixes())
    names = [variable.value for variable in solutions.variables]
    return [{variable: _text(row[variable]) for variable in names} for row in solutions]


def _articles(store: ox.Store) -> dict[str, ArticleInfo]:
    return {row["article"]: ArticleInfo(row["date"], row["publisher"], row["headline"], row["url"])
            for row in _select(store, "articles")}


def _evidence(store: ox.Store, articles: dict[str, ArticleInfo]) -> dict[tuple, tuple]:
    """(subject, predicate name, object) → (sentence, article) of the first statement node found."""
    found = {}
    for row in sorted(_select(store, "facts"), key=lambda r: tuple(map(str, r.values()))):
        key = (row["subject"], _local(row["predicate"]), row["object"])
        found.setdefault(key, (row["sentence"], articles.get(row["article"])))
    return found


@cache
def _query(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def _local(term: str) -> str:
    return term.rsplit("#", 1)[-1].rsplit("/", 1)[-1].split(":")[-1]


def _text(term) -> str | None:
    return None if term is None else term.value
