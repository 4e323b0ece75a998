"""The extractor registry behind `kg extractors` and `kg build --extractors`."""
from __future__ import annotations

import pytest

from kg import extract
from kg.errors import KgError


def test_every_registered_extractor_is_described():
    assert set(extract.names()) == {"predicates", "titles", "documents"}
    assert all(description for _, description in extract.describe())


def test_unknown_extractor_names_the_valid_ones():
    with pytest.raises(KgError, match="valid: predicates, titles, documents"):
        extract.check_names(["verbs"])


def test_selection_limits_candidates_to_chosen_extractors(read):
    text = "Президент Казахстана Касым-Жомарт Токаев подписал соглашение о сотрудничестве с ОДКБ."
    article_facts = read(text)
    assert {c.provenance.extractor for c in article_facts.candidates} >= {"titles"}


def test_ner_entities_become_mentions_with_ontology_labels(read):
    mentions = {(m.normal, m.label) for m in read("Сергей Лавров прибыл в Минск на заседание СНГ.").mentions}
    assert {("Сергей Лавров", "Person"), ("Минск", "Place")} <= mentions
