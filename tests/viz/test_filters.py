"""Filters on the demo graph: which entities each combination keeps."""
import networkx as nx
import pytest

import kg.viz
from kg.viz import VizError
from kg.viz.filters import Filters, apply, find_nodes
from kg.viz.source import to_view


@pytest.fixture(scope="module")
def demo_view(demo_knowledge):
    return to_view(demo_knowledge.graph)


def labels(graph):
    return {label for _, label in graph.nodes(data="label")}


SCO, STRATEGY = "Шанхайская организация сотрудничества", "Антинаркотическая стратегия ШОС на 2024-2029 годы"
PROGRAMME = "Программа сотрудничества по противодействию терроризму, сепаратизму и экстремизму на 2025-2027 годы"
ID = "https://w3id.org/kg/id/"


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(relations=("chairs",)), {"Казахстан", SCO}),
    (Filters(relations=("kg:partOf", "locatedIn")), {"пресс-служба Акорды", "Акорда", "Подмосковье", "Россия"}),
    (Filters(types=("Person", "Post")), {"Касым-Жомарт Токаев", "президент"}),
    # Organization includes its subclasses (intergovernmental), not groups or documents
    (Filters(types=("Organization",)), {SCO, "Акорда", "пресс-служба Акорды"}),
    (Filters(focus="Подмосковье", hops=1), {"Подмосковье", "Россия"}),
    (Filters(focus=f"{ID}place/podmoskove", hops=2), {"Подмосковье", "Россия", "Казахстан"}),
    (Filters(relations=("adopts",), focus="стратегия"), {STRATEGY, SCO}),
    (Filters(top=2), {"Казахстан", "Касым-Жомарт Токаев"}),
    # degrees count the facts left after the earlier filters: the programme keeps its three topics,
    # the topics have one fact each once Токаев's callsFor is gone with his type
    (Filters(types=("Document", "Topic"), min_degree=2), {PROGRAMME}),
])
def test_filters_keep_expected_entities(demo_view, filters, expected):
    assert labels(apply(demo_view, filters)) == expected


def test_top_by_pagerank_prefers_what_is_pointed_at(demo_view):
    top = apply(demo_view, Filters(top=2, rank="pagerank"))
    scores = nx.pagerank(nx.DiGraph(demo_view))
    assert set(top) == set(sorted(scores, key=scores.get)[-2:])
    # the strategy has one fact but ends the chain Казахстан chairs ШОС adopts it; Токаев has four
    # facts, all pointing away from him
    assert labels(top) == {"Казахстан", STRATEGY}
    assert labels(apply(demo_view, Filters(top=2, rank="degree"))) == {"Казахстан", "Касым-Жомарт Токаев"}


@pytest.mark.parametrize(("entity", "expected"), [
    ("Токаев", [f"{ID}person/kasym-zhomart-tokaev"]),
    ("казахстан", [f"{ID}Q232"]),
    ("терроризм", [f"{ID}topic/terrorizm"]),            # exact label wins over the programme's «терроризму»
    ("террор", [f"{ID}topic/terrorizm",
                f"{ID}document/programma-sotrudnichestvo-po-protivodeystvie-terrorizm-separatizm-i-ekstremizm-na-2025-2027-god"]),
    ("Женева", []),
])
def test_find_nodes_by_label(demo_view, entity, expected):
    assert sorted(find_nodes(demo_view, entity)) == sorted(expected)


@pytest.mark.parametrize(("options", "message"), [
    ({"focus": "Женева"}, "no entity matches 'Женева'"),
    ({"relations": "chairs", "types": "Person"}, "no nodes left"),
    ({"rank": "betweenness"}, "unknown ranking"),
    ({"top": 0}, "--top"),
])
def test_impossible_filters_say_why(demo_knowledge, options, message):
    with pytest.raises(VizError, match=message):
        kg.viz.view(demo_knowledge, **options)
