"""The `kg` command line, driven through click's CliRunner on the demo article."""
import csv
import json

import pytest
from click.testing import CliRunner

from kg.cli import main

DEMO = "examples/ru/sco-security-council-2024-04-03.txt"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_useful_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert len(main.commands[command].help or "") > 40


def test_parse_json_lists_metadata_sentences_and_entities(runner, monkeypatch, demo_article_path):
    monkeypatch.chdir(demo_article_path.parents[2])
    result = runner.invoke(main, ["parse", DEMO, "--format", "json"])
    assert result.exit_code == 0, result.output
    [article] = json.loads(result.stdout)
    assert article["published"] == "2024-04-03"
    assert article["publisher"] == "Политпросвет.kz"
    assert any(e["normal"] == "Касым-Жомарт Токаев" for e in article["entities"])
    assert any(s.startswith("Глава государства провел встречу") for s in article["sentences"])


def test_parse_reports_bad_input_and_goes_on(runner, tmp_path, monkeypatch, demo_article_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, ["parse", str(empty), str(demo_article_path)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "Traceback" not in result.output
    assert "Касым-Жомарт Токаев" in result.stdout


@pytest.mark.parametrize("flags, drawn", [([], False), (["--picture"], True)])
def test_build_writes_graph_files_and_facts_table(runner, tmp_path, demo_article_path, flags, drawn):
    result = runner.invoke(main, ["build", str(demo_article_path), "-o", str(tmp_path), "--workers", "1", *flags])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "facts.tsv"):
        assert (tmp_path / name).stat().st_size > 0
    # the picture only on request (drawing costs as much as the rest of a one-article build)
    assert (tmp_path / "graph.png").exists() == drawn
    if drawn:
        assert (tmp_path / "graph.png").read_bytes().startswith(b"\x89PNG")
    with open(tmp_path / "facts.tsv", encoding="utf-8") as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    assert {"kg:chairs", "kg:adopts"} <= {row["predicate"] for row in rows}
    assert "articles: 1" in result.stdout


@pytest.mark.parametrize("text, facts, dropped", [
    ("Украина стала членом Европы.", 0, 1),                                  # memberOf a Place: the shapes forbid it
    ("Иран стал членом Шанхайской организации сотрудничества.", 1, 0),       # memberOf an organization
])
def test_build_summary_counts_the_facts_the_shapes_dropped(runner, tmp_path, text, facts, dropped):
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path / "article.txt"), "-o", str(tmp_path / "out"), "--workers", "1",
                                  "--no-picture"])
    assert result.exit_code == 0, result.output
    assert f"facts: {facts}\n" in result.stdout and f"dropped by the shapes: {dropped}\n" in result.stdout


def test_build_rejects_unknown_extractor_in_one_line(runner, tmp_path, demo_article_path):
    result = runner.invoke(main, ["build", str(demo_article_path), "-o", str(tmp_path), "-e", "nonsense"])
    assert result.exit_code == 1
    assert "nonsense" in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


GAZETTEER_GRAPH = "https://w3id.org/kg/source/gazetteer"


@pytest.fixture(scope="module")
def plain_and_enriched(tmp_path_factory, demo_article_path):
    """`kg build` of the demo article without and with --enrich (each validated by the command)."""
    outputs = {}
    for name, flags in (("plain", []), ("enriched", ["--enrich"])):
        outdir = tmp_path_factory.mktemp(name)
        result = CliRunner().invoke(main, ["build", str(demo_article_path), "-o", str(outdir), "--workers", "1",
                                           "--no-picture", *flags])
        assert result.exit_code == 0, result.output
        outputs[name] = outdir
    return outputs


def test_build_without_enrich_writes_exactly_the_article_graphs(plain_and_enriched, demo_article_path):
    import kg
    from kg.graph import build_dataset
    from kg.rdfio import from_rdflib, serialized

    results = kg.build(demo_article_path).results
    expected = serialized(from_rdflib(build_dataset(results)), "trig")
    assert (plain_and_enriched["plain"] / "graph.trig").read_bytes() == expected


def test_enrich_adds_the_gazetteer_graph_and_leaves_article_graphs_and_table_alone(plain_and_enriched):
    from rdflib import Dataset, URIRef
    from rdflib.compare import isomorphic

    plain, enriched = Dataset(), Dataset()
    plain.parse(plain_and_enriched["plain"] / "graph.trig", format="trig")
    enriched.parse(plain_and_enriched["enriched"] / "graph.trig", format="trig")
    names = {graph.identifier for graph in plain.graphs()}
    assert {graph.identifier for graph in enriched.graphs()} == names | {URIRef(GAZETTEER_GRAPH)}
    for name in names - {plain.default_graph.identifier}:
        assert isomorphic(plain.graph(name), enriched.graph(name))
    assert len(enriched.graph(URIRef(GAZETTEER_GRAPH))) > 0
    table = "facts.tsv"
    assert (plain_and_enriched["plain"] / table).read_bytes() == (plain_and_enriched["enriched"] / table).read_bytes()
