"""One identity: one fact key and dedupe (resolution and the graph builder alike), one mention merge."""
from __future__ import annotations

import pytest

from kg.graph import build_dataset
from kg.graph.build import article_node, fact_node
from kg.identity import all_mentions, unique_facts
from kg.types import Article, ArticleFacts, Candidate, Entity, Fact, Mention, Provenance, Value

TEXT = "Казахстан председательствует в ШОС. В 2024 году Казахстан председательствует в ШОС."
ARTICLE = Article(id="a1", text=TEXT, original=TEXT, offsets=tuple(range(len(TEXT) + 1)))
KAZAKHSTAN = Entity("Q232", "Country", "Казахстан")
SCO = Entity("Q485", "IntergovernmentalOrganization", "ШОС")
YEAR = (("pointInTime", Value("2024", "gYear")),)


def fact(start: int, confidence: float = 0.9, qualifiers=(), rule: str = "chairs/verb") -> Fact:
    evidence = Provenance("a1", TEXT, start, start + 30, "predicates", rule, confidence)
    return Fact(KAZAKHSTAN, "chairs", SCO, evidence, qualifiers)


@pytest.mark.parametrize("facts, kept", [
    ([fact(0), fact(36)], [0]),                               # one statement read twice: the earlier reading
    ([fact(0, 0.8), fact(36, 0.9)], [1]),                      # … unless a later one is more confident
    ([fact(0), fact(36, qualifiers=YEAR)], [0, 1]),            # a dated statement is another statement
    ([fact(0, rule="a"), fact(0, rule="b", qualifiers=YEAR)], [0]),   # same span, so same IRI: the better one
    ([fact(36, qualifiers=YEAR), fact(0)], [0, 1]),            # order of first appearance, not of rank
])
def test_one_fact_per_statement(facts, kept):
    assert unique_facts(facts) == tuple(facts[i] for i in kept)


def test_the_graph_builder_applies_the_same_dedupe():
    facts = (fact(0), fact(36), fact(36, 0.8, qualifiers=YEAR))
    graph = build_dataset([ArticleFacts(ARTICLE, (KAZAKHSTAN, SCO), facts)]).graph(article_node("a1"))
    written = {s for s in graph.subjects() if str(s).startswith("https://w3id.org/kg/fact/")}
    assert written == {fact_node(ARTICLE, f) for f in unique_facts(facts)} and len(written) == 2


def test_mentions_merge_found_and_proposed_ones_in_text_order():
    found = Mention("a1", 36, 45, "Казахстан", "Country", "Казахстан")
    post = Mention("a1", 0, 9, "Казахстан", "Country", "Казахстан")
    sco = Mention("a1", 31, 34, "ШОС", "Organization", "ШОС")
    candidate = Candidate(post, "chairs", sco, Provenance("a1", TEXT, 0, 34, "predicates", "r"))
    assert all_mentions([found, sco], [candidate]) == (post, sco, found)
