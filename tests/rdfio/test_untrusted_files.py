"""RDF and HTML files from elsewhere: entity bombs are refused or not expanded, JSON-LD never fetches.

The bomb tests run kg in a subprocess whose address space is capped (RLIMIT_AS): a parser that
expanded the entities would die of it instead of answering with a one-line error.
"""
import json
import resource
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tests.serve.conftest import Listener

MEMORY_CAP = 1536 * 2**20   # kg with its models imported fits; 10^9 laughs do not
RDF_NS = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'
LAUGHS = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10))
BOMB_RDF = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{LAUGHS}]>\n<rdf:RDF {RDF_NS}>'
            '<rdf:Description rdf:about="http://example.org/a"><ex:p>&lol9;</ex:p></rdf:Description></rdf:RDF>\n')
PLAIN_RDF = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF>\n<rdf:RDF {RDF_NS}>'
             '<rdf:Description rdf:about="http://example.org/a"><ex:p>lol</ex:p></rdf:Description></rdf:RDF>\n')
BOMB_HTML = (f"<!DOCTYPE html [{LAUGHS}]>\n<html lang=ru><body><article><p>Шанхайская организация "
             "сотрудничества &lol9; провела встречу в Астане.</p></article></body></html>\n")


def run_capped(*args: str) -> subprocess.CompletedProcess:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=120,
                          preexec_fn=cap)


@pytest.mark.parametrize("command", [["query", "{path}", "ASK {{ ?s ?p ?o }}"]])
def test_rdf_xml_entity_bomb_is_refused_in_one_line(tmp_path, command):
    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(BOMB_RDF, encoding="utf-8")
    result = run_capped(*[part.format(path=bomb) for part in command])
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"Error: {bomb}: XML entity declarations are refused")
    assert result.stderr.count("\n") == 1


# Every command that reads a GRAPH reads it through kg.rdfio (kg serve: into its temporary copy).
EVERY_READER = [["query", "{path}", "ASK {{ ?s ?p ?o }}"], ["viz", "{path}", "-o", "{out}"],
                ["export", "{path}", "--format", "nt", "-o", "{out}"], ["stats", "{path}"],
                ["push", "{path}", "--endpoint", "http://127.0.0.1:9/store", "--dry-run"],
                ["serve", "{path}", "--port", "0"]]


@pytest.mark.parametrize("command", EVERY_READER)
def test_entity_bomb_is_refused_by_every_reader(cli, tmp_path, command):
    bomb = tmp_path / "bomb.owl"
    bomb.write_text(BOMB_RDF, encoding="utf-8")
    result = CliRunner().invoke(cli, [part.format(path=bomb, out=tmp_path / "x.png") for part in command])
    assert result.exit_code == 1 and "XML entity declarations are refused" in result.output


def test_rdf_xml_with_a_doctype_but_no_entities_still_loads(cli, tmp_path):
    plain = tmp_path / "plain.rdf"
    plain.write_text(PLAIN_RDF, encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(plain), "SELECT ?o { ?s ?p ?o }", "--format", "csv"])
    assert result.exit_code == 0 and result.output.split() == ["o", "lol"]


def test_html_entity_bomb_is_not_expanded(tmp_path):
    from kg import ingest

    page = tmp_path / "bomb.html"
    page.write_text(BOMB_HTML, encoding="utf-8")
    (article,) = ingest.read([page])   # html.parser leaves declared entities alone: nothing to expand
    assert "Шанхайская организация сотрудничества" in article.text and "lollol" not in article.text
    assert len(article.text) < len(BOMB_HTML)


@pytest.mark.parametrize("command", EVERY_READER)
def test_json_ld_never_fetches_a_remote_context(cli, tmp_path, command):
    listener = Listener()
    try:
        document = tmp_path / "remote.jsonld"
        document.write_text(json.dumps({"@context": listener.url, "@id": "http://example.org/a", "name": "x"}))
        result = CliRunner().invoke(cli, [part.format(path=document, out=tmp_path / "out.png") for part in command])
        assert result.exit_code == 1 and "JSON-LD remote @context is never fetched" in result.output
        assert listener.connections == 0
    finally:
        listener.close()


def test_json_ld_with_an_inline_context_loads(cli, tmp_path):
    document = tmp_path / "inline.jsonld"
    document.write_text(json.dumps({"@context": {"name": "http://example.org/name"}, "@id": "http://example.org/a",
                                    "name": "x"}))
    result = CliRunner().invoke(cli, ["query", str(document), "SELECT ?n { ?s <http://example.org/name> ?n }",
                                      "--format", "csv"])
    assert result.exit_code == 0 and result.output.split() == ["n", "x"]
