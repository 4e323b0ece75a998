"""A named query's argument given as a label: one thing with it is that thing; two are refused with
both IRIs listed, so the user can pick one."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query.named import resolve
from kg.query.runner import QueryError

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")


def store_with(*labelled: tuple[str, ox.NamedNode, str]) -> ox.Store:
    store = ox.Store()
    for thing, predicate, text in labelled:
        store.add(ox.Quad(ox.NamedNode(thing), predicate, ox.Literal(text, language="ru")))
    return store


@pytest.mark.parametrize("labelled, value, found", [
    ([("http://ex/sco", LABEL, "ШОС")], "ШОС", "http://ex/sco"),
    ([("http://ex/sco", LABEL, "Шанхайская организация сотрудничества"), ("http://ex/sco", ALT, "ШОС")],
     "шос", "http://ex/sco"),
])
def test_a_label_one_thing_has_names_it(labelled, value, found):
    assert resolve(store_with(*labelled), value) == ox.NamedNode(found)


@pytest.mark.parametrize("labelled, value, message", [
    ([("http://ex/sco", LABEL, "ШОС"), ("http://ex/sco-summit", ALT, "ШОС")], "ШОС",
     "label 'ШОС' is ambiguous: http://ex/sco, http://ex/sco-summit; give an IRI"),
    ([("http://ex/a", LABEL, "Совет"), ("http://ex/b", LABEL, "совет"), ("http://ex/c", ALT, "СОВЕТ")], "Совет",
     "label 'Совет' is ambiguous: http://ex/a, http://ex/b, http://ex/c; give an IRI"),
])
def test_a_label_two_things_have_is_refused_naming_both(labelled, value, message):
    with pytest.raises(QueryError) as refused:
        resolve(store_with(*labelled), value)
    assert str(refused.value) == message
