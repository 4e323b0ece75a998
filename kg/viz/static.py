"""Static pictures (PNG, SVG, PDF) with matplotlib: typed nodes, labelled edges, no label overlaps."""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from kg.viz.labels import PADDING_X, PADDING_Y, Box, best_spot, repel
from kg.viz.layout import bent_edges, node_label, node_positions, relation_name, wrap_label
from kg.viz.style import style_for

NODE_SIZE = 260          # marker area, points²
INCH_PER_UNIT = 1.9      # figure inches per layout unit (about one edge length)
MARGIN = 0.8             # layout units around the outermost nodes: room for their labels
MAX_INCHES = 40
DPI = 150
RC = {"svg.fonttype": "none", "pdf.fonttype": 42}   # real, searchable text in SVG and PDF, not glyph outlines
EDGE_LABEL_BOX = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}
LABEL_BOX = {"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75}   # edges stay visible


def render(graph: nx.MultiDiGraph, path: Path, title: str) -> Path:
    """Draw `graph` into `path` (format from its suffix) and return the path."""
    # zlib level 1: a PNG a tenth larger, written in two thirds of the time
    extra = {"pil_kwargs": {"compress_level": 1}} if path.suffix.lower() == ".png" else {}
    with matplotlib.rc_context(RC):
        figure(graph, title).savefig(path, dpi=DPI, bbox_inches="tight", **extra)
    return path


def figure(graph: nx.MultiDiGraph, title: str):
    """The matplotlib figure of `graph`, labels placed. No pyplot: nothing global changes (a
    notebook's backend stays as it is) and nothing needs closing."""
    positions = node_positions(graph)
    fig, ax = _figure(positions)
    _draw_nodes(ax, graph, positions)
    edge_texts = _draw_edges(ax, graph, positions)
    node_texts = {node: ax.text(*positions[node], wrap_label(label), ha="center", va="center", fontsize=8.5,
                                zorder=5, bbox=LABEL_BOX) for node, label in _labels(graph)}
    _place_labels(fig, ax, graph, positions, node_texts, edge_texts)
    _legend(ax, graph)
    ax.set_title(title, fontsize=11, loc="left")
    return fig


def _figure(positions):
    """A figure whose axes fill it, scaled so one layout unit is INCH_PER_UNIT inches."""
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    x_range = (min(xs) - MARGIN, max(xs) + MARGIN)
    y_range = (min(ys) - MARGIN, max(ys) + MARGIN)
    width = min(max((x_range[1] - x_range[0]) * INCH_PER_UNIT, 4), MAX_INCHES)
    height = min(max((y_range[1] - y_range[0]) * INCH_PER_UNIT, 3), MAX_INCHES)
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)   # measures text extents, which placing the labels needs
    ax = fig.add_axes((0, 0, 1, 1))   # title and legend sit outside; bbox_inches="tight" keeps them
    ax.set_xlim(*x_range)
    ax.set_ylim(*y_range)
    ax.set_axis_off()
    return fig, ax


def _labels(graph):
    return [(node, node_label(graph, node)) for node in sorted(graph)]


def _draw_nodes(ax, graph, positions) -> None:
    by_type = defaultdict(list)
    for node, node_type in graph.nodes(data="type"):
        by_type[node_type].append(node)
    for node_type, nodes in sorted(by_type.items(), key=lambda item: str(item[0])):
        style = style_for(node_type)
        ax.scatter([positions[n][0] for n in nodes], [positions[n][1] for n in nodes], s=NODE_SIZE,
                   c=style.color, marker=style.marker, edgecolors="white", linewidths=1.2, zorder=3)


def _draw_edges(ax, graph, positions) -> list[tuple[object, tuple[float, float]]]:
    """Arrows (parallel edges bent apart) and their labels; returns (text, data anchor) pairs."""
    texts = []
    for u, v, data, bend in bent_edges(graph):
        ax.add_patch(FancyArrowPatch(positions[u], positions[v], arrowstyle="-|>", mutation_scale=11,
                                     connectionstyle=f"arc3,rad={bend}", color="#777777", linewidth=0.9,
                                     shrinkA=9, shrinkB=9, zorder=1))
        anchor = _arc_middle(ax, positions[u], positions[v], bend)
        text = ax.text(*anchor, relation_name(data), ha="center", va="center", fontsize=7, color="#444444",
                       style="italic", zorder=4, bbox=EDGE_LABEL_BOX)
        texts.append((text, anchor))
    return texts


