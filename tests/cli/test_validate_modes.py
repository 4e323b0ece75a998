"""`kg build --validate`: the default (fast) engine refuses a planted bad fact exactly when `full` does.

A fault is planted in kg's own RDF builder (kg.graph.build.add_fact), so a real build goes through
NLP, extraction and resolution as usual and only the written graph breaks a shape. The article is one
sentence with one `chairs` fact: the demo article (40 sentences) made each of the ten builds cost a
second of NLP and validation more, and the engines check the same shapes on one planted fact either way.
"""
from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph import build as rdf_build
from kg.vocab.rdf import KG


def _unbacked_triple(graph, fact):
    """A kg triple about an entity with no statement node (kgsh:EntityTriplesShape's SPARQL)."""
    graph.add((rdf_build.entity_node(fact.subject.key), KG.worksFor, rdf_build.object_term(fact.object)))
    return fact


def _confidence_above_one(graph, fact):
    return replace(fact, provenance=replace(fact.provenance, confidence=2.5))


def _headless_sentence(graph, fact):
    return replace(fact, provenance=replace(fact.provenance, sentence=""))


PLANTS = [(_unbacked_triple, "has no statement node"), (_confidence_above_one, "confidence"),
          (_headless_sentence, "sentence")]


def _plant(monkeypatch, fault):
    """`fault(graph, fact)` adds a bad triple or returns the fact made bad, for the `chairs` fact."""
    original = rdf_build.add_fact

    def add_fact_with_fault(graph, article, fact):
        return original(graph, article, fault(graph, fact) if fact.predicate == "chairs" else fact)

    monkeypatch.setattr(rdf_build, "add_fact", add_fact_with_fault)


ARTICLE = "Казахстан председательствует в Шанхайской организации сотрудничества в 2024 году."


def _build(outdir, *flags):
    article = outdir / "in" / "chairs.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    return CliRunner().invoke(main, ["build", str(article), "-o", str(outdir), "-w", "1", "--no-learned",
                                     "--no-picture", *flags])


@pytest.mark.parametrize("flags", [(), ("--validate", "fast"), ("--validate", "full")], ids=["default", "fast", "full"])
@pytest.mark.parametrize("fault, message", PLANTS, ids=[fault.__name__.strip("_") for fault, _ in PLANTS])
def test_every_engine_refuses_a_planted_fault(tmp_path, monkeypatch, fault, message, flags):
    _plant(monkeypatch, fault)
    result = _build(tmp_path, *flags)
    assert result.exit_code == 1
    assert "does not conform to shapes.ttl" in result.output and message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "graph.ttl").exists()   # nothing written that breaks a shape


def test_validate_none_writes_what_it_is_given(tmp_path, monkeypatch):
    """The twin: with no check the planted triple reaches graph.ttl, so the refusals above are the check's."""
    _plant(monkeypatch, _confidence_above_one)
    result = _build(tmp_path, "--validate", "none")
    assert result.exit_code == 0, result.output
    assert 'kg:confidence 2.500' in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


def test_unknown_validation_mode_is_a_usage_error(tmp_path):
    result = _build(tmp_path, "--validate", "quick")
    assert result.exit_code == 2 and "quick" in result.output and "Traceback" not in result.output
