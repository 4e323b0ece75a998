"""Deterministic node positions: each connected component laid out on its own, then packed.

A stress layout (Kamada–Kawai's energy, minimized by majorization in numpy) keeps graph
distances visible (a hub's neighbours ring around it) and needs no random seed; networkx's own
Kamada–Kawai needs scipy's optimizer, whose import alone cost more than drawing the picture.
Laying components out separately stops small fragments from being flung to the edges of the
picture, as one global layout of a disconnected graph does.
"""
from __future__ import annotations

import math
import textwrap
from collections import defaultdict

import networkx as nx
import numpy as np

Position = tuple[float, float]
GAP = 0.6          # space between packed components, in units of a node-to-node distance
ROW_GAP = 0.8      # between rows of components: room for the multi-line labels under the nodes
STRESS_ITERATIONS = 300
STRESS_TOLERANCE = 1e-6
SEPARATION = 0.3          # radius of the circle added to the start, in hops   # relative change of the stress at which the layout has settled
BEND = 0.25  # curvature step between parallel edges
LABEL_WIDTH = 22   # characters per line of a node label


def node_positions(graph: nx.Graph) -> dict[str, Position]:
    """Positions in arbitrary units where neighbouring nodes are about one unit apart."""
    simple = nx.Graph(graph.to_undirected(as_view=True))
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c))
    placed = [_component_layout(simple.subgraph(nodes), nodes) for nodes in components]
    return _pack(placed)


def _component_layout(component: nx.Graph, nodes: list[str]) -> dict[str, Position]:
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)   # a fixed node order makes the layout reproducible
    ordered.add_edges_from(sorted(component.edges()))
    # Scale so the mean edge is ~1 unit: a bigger component gets a proportionally bigger area.
    raw = stress_layout(ordered)
    lengths = [math.dist(raw[u], raw[v]) for u, v in ordered.edges()] or [1.0]
    unit = sum(lengths) / len(lengths) or 1.0
    return {node: (x / unit, y / unit) for node, (x, y) in raw.items()}


def stress_layout(graph: nx.Graph) -> dict[str, Position]:
    """Positions minimizing Σ (|xᵢ − xⱼ| − dᵢⱼ)² / dᵢⱼ² over a connected graph (dᵢⱼ: hops), by
    SMACOF majorization from a circle, as networkx's Kamada–Kawai starts."""
    nodes = list(graph)
    hops = dict(nx.all_pairs_shortest_path_length(graph))
    target = np.array([[hops[u][v] for v in nodes] for u in nodes], dtype=float)
    weight = np.divide(1.0, target ** 2, out=np.zeros_like(target), where=target > 0)
    laplacian = np.diag(weight.sum(axis=1)) - weight
    inverse = np.linalg.pinv(laplacian)
    angles = 2 * np.pi * np.arange(len(nodes)) / len(nodes)
    x = np.column_stack([np.cos(angles), np.sin(angles)])
    previous = np.inf
    for _ in range(STRESS_ITERATIONS):
        gaps = np.linalg.norm(x[:, None, :] - x[None, :, :], axis=2)
        stress = float((weight * (gaps - target) ** 2).sum())
        if previous - stress <= STRESS_TOLERANCE * stress:
            break
        previous = stress
        pull = -np.divide(weight * target, gaps, out=np.zeros_like(gaps), where=gaps > 0)
        pull[np.diag_indices_from(pull)] = -pull.sum(axis=1)
        x = inverse @ (pull @ x)
    return {node: (float(px), float(py)) for node, (px, py) in zip(nodes, x)}


def _pack(layouts: list[dict[str, Position]]) -> dict[str, Position]:
    """Shelf packing: components left to right in rows about as wide as the biggest one."""
    boxes = [_bounds(layout) for layout in layouts]
    row_width = max(max(b[2] - b[0] for b in boxes), math.sqrt(sum(_area(b) for b in boxes)))
    positions, x, y, row_height = {}, 0.0, 0.0, 0.0
    for layout, (x0, y0, x1, y1) in zip(layouts, boxes):
        width, height = x1 - x0, y1 - y0
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height - ROW_GAP, 0.0
        for node, (nx_, ny) in layout.items():
            positions[node] = (x + nx_ - x0, y - (y1 - ny))
        x += width + GAP
        row_height = max(row_height, height)
    return positions


def _bounds(layout: dict[str, Position]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in layout.values()], [p[1] for p in layout.values()]
    return min(xs), min(ys), max(xs), max(ys)


def _area(box: tuple[float, float, float, float]) -> float:
    return (box[2] - box[0] + GAP) * (box[3] - box[1] + GAP)


def bent_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, dict, float]]:
    """(u, v, data, bend) for every edge but self-loops, in a fixed order.

    Parallel edges between two nodes (either direction) get different bends so none hides
    another; `bend` is matplotlib's arc3 `rad`, relative to the edge's own direction.
    """
    bundles = defaultdict(list)
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], relation_name(e[2]))):
        if u != v:
            bundles[tuple(sorted((u, v)))].append((u, v, data))
    bent = []
    for pair, edges in bundles.items():
        for index, (u, v, data) in enumerate(edges):
            bend = BEND * (index - (len(edges) - 1) / 2)
            bent.append((u, v, data, bend if (u, v) == pair else -bend))
    return bent


def relation_name(data: dict) -> str:
    """An edge's caption: its label, else the predicate's local name ("kg:chairs" → "chairs")."""
    return data.get("label") or local_name(data.get("predicate") or "")


def local_name(term: str) -> str:
    return term.rsplit("#", 1)[-1].rsplit("/", 1)[-1].split(":")[-1]


def node_label(graph: nx.Graph, node: str) -> str:
    return graph.nodes[node].get("label") or local_name(node)


def wrap_label(label: str) -> str:
    """Long names ("Программа сотрудничества по …") on several short lines."""
    return "\n".join(textwrap.wrap(label, LABEL_WIDTH)) or label
