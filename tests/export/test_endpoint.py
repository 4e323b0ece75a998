"""kg push against a real Oxigraph server, and kg serve's read-only, non-federating endpoint.

Servers listen on random loopback ports, every request has a timeout, and each test stops
what it started.
"""
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from kg.serve import free_port, start_oxigraph

TIMEOUT = 10
ARTICLES = ["https://w3id.org/kg/article/59db0caa3494ba20", "https://w3id.org/kg/article/7f3e21c0d9a4b811"]
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


def sparql(base: str, query: str) -> list[dict]:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return json.load(response)["results"]["bindings"]


@pytest.fixture
def writable_server(tmp_path):
    port = free_port()
    process = start_oxigraph(tmp_path / "remote", port, read_only=False, timeout_s=TIMEOUT)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=TIMEOUT)


@pytest.mark.parametrize("graph_kind", ["store", "file"])
def test_push_puts_one_graph_per_article(cli, writable_server, store_dir, corpus_path, graph_kind):
    target = store_dir if graph_kind == "store" else corpus_path
    for _ in range(2):   # PUT replaces: pushing twice must not duplicate anything
        result = CliRunner().invoke(cli, ["push", str(target), "--endpoint", f"{writable_server}/store"])
        assert result.exit_code == 0, result.output
    assert [row["g"]["value"] for row in sparql(writable_server, GRAPHS_QUERY)] == ARTICLES
    count = sparql(writable_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/kg/ontology#Fact> } }")
    assert count[0]["n"]["value"] == "5"


def test_push_to_nothing_is_a_clear_error(cli, corpus_path):
    result = CliRunner().invoke(cli, ["push", str(corpus_path), "--endpoint", f"http://127.0.0.1:{free_port()}/store",
                                      "--timeout", "5"])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot reach http://127.0.0.1:")


@pytest.fixture
def served(store_dir):
    port = free_port()
    command = [sys.executable, "-c", "from kg.cli.serve import serve_command; serve_command()",
               str(store_dir), "--port", str(port), "--timeout", "5"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert process.poll() is None, process.stderr.read()
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    process.send_signal(signal.SIGINT)
    process.wait(timeout=TIMEOUT)


def test_serve_answers_queries_over_the_union(served):
    rows = sparql(served, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a <https://w3id.org/kg/ontology#Fact> }")
    assert rows[0]["n"]["value"] == "5"


@pytest.mark.parametrize("method, path, body", [
    ("GET", "/query?" + urllib.parse.urlencode({"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}), None),
    ("POST", "/query", b"SELECT * WHERE { service <http://127.0.0.1:9/> { ?s ?p ?o } }"),
    ("POST", "/update", b"CLEAR ALL"),
    ("PUT", "/store?default", b"<http://a> <http://b> <http://c> ."),
])
def test_serve_refuses_federation_and_writes(served, method, path, body):
    headers = {"Content-Type": "application/sparql-query" if path == "/query" else "application/n-triples"}
    request = urllib.request.Request(served + path, data=body, method=method, headers=headers)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=TIMEOUT)
    assert refused.value.code == 403
    assert sparql(served, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"] != "0"   # still serving
