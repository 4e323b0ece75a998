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


def test_build_writes_graph_files_and_facts_table(runner, tmp_path, demo_article_path):
    result = runner.invoke(main, ["build", str(demo_article_path), "-o", str(tmp_path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "facts.tsv"):
        assert (tmp_path / name).stat().st_size > 0
    with open(tmp_path / "facts.tsv", encoding="utf-8") as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    assert {"kg:chairs", "kg:adopts"} <= {row["predicate"] for row in rows}
    assert "articles: 1" in result.stdout


def test_build_rejects_unknown_extractor_in_one_line(runner, tmp_path, demo_article_path):
    result = runner.invoke(main, ["build", str(demo_article_path), "-o", str(tmp_path), "-e", "nonsense"])
    assert result.exit_code == 1
    assert "nonsense" in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
