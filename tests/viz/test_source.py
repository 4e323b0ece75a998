"""Inputs kg.viz accepts, and the titles it derives from the article nodes."""
import pytest
from rdflib import Graph

from kg.errors import KgError
from kg.types import Entity
from kg.viz.source import ArticleInfo, rdf_graph, title, to_view


ID = "https://w3id.org/kg/id/"


def edges(view):
    return sorted((u, data["predicate"], v, data["sentence"]) for u, v, data in view.edges(data=True))


def test_files_graphs_and_knowledge_graphs_give_the_same_view(built, built_trig, tmp_path):
    turtle = built.serialize(tmp_path / "graph.ttl", "turtle")
    views = [to_view(rdf_graph(source)) for source in
             (built, built.dataset, built.graph, built_trig, turtle, str(turtle))]
    assert all(edges(view) == edges(views[0]) for view in views[1:])
    assert all(view.graph["title"] == views[0].graph["title"] for view in views)
    # the three articles of the built corpus share their day and publisher
    assert views[0].graph["title"] == "3 articles (Политпросвет.kz), 2024-04-03"


def test_statement_nodes_are_edge_details_not_nodes(demo_knowledge):
    """Nodes are the entities that take part in a fact, edges the facts between two entities; a
    fact whose object is a value (a programme's years) is an attribute of its subject's node."""
    view = to_view(demo_knowledge.graph)
    facts = demo_knowledge.results[0].facts
    between_entities = [fact for fact in facts if isinstance(fact.object, Entity)]
    in_facts = {fact.subject.key for fact in facts} | {fact.object.key for fact in between_entities}
    assert set(view) == {f"{ID}{key}" for key in in_facts}
    assert view.number_of_edges() == len(between_entities) < len(facts)
    strategy = view.nodes[f"{ID}document/antinarkoticheskiy-strategiya-shos-na-2024-2029-god"]
    assert (strategy["kg:validFrom"], strategy["kg:validUntil"]) == ("2024", "2029")


@pytest.mark.parametrize(("articles", "expected"), [
    ([ArticleInfo("2024-04-03", "Политпросвет.kz", "Президент Токаев призвал", None)],
     "Политпросвет.kz, 2024-04-03\nПрезидент Токаев призвал"),
    ([ArticleInfo(None, None, None, "https://example.org/a")], "https://example.org/a"),
    ([ArticleInfo("2024-04-03", "ТАСС", None, None), ArticleInfo("2023-07-04", "РИА Новости", None, None)],
     "2 articles (РИА Новости, ТАСС), 2023-07-04 – 2024-04-03"),
    ([ArticleInfo("2024-04-03", "ТАСС", None, None), ArticleInfo("2024-04-03", None, None, None)],
     "2 articles (ТАСС), 2024-04-03"),                       # one day is a date, not a range
    ([], "kg"),
])
def test_title_names_source_and_date(articles, expected):
    assert title(articles) == expected


@pytest.mark.parametrize(("name", "content", "message"), [
    ("graph.ttl", "this is not turtle", "not valid RDF"),
    ("graph.xyz", "", "unknown RDF file extension"),
    ("missing.ttl", None, "no such file"),
])
def test_unreadable_inputs_raise_one_line_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError, match=message):
        rdf_graph(path)


def test_a_store_draws_like_the_file_it_was_built_from(built, built_trig, tmp_path):
    built.add_to_store(tmp_path / "store")
    from_store, from_file = to_view(rdf_graph(tmp_path / "store")), to_view(rdf_graph(built_trig))
    assert edges(from_store) == edges(from_file) and from_store.number_of_edges() > 0
    assert from_store.graph["title"] == from_file.graph["title"]


def test_a_plain_directory_is_refused_as_no_store(tmp_path):
    with pytest.raises(KgError, match="is not a kg store"):
        rdf_graph(tmp_path)


def test_plain_graph_without_articles_still_draws(demo_knowledge):
    """A plain Graph of the facts, without the article nodes: every edge, a generic title."""
    bare = Graph()
    for triple in demo_knowledge.graph:
        if not str(triple[0]).startswith("https://w3id.org/kg/article/"):
            bare.add(triple)
    assert len(bare) < len(demo_knowledge.graph)
    view = to_view(bare)
    assert [edge[:3] for edge in edges(view)] == [edge[:3] for edge in edges(to_view(demo_knowledge.graph))]
    assert view.number_of_edges() > 10 and view.graph["title"] == "kg"
