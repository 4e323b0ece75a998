"""Bad arguments and damaged shard folders end in one line and a non-zero exit, never a traceback."""
from __future__ import annotations

import json

import pytest
from kg.distributed import cluster
from kg.distributed.manifest import Done, Manifest, ShardEntry
from kg.vocab import article_iri, entity_iri

from tests.distributed.conftest import kg

ARTICLE = "0123456789abcdef"


def one_line_error(result, code: int, *words: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = [line for line in result.output.splitlines() if "Error" in line]
    assert len(message) == 1 and all(word in message[0] for word in words), result.output


@pytest.mark.parametrize("args, code, words", [
    (["--cluster", "local:0"], 1, ["local:N"]),
    (["--cluster", "lokal:2"], 1, ["local:N"]),
    (["--cluster", "local:two"], 1, ["local:N"]),
    (["--cluster", "local:2", "--scheduler", "tcp://127.0.0.1:8786"], 2, ["not both"]),
    (["--cluster", "local:2", "--enrich"], 2, ["--enrich"]),
])
def test_bad_distributed_options_are_one_line_errors(tmp_path, args, code, words):
    (tmp_path / "a.txt").write_text("Иран стал членом ШОС.", encoding="utf-8")
    one_line_error(kg("build", tmp_path / "a.txt", "-o", tmp_path / "out", *args), code, *words)


@pytest.mark.parametrize("inputs, options, words", [
    (["https://example.org/news.html"], [], ["not URLs"]),
    (["a.txt"], ["--feed", "https://example.org/rss"], ["not URLs"]),
])
def test_urls_and_feeds_are_refused_on_a_cluster(tmp_path, inputs, options, words):
    one_line_error(kg("build", *inputs, *options, "--cluster", "local:1", "-o", tmp_path), 2, *words)


def test_shards_need_an_output_folder(tmp_path):
    one_line_error(kg("build", "a.txt", "--cluster", "local:1", "--store", tmp_path / "s"), 2, "-o OUTDIR")


def test_a_scheduler_that_does_not_answer_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    (tmp_path / "a.txt").write_text("Иран стал членом ШОС.", encoding="utf-8")
    result = kg("build", tmp_path / "a.txt", "--scheduler", "tcp://127.0.0.1:9", "-o", tmp_path / "out")
    one_line_error(result, 1, "cannot reach the Dask scheduler at tcp://127.0.0.1:9")


@pytest.fixture
def shards(tmp_path):
    """A shard folder written by hand: one article graph with one fact, one entity view."""
    folder = tmp_path / "shards"
    manifest = Manifest(folder)
    (folder / "shards").mkdir(parents=True)
    graph = article_iri(ARTICLE)
    (folder / "shards" / "r-00000.nq").write_text(
        f"<{graph}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg/Article> <{graph}> .\n"
        f"<{entity_iri('Q232')}> <https://w3id.org/kg/chairs> <{entity_iri('Q485207')}> <{graph}> .\n",
        encoding="utf-8")
    views = [["Q232", "Country", "Казахстан", ["Казахстана"], "Q232", "ru", [["en", "Kazakhstan"]]]]
    (folder / "shards" / "r-00000.entities.jsonl").write_text(
        json.dumps({"article": ARTICLE, "entities": views}, ensure_ascii=False) + "\n", encoding="utf-8")
    manifest.append(ShardEntry("r-00000", (Done("/c/a.txt", "h", ARTICLE),)))
    return folder


def test_a_hand_written_shard_loads_with_its_entity_descriptions(shards, tmp_path):
    result = kg("load", shards, "-o", tmp_path / "all.nq", "--store", tmp_path / "store")
    assert result.exit_code == 0, result.output
    assert "added 1, replaced 0, unchanged 0" in result.stdout
    written = (tmp_path / "all.nq").read_text(encoding="utf-8")
    assert f'<{entity_iri("Q232")}> <http://www.w3.org/2004/02/skos/core#prefLabel> "Казахстан"@ru .' in written
    assert f'"Kazakhstan"@en .' in written and "Казахстана" in written   # the alias, as skos:altLabel


@pytest.mark.parametrize("damage, words", [
    (lambda f: (f / "manifest.jsonl").unlink(), ["no shards"]),
    (lambda f: (f / "shards" / "r-00000.nq").unlink(), ["r-00000.nq", "shard file missing"]),
    (lambda f: (f / "shards" / "r-00000.entities.jsonl").unlink(), ["entities.jsonl", "shard file missing"]),
    (lambda f: (f / "shards" / "r-00000.nq").write_text("<a> <b> .\n"), ["r-00000.nq", "not valid N-Quads"]),
    (lambda f: (f / "manifest.jsonl").write_text("{}\n{}\n"), ["manifest.jsonl:1"]),
])
def test_a_damaged_shard_folder_is_a_one_line_error(shards, tmp_path, damage, words):
    damage(shards)
    one_line_error(kg("load", shards, "-o", tmp_path / "all.nq"), 1, *words)


@pytest.mark.parametrize("args, code, words", [
    ([], 2, ["--store DIR, -o FILE"]),
    (["-o", "graph.n3"], 1, ["does not write n3"]),
    (["-o", "graph.docx"], 1, ["unknown RDF file extension"]),
])
def test_kg_load_needs_a_writable_destination(shards, tmp_path, args, code, words):
    one_line_error(kg("load", shards, *[tmp_path / a if a.startswith("graph") else a for a in args]), code, *words)
