"""Adversarial tests of `kg serve` and `kg query`: no spelling of a query makes kg connect anywhere.

A loopback listener records every connection; each attack names it as the federated endpoint,
in every way we could think of, over GET, POST and forms. Each is refused (or runs without
fetching), and at the end the listener must have seen no connection at all. Positive twins
check that ordinary queries, including ones that merely mention "service", still work.
"""
import json
import re
import socket
import subprocess
import sys
import urllib.parse
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from tests.serve.conftest import request, select

ATTACKS = [   # (name, query with {url} for the listener); all must be refused
    ("plain", "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"),
    ("lower case", "select * where {{ service <{url}> {{ ?s ?p ?o }} }}"),
    ("mixed case", "SELECT * WHERE {{ SeRvIcE <{url}> {{ ?s ?p ?o }} }}"),
    ("silent", "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}"),
    ("escaped hash in a prefixed name", "SELECT * WHERE {{ ?s kg:a\\#b ?o . SERVICE <{url}> {{ ?s ?p ?o }} }}"),
    ("hash in a string", "SELECT * WHERE {{ ?s ?p \"#\" . SERVICE <{url}> {{ ?s ?p ?o }} }}"),
    ("escaped quote in a string", "SELECT * WHERE {{ ?s ?p \"a\\\"#\" . SERVICE <{url}> {{ ?s ?p ?o }} }}"),
    ("comment before", "# SERVICE is fine in a comment\nSELECT * WHERE {{\n SERVICE <{url}> {{ ?s ?p ?o }} }}"),
    ("unicode escape in the keyword", "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}"),
    ("unicode escape in the IRI", "SELECT * WHERE {{ SERVICE <{escaped}> {{ ?s ?p ?o }} }}"),
    ("variable endpoint", "SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}"),
    ("nested", "SELECT * WHERE {{ SERVICE <{url}> {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}"),
    ("in FILTER EXISTS", "ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}"),
    ("in FILTER NOT EXISTS", "ASK {{ ?s ?p ?o FILTER NOT EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}"),
    ("in a subquery", "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}"),
    ("in OPTIONAL", "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }}"),
    ("in UNION", "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}"),
    ("in MINUS", "SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}"),
    ("in GRAPH", "SELECT * WHERE {{ GRAPH ?g {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}"),
    ("in CONSTRUCT", "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"),
    ("BASE trick", "BASE <{base}> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}"),
    ("PREFIX trick", "PREFIX there: <{base}> SELECT * WHERE {{ SERVICE there:sparql {{ ?s ?p ?o }} }}"),
    ("redefined kg prefix", "PREFIX kg: <{base}> SELECT * WHERE {{ SERVICE kg:sparql {{ ?s ?p ?o }} }}"),
    ("LOAD", "LOAD <{url}>"),
    ("LOAD into a graph", "LOAD SILENT <{url}> INTO GRAPH <http://example.org/g>"),
    ("update", "INSERT DATA {{ <http://a> <http://b> <http://c> }}"),
    ("update then query", "CLEAR ALL ; LOAD <{url}>"),
    ("not SPARQL", "SERVICE <{url}>"),
    ("unbalanced", "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }}"),
]
HARMLESS = [   # mention the word or the address without federating: must run (status 200), not connect
    ("service in a string", 'SELECT ?s WHERE {{ ?s ?p "SERVICE <{url}> {{ }}" }}'),
    ("service in a long string", "SELECT ?s WHERE {{ ?s ?p \"\"\"\nSERVICE <{url}> {{}}\"\"\" }}"),
    ("service in a comment", "SELECT ?s WHERE {{ ?s ?p ?o }} # SERVICE <{url}> {{ }}\nLIMIT 1"),
    ("address as a plain IRI", "SELECT ?s WHERE {{ ?s ?p <{url}> }}"),
    ("FROM the address", "SELECT ?s FROM <{url}> WHERE {{ ?s ?p ?o }}"),
    ("DESCRIBE the address", "DESCRIBE <{url}>"),
]
UNKNOWN_FUNCTION = "SELECT ?x WHERE {{ ?s ?p ?o BIND(<{url}>(?o) AS ?x) }} LIMIT 1"


def spell(query: str, listener) -> str:
    escaped = "".join(f"\\u{ord(c):04X}" if c in "h:/" else c for c in listener.url)
    return query.format(url=listener.url, base=listener.url.rsplit("/", 1)[0] + "/", escaped=escaped)


def ways_to_send(query: str):
    """(method, path, body, headers) of every way the protocol (and its near misses) carries a query."""
    form = urllib.parse.urlencode({"query": query}).encode()
    yield "GET", "/query?" + urllib.parse.urlencode({"query": query}), None, {}
    yield "POST", "/query", query.encode(), {"Content-Type": "application/sparql-query"}
    yield "POST", "/sparql", query.encode(), {"Content-Type": "Application/SPARQL-Query; charset=UTF-8"}
    yield "POST", "/query", form, {"Content-Type": "application/x-www-form-urlencoded"}
    yield "POST", "/query", form, {"Content-Type": "APPLICATION/X-WWW-FORM-URLENCODED; charset=utf-8"}


