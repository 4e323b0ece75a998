"""Pictures of a knowledge graph: static (PNG, SVG, PDF) and one self-contained interactive HTML file.

    import kg, kg.viz
    knowledge = kg.build("examples/ru/")
    kg.viz.draw(knowledge, "graph.png", focus="Токаев", hops=2)
    kg.viz.to_html(knowledge, "graph.html", relations=["chairs", "adopts"])
    kg.viz.entities_html(knowledge, "entities.html")   # which spans became which entities

`source` may also be an rdflib graph or the path of an RDF file (graph.ttl, graph.trig, …);
the keyword filters are those of `kg.viz.filters.Filters`.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from kg.viz import filters as _filters
from kg.viz.errors import VizError
from kg.viz.source import rdf_graph, to_view

__all__ = ["draw", "to_html", "entities_html", "view", "VizError", "STATIC_FORMATS"]

STATIC_FORMATS = (".png", ".svg", ".pdf")


def view(source, *, focus: str | None = None, hops: int = 1, relations: Sequence[str] | str = (),
         types: Sequence[str] | str = (), min_degree: int = 0, top: int | None = None,
         rank: str = "degree") -> nx.MultiDiGraph:
    """The filtered networkx graph that `draw` and `to_html` show (edges carry sentence and source)."""
    chosen = _filters.Filters(focus=focus, hops=hops, relations=_names(relations), types=_names(types),
                              min_degree=min_degree, top=top, rank=rank)
    full = to_view(rdf_graph(source))
    shown = _filters.apply(full, chosen)
    shown.graph.update(full.graph)
    return shown


def draw(source, path: str | Path, *, title: str | None = None, **filters) -> Path:
    """Write a static picture of `source` to `path` (.png, .svg or .pdf); return the path."""
    from kg.viz import static   # matplotlib is imported only when a picture is drawn

    path = Path(path)
    if path.suffix.lower() not in STATIC_FORMATS:
        raise VizError(f"{path}: pictures are {', '.join(STATIC_FORMATS)}; use to_html for .html")
    shown = view(source, **filters)
    return static.render(shown, path, title or shown.graph.get("title", ""))


def to_html(source, path: str | Path, *, title: str | None = None, **filters) -> Path:
    """Write one self-contained interactive HTML page of `source` to `path`; return the path."""
    from kg.viz import html

    shown = view(source, **filters)
    return html.render(shown, Path(path), title or shown.graph.get("title", ""))


def entities_html(knowledge, path: str | Path) -> Path:
    """Write a displaCy page of which spans of each article became which entities.

    Needs a `KnowledgeGraph` from `kg.build` (RDF files do not keep the mention spans).
    """
    from kg.viz.entities import entities_html as write   # spaCy loads only for this page

    return write(list(knowledge.results), Path(path))


def _names(value: Sequence[str] | str) -> tuple[str, ...]:
    """"a,b" or ["a", "b"] → ("a", "b")."""
    items = value.split(",") if isinstance(value, str) else value
    return tuple(item.strip() for item in items if item and item.strip())
