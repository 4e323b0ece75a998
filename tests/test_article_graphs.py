"""Article graphs built and checked one by one (kg.article_graphs, what `kg build`'s workers do)
assemble into the graph built from all results at once, and their checks refuse what the
whole-graph check refuses."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg import rdfio
from kg.article_graphs import article_graph, check_descriptions
from kg.errors import ValidationError
from kg.knowledge_graph import KnowledgeGraph
from kg.types import Entity, Skipped


def _parts(results, validation="fast"):
    return [article_graph(result, validation) for result in results]


ARRIVALS = {   # the order results (and their parts) arrive in, from the built corpus's
    "as-built": lambda results: results,
    "reversed": lambda results: results[::-1],
    "first-twice": lambda results: [results[0], *results[1:], results[0]],
}


@pytest.mark.parametrize("enrich", [False, True], ids=["plain", "enriched"])
@pytest.mark.parametrize("fmt", ["trig", "turtle"])
@pytest.mark.parametrize("arrival", ARRIVALS)
def test_assembled_graph_is_the_graph_built_at_once(built, enrich, fmt, arrival):
    whole = KnowledgeGraph(list(built.results), enrich=enrich)
    results = ARRIVALS[arrival](list(built.results))   # arrival order must not matter
    assembled = KnowledgeGraph(results, enrich=enrich, parts=_parts(results))
    assert rdfio.serialized(assembled.quads, fmt) == rdfio.serialized(whole.quads, fmt)


@pytest.mark.parametrize("enrich", [False, True], ids=["plain", "enriched"])
@pytest.mark.parametrize("arrival", ARRIVALS)
def test_files_written_from_parts_as_they_arrive_are_the_files_of_the_graph_built_at_once(built, tmp_path, enrich,
                                                                                          arrival):
    """What `kg build`'s parent writes from the parts it assembled as they arrived (each graph's
    TriG, the merged descriptions, facts.tsv's rows: kg.article_graphs.Assembly) is byte for byte
    what the graph built at once from all the results writes."""
    whole = KnowledgeGraph(list(built.results), enrich=enrich)
    results = ARRIVALS[arrival](list(built.results))
    assembled = KnowledgeGraph([], enrich=enrich)
    for result, part in zip(results, _parts(results)):   # as kg.build adds them
        assembled.results.append(result)
        assembled.parts.append(part)
        assembled.take_arrived()
    assembled.validate("fast")
    for expected, written in zip(whole.write(tmp_path / "whole"), assembled.write(tmp_path / "assembled")):
        assert written.read_bytes() == expected.read_bytes(), written.name


def test_an_article_read_twice_is_written_once(built):
    result = built.results[0]
    twice = KnowledgeGraph([result, result], parts=_parts([result, result]))
    assert rdfio.serialized(twice.quads, "trig") == rdfio.serialized(KnowledgeGraph([result]).quads, "trig")


def _with_fact_object_typed(result, predicate: str, type_: str):
    """The result with the object of its first `predicate` fact seen as a `type_` wherever it is named."""
    key = next(fact for fact in result.facts if fact.predicate == predicate).object.key

    def retyped(entity):
        return replace(entity, type=type_) if isinstance(entity, Entity) and entity.key == key else entity

    facts = tuple(replace(f, subject=retyped(f.subject), object=retyped(f.object)) for f in result.facts)
    return replace(result, entities=tuple(map(retyped, result.entities)), facts=facts)


def _result_with(built, predicate):
    return next(r for r in built.results if any(f.predicate == predicate for f in r.facts))


@pytest.mark.parametrize("type_, refused", [("Person", True), ("IntergovernmentalOrganization", False)])
def test_an_article_graph_breaking_a_shape_is_refused_where_it_is_built(built, type_, refused):
    """memberOf's object must be an Organization (kgsh:RangeShape): the part's own check sees it."""
    result = _with_fact_object_typed(_result_with(built, "memberOf"), "memberOf", type_)
    if refused:
        with pytest.raises(ValidationError, match="does not conform"):
            article_graph(result, "fast")
    else:
        assert article_graph(result, "fast").checked == "fast"


@pytest.mark.parametrize("validation, checked", [("fast", "fast"), ("full", "none"), ("none", "none")])
def test_only_the_fast_mode_is_checked_per_article(built, validation, checked):
    result = _with_fact_object_typed(_result_with(built, "memberOf"), "memberOf", "Person")
    if checked == "fast":
        with pytest.raises(ValidationError):
            article_graph(result, validation)
    else:   # left to the whole-graph run (`--validate full`), or to nobody (`none`)
        assert article_graph(result, validation).checked == checked


def test_a_skipped_item_passes_through():
    skipped = Skipped("a.txt", "empty")
    assert article_graph(skipped) is skipped


@pytest.mark.parametrize("second_type", ["Organization", "Event"])
def test_descriptions_are_checked_without_the_whole_graph_whatever_the_views_types(built, second_type):
    """Two articles name one entity key, with one type or with two: either way the parts' checks
    and the merged descriptions (with the graphs of the articles naming a retyped entity) cover
    the whole graph, so it is not validated again (True), and it conforms."""
    first, second, *others = built.results
    key = "organization/test-organizaciya"
    results = [replace(first, entities=(*first.entities, Entity(key, "Organization", "Тестовая организация"))),
               replace(second, entities=(*second.entities, Entity(key, second_type, "Тестовая организация"))),
               *others]
    knowledge = KnowledgeGraph(results, parts=_parts(results))
    assert check_descriptions(knowledge.parts, knowledge._descriptions, "fast") is True
    knowledge.validate("fast")


@pytest.mark.parametrize("earlier_type, refused", [("Person", True), ("IntergovernmentalOrganization", False)])
def test_an_entity_retyped_by_an_earlier_article_is_checked_in_the_later_ones_graph(built, earlier_type, refused):
    """memberOf's object must be an Organization. Another article, earlier in article-id order,
    names that object as `earlier_type`: the merged description takes its type, so the memberOf
    fact checked in its own article (as an Organization's) breaks the shape in the corpus graph
    when the earlier type is a Person, and not when it is a kind of Organization."""
    later = _result_with(built, "memberOf")
    obj = next(fact for fact in later.facts if fact.predicate == "memberOf").object
    other = next(r for r in built.results if r is not later)
    earlier = replace(other, article=replace(other.article, id="0" * len(other.article.id)),
                      entities=(*other.entities, replace(obj, type=earlier_type)))
    results = [later, earlier]
    knowledge = KnowledgeGraph(results, parts=_parts(results))
    if refused:
        with pytest.raises(ValidationError, match="does not conform"):
            knowledge.validate("fast")
    else:
        knowledge.validate("fast")


@pytest.mark.parametrize("wikidata, refused", [("Q1", False), ("not-a-qid", True)])
def test_a_description_breaking_a_shape_is_refused(built, wikidata, refused):
    """owl:sameAs must be a Wikidata entity IRI: the merged description of an entity that two
    articles name is checked on its own (planted after the parts were checked)."""
    entity = Entity("organization/test-organizaciya", "Organization", "Тестовая организация", wikidata=wikidata)
    results = list(built.results[:2])
    planted = [replace(result, entities=(*result.entities, entity)) for result in results]
    parts = [replace(part, facts=result) for part, result in zip(_parts(results), planted)]
    knowledge = KnowledgeGraph(planted, parts=parts)
    if refused:
        with pytest.raises(ValidationError, match="does not conform"):
            knowledge.validate("fast")
    else:
        knowledge.validate("fast")


@pytest.mark.parametrize("articles, checked", [(1, False), (2, True)])
def test_only_descriptions_of_entities_several_articles_name_are_checked_again(built, articles, checked):
    """An entity of one article is described as in that article's graph, which its worker
    checked; the twin: named by two articles, its merged description is checked again."""
    entity = Entity("organization/test-organizaciya", "Organization", "Тестовая организация", wikidata="not-a-qid")
    results = list(built.results[:2])
    planted = [replace(result, entities=(*result.entities, entity)) if index < articles else result
               for index, result in enumerate(results)]
    parts = [replace(part, facts=result) for part, result in zip(_parts(results), planted)]
    knowledge = KnowledgeGraph(planted, parts=parts)
    if checked:
        with pytest.raises(ValidationError):
            knowledge.validate("fast")
    else:   # left to the worker (which, had the entity really been its article's, refused it)
        knowledge.validate("fast")
        with pytest.raises(ValidationError):
            article_graph(planted[0], "fast")