@pytest.mark.parametrize("name, query", ATTACKS, ids=[a[0] for a in ATTACKS])
def test_endpoint_refuses_every_spelling(served, listener, name, query):
    for method, path, body, headers in ways_to_send(spell(query, listener)):
        status, _, answer = request(served, path, data=body, method=method, headers=headers)
        assert status in (400, 403), (method, path, headers, status, answer[:200])
        assert answer.count(b"\n") == 1      # a one-line reason
    assert listener.connections == 0


@pytest.mark.parametrize("name, query", HARMLESS, ids=[h[0] for h in HARMLESS])
def test_endpoint_runs_harmless_lookalikes(served, listener, name, query):
    status, _, answer = request(served, "/query", data=spell(query, listener).encode(), method="POST",
                                headers={"Content-Type": "application/sparql-query"})
    assert status == 200, answer[:300]
    assert listener.connections == 0


def test_a_function_named_by_an_address_is_an_error_not_a_fetch(served, listener):
    status, _, answer = request(served, "/query?" + urllib.parse.urlencode({"query": spell(UNKNOWN_FUNCTION, listener)}))
    assert status == 400 and answer.startswith(b"query failed: The custom function")
    assert listener.connections == 0


@pytest.mark.parametrize("method, path, body, headers, expected", [
    ("POST", "/update", b"update=LOAD+%3Chttp%3A%2F%2F127.0.0.1%3A9%2F%3E", {"Content-Type": "application/x-www-form-urlencoded"}, 403),
    ("POST", "/query", b"update=CLEAR+ALL", {"Content-Type": "application/x-www-form-urlencoded"}, 403),
    ("GET", "/query?update=CLEAR+ALL", None, {}, 403),
    ("POST", "/update", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}, 403),
    ("PUT", "/store?default", b"<http://a> <http://b> <http://c> .", {"Content-Type": "application/n-triples"}, 403),
    ("DELETE", "/store?default", None, {}, 403),
    ("POST", "/query", b"ASK {}", {"Content-Type": "text/plain"}, 415),
    ("POST", "/query", b"ASK {}", {}, 400),   # urllib sends it as a form: no `query` field
    ("POST", "/query", "ASK {}".encode("utf-16"), {"Content-Type": "application/sparql-query"}, 400),
    ("GET", "/query?query=ASK%7B%7D&query=ASK%7B%7D", None, {}, 400),
    ("POST", "/query?query=ASK%7B%7D", b"query=ASK%7B%7D", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
    ("GET", "/query?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2F127.0.0.1%3A9%2F", None, {}, 400),
    ("GET", "/query?query=%2553ERVICE", None, {}, 400),
    ("GET", "/query", None, {}, 400),
    ("GET", "/elsewhere?query=ASK%7B%7D", None, {}, 404),
])
def test_endpoint_protocol_edges(served, method, path, body, headers, expected):
    status, _, answer = request(served, path, data=body, method=method, headers=headers)
    assert status == expected, answer[:200]
    assert len(select(served, "SELECT ?s { ?s ?p ?o } LIMIT 1")) == 1   # still serving


@pytest.mark.parametrize("length, expected", [(2 << 20, b" 413 "), (-5, b" 413 "), (len(b"ASK {}"), b" 200 ")])
def test_the_declared_length_decides_before_the_body_is_read(served, length, expected):
    """A 2 MB body is refused from its Content-Length alone. (Sending the body itself races: the
    endpoint answers and closes while the client still writes, and a loaded machine sees a
    broken pipe instead of the answer.) The twin with a true small length is answered."""
    host, port = urllib.parse.urlsplit(served).hostname, urllib.parse.urlsplit(served).port
    with socket.create_connection((host, port), timeout=30) as connection:
        connection.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: %d\r\n\r\n" % length + (b"ASK {}" if length == 6 else b""))
        status_line = connection.makefile("rb").readline()
    assert expected in status_line, status_line
    assert len(select(served, "SELECT ?s { ?s ?p ?o } LIMIT 1")) == 1   # still serving


@pytest.mark.parametrize("path", ["/", "/index.html", "/?query=ASK%7B%7D"])
def test_endpoint_serves_its_query_page(served, path):
    status, content_type, body = request(served, path)
    assert (status, content_type) == (200, "text/html; charset=utf-8")
    assert b"<title>kg SPARQL endpoint</title>" in body


def raw_answer(base: str, request_line: str) -> tuple[bytes, dict[str, str], bytes]:
    """(status line, headers, every byte after them) of one request on its own connection: urllib
    would drop a body that follows a HEAD answer, a raw socket sees it."""
    parts = urllib.parse.urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(f"{request_line}\r\nHost: x\r\nConnection: close\r\n\r\n".encode("ascii"))
        received = b"".join(iter(lambda: connection.recv(65536), b""))
    head, _, rest = received.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    return status.encode("latin-1"), dict(line.split(": ", 1) for line in lines), rest


