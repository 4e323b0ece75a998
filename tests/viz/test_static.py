"""Static pictures of the demo graph: formats, legible Cyrillic, no overlapping labels."""
import warnings

import pytest

import kg.viz
from kg.viz import VizError, static
from kg.viz.source import to_view

HEADERS = {".png": b"\x89PNG", ".pdf": b"%PDF", ".svg": b"<?xml"}


@pytest.fixture(scope="module")
def demo_figure(demo_knowledge):
    view = to_view(demo_knowledge.graph)
    return static.figure(view, view.graph["title"])


def text_boxes(fig):
    """Window extents of every node and edge label (the title and legend sit outside the axes)."""
    renderer = fig.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in fig.axes[0].texts if t.get_text()]


def test_no_two_labels_overlap(demo_figure):
    boxes = text_boxes(demo_figure)
    clashes = [(a, b) for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:]
               if box_a.overlaps(box_b)]
    assert clashes == []


def test_every_entity_and_fact_is_labelled(demo_figure, demo_knowledge):
    view = to_view(demo_knowledge.graph)
    texts = [text.replace("\n", " ") for text, _ in text_boxes(demo_figure)]
    assert len(texts) == view.number_of_nodes() + view.number_of_edges()
    assert "Касым-Жомарт Токаев" in texts and "председательствует" in texts


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_draw_writes_each_format_without_font_warnings(demo_knowledge, tmp_path, suffix):
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)   # a missing glyph would warn
        path = kg.viz.draw(demo_knowledge, tmp_path / f"graph{suffix}")
    assert path.read_bytes().startswith(HEADERS[suffix])


def test_svg_keeps_text_title_legend_and_labels(demo_knowledge, tmp_path):
    svg = kg.viz.draw(demo_knowledge, tmp_path / "graph.svg").read_text(encoding="utf-8")
    for text in ("Политпросвет.kz, 2024-04-03", "Касым-Жомарт Токаев", "IntergovernmentalOrganization",
                 "принимает"):
        assert text in svg


def test_draw_refuses_other_formats(demo_knowledge, tmp_path):
    with pytest.raises(VizError, match="pictures are .png, .svg, .pdf"):
        kg.viz.draw(demo_knowledge, tmp_path / "graph.gif")
