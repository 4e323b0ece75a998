"""`kg push SHARDS --endpoint URL`: the PUTs of a one-machine graph's push, one shard at a time;
a real Oxigraph server keeps its own data; servers that refuse, hang or hang up end in one line.

Every server here listens on 127.0.0.1 and every request has a timeout of a few seconds.
"""
from __future__ import annotations

import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest

from tests.distributed.conftest import kg
from tests.distributed.test_cli_errors import one_line_error, shards  # noqa: F401 - the hand-written shard fixture
from tests.serve.conftest import free_port, oxigraph, request, select  # noqa: F401 - Oxigraph's server fixture

REST = "https://example.org/kg-rest"
THEIRS = "https://example.org/theirs"
THEIR_DATA = b'<https://example.org/a> <https://example.org/says> "kept" .\n'


class GraphStore(ThreadingHTTPServer):
    """A Graph Store Protocol endpoint that records every PUT as {graph IRI: set of triples};
    `answer` decides what it does with the n-th PUT (1-based): "ok", "refuse", "hang", "hang up"."""

    daemon_threads = True

    def __init__(self, answer=lambda n: "ok"):
        super().__init__(("127.0.0.1", 0), GraphStoreHandler)
        self.answer, self.puts, self.requests = answer, {}, 0
        self.release = threading.Event()   # lets a hanging answer go when the test ends
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/store"

    def close(self) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()


class GraphStoreHandler(BaseHTTPRequestHandler):
    def do_PUT(self):  # noqa: N802 - http.server's naming
        store = self.server
        store.requests += 1
        body = self.rfile.read(int(self.headers["Content-Length"]))
        answer = store.answer(store.requests)
        if answer == "hang":
            store.release.wait(30)
            return
        if answer == "hang up":
            self.connection.close()
            return
        if answer == "refuse":
            self.send_error(500, "disk full\nsecond line")
            return
        [graph] = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"]
        assert self.headers["Content-Type"] == "application/n-triples"
        store.puts[graph] = set(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def graph_store():
    stores = []

    def start(answer=lambda n: "ok"):
        stores.append(GraphStore(answer))
        return stores[-1]

    yield start
    for store in stores:
        store.close()


def test_pushing_the_shards_puts_what_pushing_the_one_machine_graph_puts(built, one_machine, graph_store):
    out, _ = built
    from_shards, from_graph = graph_store(), graph_store()
    result = kg("push", out / "shards", "--endpoint", from_shards.url, "--graph", REST, "--timeout", 5)
    assert result.exit_code == 0, result.output
    assert kg("push", one_machine / "graph.trig", "--endpoint", from_graph.url, "--graph", REST).exit_code == 0
    assert len(from_shards.puts) >= 28 and from_shards.puts == from_graph.puts
    sent = sum(len(triples) for triples in from_shards.puts.values())
    assert result.stdout.endswith(f"pushed {sent} triples in {len(from_shards.puts)} graphs to {from_shards.url}\n")


def test_a_dry_run_of_the_shards_lists_the_graphs_and_sends_nothing(built, graph_store):
    out, _ = built
    store = graph_store()
    result = kg("push", out / "shards", "--endpoint", store.url, "--dry-run")
    assert result.exit_code == 0 and store.requests == 0, result.output
    lines = result.stdout.splitlines()
    assert all(line.startswith("would put ") for line in lines[:-1]) and len(lines) >= 29
    assert lines[-1].startswith("would push ")


def test_the_shards_land_in_a_real_oxigraph_server_beside_its_own_data(built, oxigraph):  # noqa: F811
    out, _ = built
    for target in ("/store?default", "/store?" + urllib.parse.urlencode({"graph": THEIRS})):
        assert request(oxigraph, target, data=THEIR_DATA, method="PUT",
                       headers={"Content-Type": "application/n-triples"})[0] in (200, 201, 204)
    for _ in range(2):   # PUT replaces: twice is once
        result = kg("push", out / "shards", "--endpoint", f"{oxigraph}/store", "--timeout", 10)
        assert result.exit_code == 0, result.output
    graphs = {row["g"]["value"] for row in select(oxigraph, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")}
    pushed = {line.split("<", 1)[1].rstrip(">") for line in result.stdout.splitlines() if line.startswith("put ")}
    assert graphs == pushed | {THEIRS}
    count = "SELECT (COUNT(*) AS ?n) {{ {} }}"
    assert select(oxigraph, count.format("?s ?p ?o"))[0]["n"]["value"] == "1"                 # their default graph
    assert select(oxigraph, count.format(f"GRAPH <{THEIRS}> {{ ?s ?p ?o }}"))[0]["n"]["value"] == "1"


@pytest.mark.parametrize("answer, words", [
    (lambda n: "refuse", ["refused graph", "HTTP 500"]),
    (lambda n: "hang up", ["cannot reach"]),
    (lambda n: "hang", ["cannot reach", "timed out"]),
])
def test_a_server_that_refuses_hangs_up_or_hangs_is_a_one_line_error(shards, graph_store, answer, words):  # noqa: F811
    store = graph_store(answer)
    started = time.monotonic()
    result = kg("push", shards, "--endpoint", store.url, "--timeout", 1)
    assert time.monotonic() - started < 15
    one_line_error(result, 1, *words)


@pytest.mark.parametrize("endpoint, words", [
    ("not a url", ["is not an http(s) URL"]),
    ("ftp://127.0.0.1/store", ["is not an http(s) URL"]),
    ("http://127.0.0.1:{port}/store", ["cannot reach http://127.0.0.1:"]),
])
def test_a_bad_or_dead_endpoint_is_a_one_line_error(shards, endpoint, words):  # noqa: F811
    one_line_error(kg("push", shards, "--endpoint", endpoint.format(port=free_port()), "--timeout", 2), 1, *words)


def test_the_graph_for_leftovers_must_be_an_iri_and_nothing_is_sent_before_it_is_checked(shards, graph_store):  # noqa: F811
    store = graph_store()
    one_line_error(kg("push", shards, "--endpoint", store.url, "--graph", "no iri"), 1, "is not an IRI")
    assert store.requests == 0


def test_a_hand_written_shard_puts_its_article_with_the_descriptions_it_mentions(shards, graph_store):  # noqa: F811
    store = graph_store()
    result = kg("push", shards, "--endpoint", store.url, "--graph", REST)
    assert result.exit_code == 0, result.output
    [(graph, triples)] = store.puts.items()
    labels = {triple.object.value for triple in triples if triple.predicate.value.endswith("prefLabel")}
    assert graph.endswith("0123456789abcdef") and "Казахстан" in labels and REST not in store.puts


@pytest.mark.parametrize("damage, words", [
    (lambda f: (f / "shards" / "r-00000.nq").unlink(), ["r-00000.nq", "shard file missing"]),
    (lambda f: (f / "shards" / "r-00000.nq").write_text("<a> <b> .\n"), ["r-00000.nq", "not valid N-Quads"]),
    (lambda f: (f / "manifest.jsonl").write_text("{}\n"), ["manifest.jsonl:1"]),
])
def test_a_damaged_shard_folder_is_a_one_line_error_and_nothing_is_sent(shards, graph_store, damage, words):  # noqa: F811
    store = graph_store()
    damage(shards)
    one_line_error(kg("push", shards, "--endpoint", store.url), 1, *words)
    assert store.requests == 0
