"""The interactive page: self-contained file, data as expected, and behaviour in a real browser."""
import json
import re

import pytest

import kg.viz
from kg.viz.html import page_data
from kg.viz.source import to_view

from .browser import visit


@pytest.fixture(scope="module")
def demo_html(demo_knowledge, tmp_path_factory):
    return kg.viz.to_html(demo_knowledge, tmp_path_factory.mktemp("html") / "graph.html")


@pytest.fixture(scope="module")
def demo_data(demo_knowledge):
    return page_data(to_view(demo_knowledge.graph))


def test_page_references_nothing_outside_itself(demo_html):
    page = demo_html.read_text(encoding="utf-8")
    assert re.findall(r"""(?:src|href)\s*=\s*["'](?!data:)[^"']*""", page) == []
    assert "sourceMappingURL" not in page
    assert '<link rel="icon" href="data:,">' in page


def test_embedded_json_cannot_close_its_script(demo_knowledge, tmp_path):
    view = to_view(demo_knowledge.graph)
    node = next(iter(view))
    view.nodes[node]["label"] = "</script><script>alert(1)</script>"
    from kg.viz import html
    page = html.render(view, tmp_path / "evil.html", "t").read_text(encoding="utf-8")
    embedded = page.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(embedded)["nodes"][0]["full_label"] == "</script><script>alert(1)</script>"


def test_every_edge_carries_its_sentence_and_source(demo_data):
    chairs = [e for e in demo_data["edges"] if e["predicate"] == "kg:chairs"]
    assert len(chairs) == 1
    assert "председательства Казахстана в ШОС" in chairs[0]["sentence"]
    assert chairs[0]["source"] == "Политпросвет.kz, 2024-04-03"
    assert all(e["sentence"] and e["source"] for e in demo_data["edges"])


def test_page_loads_offline_with_every_node(chromium, demo_html, demo_data):
    with visit(chromium, demo_html) as browser:
        shown = browser.page.evaluate("() => kgNetwork.body.data.nodes.getIds()")
        drawn = browser.page.evaluate("() => Object.keys(kgNetwork.getPositions()).length")
    assert browser.blocked == [] and browser.console_errors == []
    assert sorted(shown) == sorted(n["id"] for n in demo_data["nodes"])
    assert drawn == len(demo_data["nodes"])


@pytest.mark.parametrize(("query", "expected"), [
    ("Токаев", ["Касым-Жомарт Токаев"]),
    ("ШОС", ["Антинаркотическая стратегия ШОС на 2024-2029 годы",
             "Инициатива ШОС «О мировом единстве за справедливый мир и согласие»",
             "усилить сотрудничество для обеспечения безопасности в рамках ШОС"]),
    ("женева", []),
])
def test_search_selects_matching_nodes(chromium, demo_html, query, expected):
    with visit(chromium, demo_html) as browser:
        browser.page.fill("#search", query)
        selected = browser.page.evaluate(
            "() => kgNetwork.getSelectedNodes().map(id => kgNetwork.body.data.nodes.get(id).label.replace(/\\n/g, ' '))")
        count = browser.page.text_content("#search-count")
    assert sorted(selected) == sorted(expected)
    assert count == f"{len(expected)} found"


def test_relation_checkbox_hides_its_edges(chromium, demo_html, demo_data):
    about = sum(e["predicate"] == "kg:about" for e in demo_data["edges"])
    with visit(chromium, demo_html) as browser:
        browser.page.uncheck("#relations input[value='посвящено теме']")
        hidden = browser.page.evaluate("() => kgNetwork.body.data.edges.get({filter: e => e.hidden}).length")
    assert hidden == about == 3             # the programme's three topics


def test_hovering_an_edge_shows_sentence_and_source(chromium, demo_html):
    with visit(chromium, demo_html) as browser:
        page = browser.page
        edge = page.evaluate("() => kgNetwork.body.data.edges.get({filter: e => e.label === 'председательствует'})[0].id")
        page.evaluate("id => kgNetwork.body.emitter.emit('hoverEdge', {edge: id})", edge)
        details = page.text_content("#details")
    assert "Казахстан — председательствует → Шанхайская организация сотрудничества" in details
    assert "председательства Казахстана в ШОС" in details and "Политпросвет.kz, 2024-04-03" in details
