"""Inputs kg.viz accepts, and the titles it derives from the article nodes."""
import pytest
from rdflib import Graph

from kg.errors import KgError
from kg.viz.source import ArticleInfo, rdf_graph, title, to_view


def edges(view):
    return sorted((u, data["predicate"], v, data["sentence"]) for u, v, data in view.edges(data=True))


def test_files_graphs_and_knowledge_graphs_give_the_same_view(demo_knowledge, demo_trig, tmp_path):
    turtle = demo_knowledge.serialize(tmp_path / "graph.ttl", "turtle")
    views = [to_view(rdf_graph(source)) for source in
             (demo_knowledge, demo_knowledge.dataset, demo_knowledge.graph, demo_trig, turtle, str(turtle))]
    assert all(edges(view) == edges(views[0]) for view in views[1:])
    assert all(view.graph["title"] == views[0].graph["title"] for view in views)


def test_statement_nodes_are_edge_details_not_nodes(demo_knowledge):
    view = to_view(demo_knowledge.graph)
    assert all(node.startswith("https://w3id.org/kg/id/") for node in view)
    result = demo_knowledge.results[0]
    assert view.number_of_nodes() == len(result.entities) and view.number_of_edges() == len(result.facts)


@pytest.mark.parametrize(("articles", "expected"), [
    ([ArticleInfo("2024-04-03", "Политпросвет.kz", "Президент Токаев призвал", None)],
     "Политпросвет.kz, 2024-04-03\nПрезидент Токаев призвал"),
    ([ArticleInfo(None, None, None, "https://example.org/a")], "https://example.org/a"),
    ([ArticleInfo("2024-04-03", "ТАСС", None, None), ArticleInfo("2023-07-04", "РИА Новости", None, None)],
     "2 articles (РИА Новости, ТАСС), 2023-07-04 – 2024-04-03"),
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


def test_a_store_draws_like_the_file_it_was_built_from(store_dir, corpus_path):
    from_store, from_file = to_view(rdf_graph(store_dir)), to_view(rdf_graph(corpus_path))
    assert edges(from_store) == edges(from_file) and from_store.number_of_edges() > 0
    assert from_store.graph["title"] == from_file.graph["title"]


def test_a_plain_directory_is_refused_as_no_store(tmp_path):
    with pytest.raises(KgError, match="is not a kg store"):
        rdf_graph(tmp_path)


def test_plain_graph_without_articles_still_draws(demo_knowledge):
    bare = Graph()
    for triple in demo_knowledge.graph:
        bare.add(triple)
    assert to_view(bare).number_of_edges() == len(demo_knowledge.results[0].facts)
