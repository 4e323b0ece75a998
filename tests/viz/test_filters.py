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


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(relations=("chairs",)), {"Казахстан", "Шанхайская организация сотрудничества"}),
    (Filters(relations=("kg:partOf", "locatedIn")),
     {"пресс-служба Акорды", "Акорда", "теракт в Подмосковье", "Подмосковье", "Россия",
      "конфликт на Ближнем Востоке", "Ближний Восток"}),
    (Filters(types=("Person", "Post")), {"Касым-Жомарт Токаев", "президент Казахстана"}),
    # Organization includes its subclasses: intergovernmental, government body, agency
    (Filters(types=("Organization",)),
     {"Шанхайская организация сотрудничества", "Акорда", "пресс-служба Акорды"}),
    (Filters(focus="Подмосковье", hops=1), {"Подмосковье", "теракт в Подмосковье", "Россия"}),
    (Filters(focus="https://w3id.org/kg/id/Q1697", hops=2),
     {"Подмосковье", "теракт в Подмосковье", "Россия", "Казахстан", "Касым-Жомарт Токаев"}),
    (Filters(relations=("adopts",), focus="стратегия"),
     {"Антинаркотическая стратегия ШОС на 2024-2029 годы", "Шанхайская организация сотрудничества"}),
    (Filters(top=2), {"Казахстан", "Касым-Жомарт Токаев"}),
    # degrees count the facts left after the earlier filters
    (Filters(types=("Document", "IntergovernmentalOrganization"), min_degree=2),
     {"Шанхайская организация сотрудничества", "Антинаркотическая стратегия ШОС на 2024-2029 годы",
      "Программа действий по реализации Антинаркотической стратегии ШОС"}),
])
def test_filters_keep_expected_entities(demo_view, filters, expected):
    assert labels(apply(demo_view, filters)) == expected


def test_top_by_pagerank_prefers_what_is_pointed_at(demo_view):
    top = apply(demo_view, Filters(top=2, rank="pagerank"))
    scores = nx.pagerank(nx.DiGraph(demo_view))
    assert set(top) == set(sorted(scores, key=scores.get)[-2:])
    # Россия has few facts but is where others point (locatedIn, cooperatesWith)
    assert labels(top) == {"Казахстан", "Россия"}
    assert labels(apply(demo_view, Filters(top=2, rank="degree"))) == {"Казахстан", "Касым-Жомарт Токаев"}


@pytest.mark.parametrize(("entity", "expected"), [
    ("Токаев", ["https://w3id.org/kg/id/Q27827"]),
    ("казахстан", ["https://w3id.org/kg/id/Q232"]),              # exact label wins over substrings
    ("Ближн", ["https://w3id.org/kg/id/Q48214", "https://w3id.org/kg/id/event/konflikt-na-blizhnem-vostoke"]),
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
