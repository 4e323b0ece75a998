"""Which part of the graph to show: relations, types, an entity's neighbourhood, the central nodes.

Filters apply in a fixed order (relations → types → focus → min degree → top N) so that, for
example, `--top 10` ranks the nodes that survived the other filters.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.viz.errors import VizError
from kg.viz.style import lineage

RANKINGS = ("degree", "pagerank")


@dataclass(frozen=True)
class Filters:
    focus: str | None = None                  # entity IRI, or a substring of its label
    hops: int = 1                             # radius of the neighbourhood around `focus`
    relations: tuple[str, ...] = ()           # predicate names ("chairs") or CURIEs ("kg:chairs")
    types: tuple[str, ...] = ()               # ontology class names ("Person")
    min_degree: int = 0
    top: int | None = None                    # keep the N highest-ranked nodes
    rank: str = "degree"                      # one of RANKINGS

    def __post_init__(self):
        if self.rank not in RANKINGS:
            raise VizError(f"unknown ranking {self.rank!r}; use one of: {', '.join(RANKINGS)}")
        if self.hops < 0 or self.min_degree < 0 or (self.top is not None and self.top < 1):
            raise VizError("--hops and --min-degree must be ≥ 0, --top ≥ 1")


def apply(graph: nx.MultiDiGraph, filters: Filters) -> nx.MultiDiGraph:
    """A copy of `graph` reduced by `filters`; raises `VizError` if nothing is left."""
    view = graph.copy()
    if filters.relations:
        view = _keep_relations(view, filters.relations)
    if filters.types:
        view = view.subgraph(n for n, t in view.nodes(data="type") if _is_a(t, filters.types)).copy()
    if filters.focus:
        view = _neighbourhood(view, filters.focus, filters.hops)
    if filters.min_degree:
        view = view.subgraph(n for n, d in view.degree() if d >= filters.min_degree).copy()
    if filters.top:
        view = view.subgraph(_ranked(view, filters.rank)[: filters.top]).copy()
    if not view.number_of_nodes():
        raise VizError("no nodes left to draw after the filters; loosen them")
    return view


def _is_a(entity_type: str | None, wanted: tuple[str, ...]) -> bool:
    """True if the type is one of `wanted` or a subclass of one (Agency is an Organization)."""
    return any(name in wanted for name in lineage(entity_type))


def _keep_relations(graph: nx.MultiDiGraph, relations: tuple[str, ...]) -> nx.MultiDiGraph:
    """Only edges of these predicates, and only the nodes they connect."""
    wanted = {name.split(":")[-1] for name in relations}
    edges = [(u, v, k) for u, v, k, p in graph.edges(keys=True, data="predicate")
             if p and p.split(":")[-1] in wanted]
    return graph.edge_subgraph(edges).copy()


def find_nodes(graph: nx.MultiDiGraph, entity: str) -> list[str]:
    """Nodes named by `entity`: its IRI, else an exact label, else every label containing it."""
    if entity in graph:
        return [entity]
    wanted = entity.casefold()
    labels = {node: (label or "").casefold() for node, label in graph.nodes(data="label")}
    exact = [node for node, label in labels.items() if label == wanted]
    return exact or sorted(node for node, label in labels.items() if wanted in label)


def _neighbourhood(graph: nx.MultiDiGraph, entity: str, hops: int) -> nx.MultiDiGraph:
    """Everything within `hops` edges (either direction) of the entities matching `entity`."""
    centres = find_nodes(graph, entity)
    if not centres:
        raise VizError(f"no entity matches {entity!r} (give its IRI or part of its label)")
    undirected = graph.to_undirected(as_view=True)
    keep = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
    return graph.subgraph(keep).copy()


def _ranked(graph: nx.MultiDiGraph, rank: str) -> list[str]:
    """Nodes by decreasing score; ties broken by label so the result does not depend on order."""
    if rank == "pagerank":
        scores = nx.pagerank(nx.DiGraph(graph))
    else:
        scores = dict(graph.degree())
    return sorted(graph, key=lambda n: (-scores[n], graph.nodes[n].get("label") or "", n))
