"""One self-contained interactive HTML page: vis-network inlined, the graph as embedded JSON."""
from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

import networkx as nx

from kg.viz.layout import bent_edges, node_label, node_positions, relation_name, wrap_label
from kg.viz.style import style_for

ASSETS = Path(__file__).with_name("assets")
PIXELS_PER_UNIT = 220          # layout unit (about one edge) → vis-network canvas pixels
PLACEHOLDER = re.compile(r"\{\{(TITLE|LANG|DATA|VIS_JS)\}\}")


def render(graph: nx.MultiDiGraph, path: Path, title: str, lang: str = "ru") -> Path:
    """Write the page for `graph` to `path` and return the path."""
    values = {"TITLE": html.escape(title), "LANG": lang, "DATA": _script_safe(page_data(graph)),
              "VIS_JS": _vis_js()}
    page = PLACEHOLDER.sub(lambda match: values[match.group(1)], _template())   # one pass: no re-expansion
    path.write_text(page, encoding="utf-8")
    return path


def page_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes (with the static layout's positions, so both views agree), edges, relations, legend."""
    positions = node_positions(graph)
    nodes = [_node_record(graph, node, positions[node]) for node in sorted(graph)]
    edges = [{"id": f"e{index}", "from": u, "to": v, "label": relation_name(data), "curve": bend,
              "predicate": data.get("predicate"), "sentence": data.get("sentence"), "source": data.get("source")}
             for index, (u, v, data, bend) in enumerate(bent_edges(graph))]
    legend = sorted({style_for(n["type"]).legend: style_for(n["type"]).color for n in nodes}.items())
    return {"nodes": nodes, "edges": edges, "relations": sorted({e["label"] for e in edges}), "legend": legend}


def _node_record(graph: nx.MultiDiGraph, node: str, position: tuple[float, float]) -> dict:
    label, style = node_label(graph, node), style_for(graph.nodes[node].get("type"))
    return {"id": node, "label": wrap_label(label), "full_label": label,
            "type": (graph.nodes[node].get("type") or "").removeprefix("kg:"),
            "shape": style.shape, "color": style.color,
            "x": round(position[0] * PIXELS_PER_UNIT), "y": round(-position[1] * PIXELS_PER_UNIT)}   # y grows down


def _script_safe(data: dict) -> str:
    """JSON that cannot end its <script> element early ("</" becomes the equivalent "<\\/")."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


@cache
def _template() -> str:
    return (ASSETS / "template.html").read_text(encoding="utf-8")


@cache
def _vis_js() -> str:
    """The vendored build without its source-map comment (the map is not shipped; no request for it)."""
    code = (ASSETS / "vis-network.min.js").read_text(encoding="utf-8")
    return re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", code).replace("</script", "<\\/script")