@pytest.mark.parametrize("path", ["/", "/query?query=ASK%7B%7D", "/query?query=SELECT%20%3Fs%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
                                  "/query?query=SERVICE"])
def test_head_sends_the_get_headers_and_no_body(served, path):
    get_status, get_headers, get_body = raw_answer(served, f"GET {path} HTTP/1.1")
    head_status, head_headers, head_body = raw_answer(served, f"HEAD {path} HTTP/1.1")
    assert get_body and int(get_headers["Content-Length"]) == len(get_body)   # the twin: GET has its body
    assert (head_status, head_body) == (get_status, b"")
    assert head_headers["Content-Type"] == get_headers["Content-Type"]
    assert head_headers["Content-Length"] == get_headers["Content-Length"]


def test_readme_query_runs_at_the_endpoint_with_kg_prefixes(served):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```sparql\n(.*?)```", readme, re.S).group(1)   # uses kg:, rdf:, skos: undeclared
    status, _, body = request(served, "/query?" + urllib.parse.urlencode({"query": example}),
                              headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    assert json.loads(body)["head"]["vars"] == ["sentence", "start", "end"]


def test_from_selects_graphs_at_the_endpoint(served):
    article = "https://w3id.org/kg/article/59db0caa3494ba20"
    alone = select(served, f"SELECT (COUNT(*) AS ?n) FROM <{article}> WHERE {{ ?s ?p ?o }}")[0]["n"]["value"]
    union = select(served, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"]
    assert 0 < int(alone) < int(union)


@pytest.mark.parametrize("accept, content_type, starts", [
    ("text/csv", "text/csv", b"s\r\n"),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<?xml"),
    ("text/tab-separated-values;q=0.5, text/csv;q=0.9", "text/csv", b"s\r\n"),
    ("*/*", "application/sparql-results+json", b"{"),
])
def test_endpoint_negotiates_result_formats(served, accept, content_type, starts):
    status, kind, body = request(served, "/query?" + urllib.parse.urlencode({"query": "SELECT ?s { ?s ?p ?o } LIMIT 1"}),
                                 headers={"Accept": accept})
    assert status == 200 and kind.startswith(content_type) and body.startswith(starts)


def test_oversized_result_is_an_error_not_a_truncated_200(served):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"     # ~10^6 rows: far past --max-result-mb 1
    status, _, body = request(served, "/query?" + urllib.parse.urlencode({"query": cross}))
    assert status == 500 and b"larger than 1 MB" in body


def test_slow_query_is_stopped_with_503_and_the_endpoint_recovers(impatient_served):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"   # 90⁴ rows, ~10 s of a core
    status, _, body = request(impatient_served, "/query?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and b"longer than 2 s" in body
    assert len(select(impatient_served, "SELECT ?s { ?s ?p ?o } LIMIT 1")) == 1   # a fresh engine took over


def test_only_one_port_listens_and_engines_are_sandboxed_and_capped(served):
    port = int(served.rsplit(":", 1)[1])
    owner = next(c.pid for c in psutil.net_connections("tcp") if c.laddr.port == port and c.status == "LISTEN")
    tree = [psutil.Process(owner), *psutil.Process(owner).children(recursive=True)]
    listening = [c.laddr for p in tree for c in p.net_connections("inet") if c.status == "LISTEN"]
    assert [address.port for address in listening] == [port]
    engines = tree[1:]
    assert engines and all(_seccomp_mode(p.pid) == 2 for p in engines)                 # seccomp filter on
    assert all(p.rlimit(psutil.RLIMIT_AS) == (2048 * 2**20,) * 2 for p in engines)      # --memory-mb default


def _seccomp_mode(pid: int) -> int:
    status = open(f"/proc/{pid}/status", encoding="ascii").read()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("Seccomp:")))


def test_the_sandboxed_engine_cannot_connect_even_unchecked(listener):
    """Defence in depth: a SERVICE query run past the checker, in a sandboxed process, fails."""
    code = ("import pyoxigraph as ox; from kg.serve.sandbox import deny_network; assert deny_network()\n"
            "try:\n    list(ox.Store().query('SELECT * { SERVICE <%s> { ?s ?p ?o } }'))\n"
            "except OSError as error:\n    print(type(error).__name__)\n" % listener.url)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "PermissionError", result.stderr
    assert listener.connections == 0


@pytest.mark.parametrize("name, query", ATTACKS[::3], ids=[a[0] for a in ATTACKS[::3]])
def test_kg_query_refuses_the_same_spellings(cli, corpus_path, listener, name, query):
    result = CliRunner().invoke(cli, ["query", str(corpus_path), spell(query, listener)])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert listener.connections == 0


def test_kg_query_allow_service_opts_in(cli, corpus_path, listener):
    before = listener.connections
    query = f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(cli, ["query", str(corpus_path), query, "--allow-service", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["bindings"] == [{}]   # SILENT: the failure is an empty row
    assert listener.connections == before + 1
