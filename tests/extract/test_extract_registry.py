"""The extractor registry behind `kg extractors` and `kg build --extractors`."""
from __future__ import annotations

import pytest

from kg import extract, gazetteer, ingest
from kg.errors import KgError


def test_every_registered_extractor_is_described():
    assert set(extract.names()) == {"predicates", "titles", "documents", "adjacent", "learned"}
    assert all(description for _, description in extract.describe())
    assert all(extract.get(name).name == name for name in extract.names())


def test_unknown_extractor_names_the_valid_ones():
    with pytest.raises(KgError, match="valid: predicates, titles, documents"):
        extract.check_names(["verbs"])


def test_selection_limits_candidates_to_chosen_extractors(language):
    article = ingest.from_text("Президент Казахстана Касым-Жомарт Токаев подписал Декларацию ШОС.")
    doc = language.parse(article)
    context = extract.ExtractContext(article, language, gazetteer.load_gazetteer())
    chosen = extract.extract(doc, context, ["titles"])
    assert {c.provenance.extractor for c in chosen.candidates} == {"titles"}
    everything = extract.extract(doc, context)
    assert {"titles", "predicates"} <= {c.provenance.extractor for c in everything.candidates}


def test_ner_entities_become_mentions_with_ontology_labels(read):
    mentions = {(m.normal, m.label) for m in read("Сергей Лавров прибыл в Минск на заседание СНГ.").mentions}
    assert {("Сергей Лавров", "Person"), ("Минск", "Place")} <= mentions
