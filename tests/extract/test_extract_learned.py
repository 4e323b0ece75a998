"""The learned models inside the pipeline: they add to the rules and never overrule them."""
from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner

from kg import ingest, learn
from kg.extract import ExtractContext, extract
from kg.extract import learned as learned_module
from kg.learn import labels
from kg.pipeline import Pipeline

LEARNED = "learned"


@pytest.fixture(scope="module")
def demo(demo_article_path):
    return ingest.from_text(demo_article_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def runs(demo):
    return {"rules": Pipeline(learned=False).process(demo), "learned": Pipeline().process(demo)}


def learned_facts(result):
    return [f for f in result.facts if f.provenance.extractor == LEARNED]


def test_rules_only_run_has_no_learned_facts_and_the_learned_run_has(runs):
    assert learned_facts(runs["rules"]) == []
    assert learned_facts(runs["learned"])


def test_every_rule_mention_and_fact_survives_beside_the_learned_ones(runs):
    rules, both = runs["rules"], runs["learned"]
    assert {m for m, _ in rules.mentions} <= {m for m, _ in both.mentions}
    statements = {(f.subject_mention, f.predicate, f.object_mention) for f in both.facts}
    assert {(f.subject_mention, f.predicate, f.object_mention) for f in rules.facts} <= statements


@pytest.mark.parametrize("label", ["Event", "Post"])
def test_learned_mentions_add_what_the_rules_miss(runs, label):
    def count(result):
        return sum(1 for m, _ in result.mentions if m.label == label)
    assert count(runs["learned"]) > count(runs["rules"])


def test_learned_facts_carry_a_probability_and_their_rule(runs):
    facts = learned_facts(runs["learned"])
    assert all(0 < f.provenance.confidence <= 1 for f in facts)
    relations = set(learn.load().relations.classes)
    assert {f.provenance.rule for f in facts} <= relations


@pytest.mark.parametrize("threshold", [0.5, 0.9])
def test_min_confidence_drops_less_sure_facts(demo, runs, threshold):
    kept = Pipeline(min_confidence=threshold).process(demo)
    assert all(f.provenance.confidence >= threshold for f in kept.facts)
    expected = [f for f in runs["learned"].facts if f.provenance.confidence >= threshold]
    assert len(kept.facts) == len(expected)


def test_learned_spans_never_cross_or_duplicate_a_rule_span(language, gazetteer, demo):
    doc = language.parse(demo)
    rules = extract(doc, ExtractContext(demo, language, gazetteer))
    both = extract(doc, ExtractContext(demo, language, gazetteer, learned=learn.load()))
    rule_spans = {(m.start, m.end) for m in rules.mentions}
    added = [m for m in both.mentions if m not in set(rules.mentions)]
    assert added
    for m in added:
        assert (m.start, m.end) not in rule_spans
        assert not any(s < m.start < e < m.end or m.start < s < m.end < e for s, e in rule_spans)


def test_build_without_learned_models(cli, demo_article_path, tmp_path):
    outputs = {}
    for name, flags in (("rules", ["--no-learned"]), ("learned", [])):
        result = CliRunner().invoke(cli, ["build", str(demo_article_path), "-o", str(tmp_path / name),
                                          "--no-picture", "-w", "1", *flags])
        assert result.exit_code == 0, result.output
        outputs[name] = (tmp_path / name / "graph.trig").read_text(encoding="utf-8")
    assert '"learned"' not in outputs["rules"] and '"learned"' in outputs["learned"]


@pytest.mark.parametrize("value", ["-0.1", "1.5", "high"])
def test_bad_min_confidence_is_one_line_error(cli, demo_article_path, tmp_path, value):
    result = CliRunner().invoke(cli, ["build", str(demo_article_path), "-o", str(tmp_path), "--min-confidence", value])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize(("confidence", "subject", "admitted"), [
    (0.7, "PERSON", True),
    (0.69, "PERSON", False),          # below the property's floor
    (0.95, "PROFESSION", False),      # «президент Казахстана» works for nobody: only people do
])
def test_keep_rule_admits_confident_facts_of_listed_subjects(confidence, subject, admitted):
    keep = labels.Keep(0.7, frozenset({"PERSON"}))
    assert keep.admits(confidence, subject) is admitted


@pytest.mark.parametrize(("confidence", "subject", "admitted"), [
    (0.42, "PERSON", True),           # people, organizations and states from 0.4 (NEREL train folds)
    (0.39, "PERSON", False),
    (0.6, "PROFESSION", False),       # a post («король Тонга») is a position, not who took part
    (0.45, "FACILITY", False),        # a venue takes part in nothing
])
def test_involvement_floor(confidence, subject, admitted):
    assert labels.labels().keep["involvedIn"].admits(confidence, subject) is admitted


def test_learned_facts_are_only_those_the_keep_table_admits(runs):
    keep = labels.labels().keep
    facts = learned_facts(runs["learned"])
    assert facts and all(f.predicate in keep for f in facts)
    assert all(f.provenance.confidence >= keep[f.predicate].min_confidence for f in facts)
    people_only = {p for p, rule in keep.items() if rule.subjects == {"PERSON"}}
    assert all(f.subject_mention.label == "Person" for f in facts if f.predicate in people_only)


SUMMIT = ("Президент Казахстана Касым-Жомарт Токаев принял участие в саммите ШОС в Астане. Генеральный "
          "секретарь ОДКБ Имангали Тасмагамбетов выступил на заседании Совета коллективной безопасности в Москве.")


def test_without_the_keep_table_the_classifier_writes_more(monkeypatch):
    """The twin of the test above: the table, not the classifier, removes the noisy facts
    (participation in truncated events, seats, posts working for states)."""
    article = ingest.from_text(SUMMIT)
    kept = learned_facts(Pipeline().process(article))
    table = labels.labels()
    everything = {predicate: labels.Keep(0.0, frozenset(table.classes) | {"PROFESSION"})
                  for predicate in {*table.predicates.values(), *(rule.property for rule in table.refine)}}
    monkeypatch.setattr(learned_module, "labels", lambda: replace(table, keep=everything))
    unfiltered = learned_facts(Pipeline().process(article))
    assert len(unfiltered) > len(kept)
    assert {f.predicate for f in unfiltered} - set(table.keep)


@pytest.mark.parametrize(("types", "writable"), [
    ("PERSON>PROFESSION", True),        # WORKS_AS → holdsPosition, kept for people
    ("PROFESSION>ORGANIZATION", True),   # WORKPLACE of a post: postIn
    ("ORGANIZATION>ORGANIZATION", True),  # MEMBER_OF, PART_OF
    ("ORGANIZATION>EVENT", True),        # PARTICIPANT_IN: involvedIn (ORGANIZES is left to the rules)
    ("FACILITY>EVENT", False),           # a venue's PARTICIPANT_IN: only people, organizations and states take part
    ("PERSON>EVENT", True),              # PARTICIPANT_IN of a person, in an asserted event
    ("PERSON>PERSON", False),            # only ALTERNATIVE_NAME: stated by resolution, never as a fact
])
def test_only_pairs_the_keep_table_can_write_are_classified(types, writable):
    classifier = learn.load().relations
    assert (types in learned_module._writable_type_pairs(classifier.type_pairs, labels.labels())) is writable
