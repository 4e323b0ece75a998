"""Entity views merge by key to the same description whatever order (or pieces) they arrive in."""
from __future__ import annotations

import itertools

import pytest

from kg.graph.entities import EntityMerge
from kg.types import Entity

KEY = "person/kasym-zhomart-tokaev"


def view(label, aliases=(), labels=(), wikidata=None, type_="Person", lang="ru", key=KEY) -> Entity:
    return Entity(key, type_, label, frozenset(aliases), wikidata, lang, tuple(labels))


# (views in corpus order, the merged entity folding them in that order gives)
CASES = [
    pytest.param([view("Токаев", {"Токаева"}), view("Касым-Жомарт Токаев", {"Токаевым"})],
                 view("Токаев", {"Токаева", "Токаевым"}), id="the first view sets the label, aliases unite"),
    pytest.param([view("ШОС", type_="Organization"), view("ШОС", type_="Group")],
                 view("ШОС", type_="Organization"), id="the first view sets the type"),
    pytest.param([view("Токаев", labels=[("en", "Tokayev")]),
                  view("Токаев", labels=[("kk", "Тоқаев"), ("en", "Tokayev"), ("en", "K. Tokayev")])],
                 view("Токаев", labels=[("en", "Tokayev"), ("kk", "Тоқаев"), ("en", "K. Tokayev")]),
                 id="labels keep the order they were first seen in"),
    pytest.param([view("Токаев"), view("Токаев", wikidata="Q1"), view("Токаев", wikidata="Q2")],
                 view("Токаев", wikidata="Q1"), id="the earliest QID wins even after an unlinked view"),
]


@pytest.mark.parametrize("views, expected", CASES)
def test_any_arrival_order_gives_the_fold_in_corpus_order(views, expected):
    for order in itertools.permutations(range(len(views))):
        merge = EntityMerge()
        for index in order:
            merge.add((f"article-{index}",), views[index])
        assert merge.entities() == [expected]


def test_keys_merge_apart_and_come_out_sorted():
    merge = EntityMerge()
    merge.add(("b",), view("Астана", key="place/astana", type_="Place"))
    merge.add(("a",), view("Токаев"))
    merge.add(("a",), view("Нур-Султан", key="place/astana", type_="Place"))
    assert [(e.key, e.label) for e in merge.entities()] == [("person/kasym-zhomart-tokaev", "Токаев"),
                                                             ("place/astana", "Нур-Султан")]
