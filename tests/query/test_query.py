"""kg query: named queries, parameters, result formats, and one-line errors."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.query import named
from kg.query.runner import QueryError, run
from kg.rdfio import load_file

ID = "https://w3id.org/kg/id/"


@pytest.fixture
def database(corpus_path):
    return load_file(corpus_path)


@pytest.mark.parametrize("name, params, column, expected", [
    ("chairs", {}, "chairedLabel", ["Шанхайская организация сотрудничества", "саммит ШОС в Астане"]),
    ("chairs", {"chair": "Касым-Жомарт Токаев"}, "chairedLabel", ["саммит ШОС в Астане"]),
    ("adopted", {"organization": "ШОС"}, "documentLabel", ["Астанинская декларация"]),
    ("members", {"organization": f"<{ID}Q485>"}, "memberLabel", ["Казахстан"]),
    ("meetings", {"person": "kgid:Q57305"}, "metLabel", ["секретари советов безопасности государств – членов ШОС"]),
    ("meetings", {"person": "kgid:Q232"}, "metLabel", []),
    ("provenance", {"fact": "https://w3id.org/kg/fact/b3"}, "sentence", ["Казахстан является членом ШОС с 2001 года."]),
    ("about-entity", {"entity": "казахстан"}, "relation", [f"https://w3id.org/kg/ontology#{p}" for p in ("chairs", "memberOf")]),
])
def test_named_query(database, name, params, column, expected):
    rows = named.run_named(database, named.load(name), params)
    assert [row[column].value for row in rows] == expected


def test_provenance_gives_offsets_and_extractor(database):
    rows = list(named.run_named(database, named.load("provenance"), {"fact": "fact:a2"}))
    assert [(r["start"].value, r["end"].value, r["extractor"].value, r["article"].value) for r in rows] == [
        ("900", "947", "predicates", "https://w3id.org/kg/article/59db0caa3494ba20")]


@pytest.mark.parametrize("name, params, message", [
    ("about-entity", {}, "needs --param entity="),
    ("chairs", {"person": "x"}, "has no parameter 'person'"),
    ("chairs", {"chair": "Путин"}, "no entity labelled 'Путин'"),
    ("nonexistent", {}, "no named query 'nonexistent'"),
])
def test_named_query_errors(database, name, params, message):
    with pytest.raises(QueryError, match=message):
        named.run_named(database, named.load(name), params)


@pytest.mark.parametrize("sparql, message", [
    ("SELECT * WHERE { ?s ?p ?o", "SPARQL syntax error at line 1, column 26"),
    ("SELECT * WHERE {\n  ?s foo:bar ?o }", "unknown prefix 'foo:' at line 2, column 13"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE (federated query) is not allowed"),
])
def test_bad_queries_give_one_line(database, sparql, message):
    with pytest.raises(QueryError) as raised:
        run(database, sparql)
    assert str(raised.value).startswith(message) and "\n" not in str(raised.value)


def test_words_in_strings_are_not_keywords(database):
    assert list(run(database, 'SELECT ?s WHERE { ?s rdfs:label "service" }')) == []


def test_declared_prefix_wins_over_predefined(database):
    rows = run(database, "PREFIX kg: <http://example.org/> ASK { ?s kg:chairs ?o }")
    assert not bool(rows)


@pytest.mark.parametrize("graph_kind", ["store", "file"])
def test_query_command_csv(cli, store_dir, corpus_path, graph_kind):
    target = store_dir if graph_kind == "store" else corpus_path
    result = CliRunner().invoke(cli, ["query", str(target), "SELECT ?org WHERE { ?x kg:memberOf ?org }",
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.output))) == [["org"], [f"{ID}Q485"]]


def test_query_command_json_from_file(cli, tmp_path, corpus_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a kg:Fact }", encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(corpus_path), "--file", str(query), "--format", "json"])
    assert json.loads(result.output)["results"]["bindings"][0]["n"]["value"] == "5"


@pytest.mark.parametrize("sparql, fmt, expected", [
    ("ASK { ?s kg:adopts ?o }", "table", "yes"),
    ("CONSTRUCT { ?s kg:adopts ?o } WHERE { ?s kg:adopts ?o }", "table",
     "kgid:Q485 kg:adopts kgid:declaration_astaninskaya-deklaratsiya ."),
    ("DESCRIBE kgid:Q232", "nt", f'<{ID}Q232> <http://www.w3.org/2000/01/rdf-schema#label> "Казахстан"@ru .'),
])
def test_query_command_ask_construct_describe(cli, corpus_path, sparql, fmt, expected):
    result = CliRunner().invoke(cli, ["query", str(corpus_path), sparql, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert expected in result.output


@pytest.mark.parametrize("sparql, lines", [
    ("SELECT ?x ?org WHERE { ?x kg:memberOf ?org }",
     ["x          org", "---------  ---------", "kgid:Q232  kgid:Q485", "(1 rows)"]),
    ("SELECT ?label WHERE { kgid:Q232 rdfs:label ?label }", ["label", "---------", "Казахстан", "(1 rows)"]),
    ("SELECT ?x WHERE { ?x kg:memberOf kgid:Q232 }", ["x", "-", "(0 rows)"]),
])
def test_select_prints_an_aligned_table_by_default(cli, corpus_path, sparql, lines):
    result = CliRunner().invoke(cli, ["query", str(corpus_path), sparql])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == lines


def test_named_query_command_with_param(cli, store_dir):
    result = CliRunner().invoke(cli, ["query", str(store_dir), "--named", "about-entity",
                                      "--param", "entity=ШОС", "--format", "tsv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 1 + 3   # header, adopts (outgoing), chairs + memberOf (incoming)


def test_list_shows_names_and_descriptions(cli):
    result = CliRunner().invoke(cli, ["query", "--list"])
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == named.names()
    assert any(line.startswith("chairs") and "Who chairs what and when" in line for line in lines)


@pytest.mark.parametrize("args, message", [
    (["SELECT * WHERE { ?s ?p ?o"], "Error: SPARQL syntax error at line 1, column 26"),
    (["SELECT * { ?s nope:x ?o }"], "Error: unknown prefix 'nope:'"),
    (["--named", "chairs", "--param", "chair"], "Error: --param 'chair': expected NAME=VALUE"),
    (["SELECT * { ?s ?p ?o }", "--format", "turtle"],
     "Error: format 'turtle' is for CONSTRUCT/DESCRIBE; SELECT/ASK use: table, csv, tsv, json"),
    (["CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--format", "csv"],
     "Error: format 'csv' is for SELECT/ASK; CONSTRUCT/DESCRIBE use: turtle, nt,"),
])
def test_query_command_errors_without_traceback(cli, corpus_path, args, message):
    result = CliRunner().invoke(cli, ["query", str(corpus_path), *args])
    assert result.exit_code == 1
    assert result.output.startswith(message) and "Traceback" not in result.output


def test_unknown_extension_is_reported(cli, tmp_path):
    path = tmp_path / "graph.csv"
    path.write_text("a,b\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(path), "ASK {}"])
    assert result.exit_code == 1 and "unknown RDF file extension" in result.output


def test_members_query_shows_gazetteer_members_with_their_source(demo_article_path, tmp_path):
    import kg

    enriched = kg.build(demo_article_path, enrich=True).serialize(tmp_path / "graph.trig", "trig")
    rows = list(named.run_named(load_file(enriched), named.load("members"), {"organization": "ШОС"}))
    members = {row["memberLabel"].value: row["source"].value for row in rows}
    assert {"Казахстан", "Китай", "Россия", "Индия"} <= set(members)
    assert set(members.values()) == {"https://w3id.org/kg/source/gazetteer"}
