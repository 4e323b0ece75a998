"""`kg viz` end to end on the demo graph file, as a user runs it."""
import pytest
from click.testing import CliRunner

from kg.cli.viz import viz_command


def run(*args):
    return CliRunner().invoke(viz_command, [str(arg) for arg in args])


@pytest.mark.parametrize(("name", "options", "header"), [
    ("graph.png", [], b"\x89PNG"),
    ("tokayev.svg", ["--focus", "Токаев", "--hops", "2"], b"<?xml"),
    ("orgs.pdf", ["--types", "Organization,Country", "--relations", "chairs,memberOf,partOf"], b"%PDF"),
    ("top.png", ["--top", "5", "--rank", "pagerank"], b"\x89PNG"),
    ("graph.html", ["--min-degree", "2"], b"<!DOCTYPE html>"),
])
def test_viz_writes_the_file_it_reports(demo_trig, tmp_path, name, options, header):
    result = run(demo_trig, "-o", tmp_path / name, *options)
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {tmp_path / name}\n"
    assert (tmp_path / name).read_bytes().startswith(header)


@pytest.mark.parametrize(("options", "status", "message"), [
    (["-o", "{tmp}/graph.gif"], 2, "unknown format .gif"),                      # usage error
    (["-o", "{tmp}/graph.png", "--focus", "Женева"], 1, "no entity matches 'Женева'"),
    (["-o", "{tmp}/graph.png", "--relations", "chairs", "--types", "Person"], 1, "no nodes left"),
    (["-o", "{tmp}/graph.png", "--top", "0"], 2, "--top"),
])
def test_viz_errors_are_one_line(demo_trig, tmp_path, options, status, message):
    result = run(demo_trig, *[option.format(tmp=tmp_path) for option in options])
    assert result.exit_code == status
    assert message in result.output and "Traceback" not in result.output


def test_viz_rejects_a_file_that_is_not_rdf(tmp_path, demo_article_path):
    result = run(demo_article_path, "-o", tmp_path / "graph.png")
    assert result.exit_code == 1
    assert "unknown RDF file extension" in result.output


def test_viz_draws_a_store_directory(demo_knowledge, tmp_path):
    demo_knowledge.add_to_store(tmp_path / "store")
    result = run(tmp_path / "store", "-o", tmp_path / "graph.png")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.png").read_bytes().startswith(b"\x89PNG")