def _arc_middle(ax, start, end, rad):
    """The middle of matplotlib's arc3 curve, which bends in pixel space: half-way to its control point."""
    (x1, y1), (x2, y2) = ax.transData.transform([start, end])
    middle = ((x1 + x2) / 2 + rad * (y2 - y1) / 2, (y1 + y2) / 2 - rad * (x2 - x1) / 2)
    return tuple(ax.transData.inverted().transform(middle))


def _place_labels(fig, ax, graph, positions, node_texts, edge_texts) -> None:
    """Put each node label on the side of its node that edges cross least, then repel all labels
    from each other and from the node markers, in pixels; add leader lines to labels pushed away."""
    renderer = fig.canvas.get_renderer()
    to_pixels = ax.transData.transform
    marker = math.sqrt(NODE_SIZE) * fig.dpi / 72
    markers = [Box(*to_pixels(p), marker, marker, movable=False) for p in positions.values()]
    spots = _node_label_spots(graph, positions, node_texts, to_pixels, renderer, markers, marker,
                              ax.bbox.extents)
    labels = [(text, positions[node], spots[node]) for node, text in node_texts.items()]
    for text, anchor in edge_texts:
        extent = text.get_window_extent(renderer)
        labels.append((text, anchor, Box(*to_pixels(anchor), extent.width + 4, extent.height + 3)))
    chosen = [(box.x, box.y) for _, _, box in labels]
    repel(markers + [box for _, _, box in labels], ax.bbox.extents)
    to_data = ax.transData.inverted().transform
    for (text, anchor, box), spot in zip(labels, chosen):
        text.set_position(to_data((box.x, box.y)))
        if math.dist(spot, (box.x, box.y)) > marker / 2:   # pushed away: show whose label it is
            nearest = _nearest_point(box, to_pixels(anchor))
            ax.plot(*zip(anchor, to_data(nearest)), color="#999999", linewidth=0.7, linestyle=":", zorder=2)


def _node_label_spots(graph, positions, node_texts, to_pixels, renderer, markers, marker,
                      bounds) -> dict[str, Box]:
    """Each node label's box on the free-est side of its node; hubs, the most crowded, choose first."""
    segments = [(to_pixels(positions[u]), to_pixels(positions[v])) for u, v in graph.edges() if u != v]
    spots = {}
    for node in sorted(node_texts, key=lambda n: (-graph.degree(n), n)):
        extent = node_texts[node].get_window_extent(renderer)
        candidates = _label_spots(to_pixels(positions[node]), extent, marker)
        spots[node] = best_spot(candidates, segments, markers + list(spots.values()), bounds)
    return spots


def _label_spots(centre, extent, marker) -> list[Box]:
    """Where a node's label may go: below (preferred), above, right, left of the marker."""
    x, y = centre
    down = marker / 2 + extent.height / 2 + PADDING_Y + 1
    side = marker / 2 + extent.width / 2 + PADDING_X + 1
    return [Box(x + dx, y + dy, extent.width, extent.height)
            for dx, dy in ((0, -down), (0, down), (side, 0), (-side, 0))]


def _nearest_point(box: Box, point) -> tuple[float, float]:
    """The point of `box` closest to `point` (pixels): where a leader line should end."""
    x = min(max(point[0], box.x - box.width / 2), box.x + box.width / 2)
    y = min(max(point[1], box.y - box.height / 2), box.y + box.height / 2)
    return x, y


def _legend(ax, graph) -> None:
    present = sorted({style_for(t).legend: style_for(t) for _, t in graph.nodes(data="type")}.items())
    handles = [Line2D([], [], linestyle="", marker=s.marker, markersize=9, markerfacecolor=s.color,
                      markeredgecolor="white", label=name) for name, s in present]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
