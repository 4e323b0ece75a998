"""kg push against a real writable Oxigraph server that already holds data of its own."""
import pytest
from click.testing import CliRunner

from tests.serve.conftest import free_port, request, select

ARTICLES = ["https://w3id.org/kg/article/59db0caa3494ba20", "https://w3id.org/kg/article/7f3e21c0d9a4b811"]
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
THEIRS = "https://example.org/theirs"
THEIR_DATA = (b"<https://example.org/a> <https://example.org/says> \"kept\" .\n"
              b"<https://example.org/b> <https://example.org/says> \"kept too\" .\n")
DEFAULT_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"   # Oxigraph: the default graph alone


@pytest.fixture
def shared(oxigraph):
    """The endpoint with two triples in its default graph and one named graph of someone else's."""
    for target in ("/store?default", "/store?" + f"graph={THEIRS}"):
        status, _, body = request(oxigraph, target, data=THEIR_DATA, method="PUT",
                                  headers={"Content-Type": "application/n-triples"})
        assert status in (200, 201, 204), body
    return oxigraph


def count(base: str, query: str) -> int:
    return int(select(base, query)[0]["n"]["value"])


@pytest.mark.parametrize("graph_kind", ["store", "file"])
def test_push_writes_only_its_article_graphs(cli, shared, store_dir, corpus_path, graph_kind):
    target = store_dir if graph_kind == "store" else corpus_path
    for _ in range(2):   # PUT replaces: pushing twice must not duplicate anything
        result = CliRunner().invoke(cli, ["push", str(target), "--endpoint", f"{shared}/store"])
        assert result.exit_code == 0, result.output
    assert [row["g"]["value"] for row in select(shared, GRAPHS)] == sorted(ARTICLES + [THEIRS])
    assert count(shared, DEFAULT_COUNT) == 2                                    # their default graph
    assert count(shared, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{THEIRS}> {{ ?s ?p ?o }} }}") == 2
    facts = count(shared, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/kg/ontology#Fact> } }")
    assert facts == 5
    sent = sum(int(line.split()[1]) for line in result.output.splitlines() if line.startswith("put "))
    stored = count(shared, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{THEIRS}>) }}")
    assert sent == stored and f"pushed {sent} triples in" in result.output


def test_a_graph_file_goes_to_one_named_graph(cli, shared, tmp_path, corpus_path):
    merged = tmp_path / "graph.ttl"
    assert CliRunner().invoke(cli, ["export", str(corpus_path), "--format", "turtle", "-o", str(merged)]).exit_code == 0
    result = CliRunner().invoke(cli, ["push", str(merged), "--endpoint", f"{shared}/store"])
    assert result.exit_code == 0, result.output
    home = "https://w3id.org/kg/graph/graph"
    triples = count(shared, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{home}> {{ ?s ?p ?o }} }}")
    assert triples > 0 and result.output.endswith(f"pushed {triples} triples in 1 graphs to {shared}/store\n")
    assert count(shared, DEFAULT_COUNT) == 2
    named = CliRunner().invoke(cli, ["push", str(merged), "--endpoint", f"{shared}/store",
                                     "--graph", "https://example.org/mine"])
    assert named.exit_code == 0
    assert count(shared, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/mine> { ?s ?p ?o } }") == triples


def test_dry_run_lists_and_sends_nothing(cli, shared, corpus_path):
    result = CliRunner().invoke(cli, ["push", str(corpus_path), "--endpoint", f"{shared}/store", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert [line.split()[-1] for line in result.output.splitlines()[:2]] == [f"<{a}>" for a in ARTICLES]
    assert "would push" in result.output
    assert [row["g"]["value"] for row in select(shared, GRAPHS)] == [THEIRS]   # nothing new


@pytest.mark.parametrize("args, message", [
    (["--endpoint", "http://127.0.0.1:{port}/store", "--timeout", "5"], "Error: cannot reach http://127.0.0.1:"),
    (["--endpoint", "not a url"], "Error: --endpoint 'not a url' is not an http(s) URL"),
    (["--endpoint", "http://127.0.0.1:{port}/store", "--graph", "no iri"], "Error: --graph 'no iri' is not an IRI"),
])
def test_push_errors_are_one_line(cli, corpus_path, args, message):
    args = [arg.format(port=free_port()) for arg in args]
    result = CliRunner().invoke(cli, ["push", str(corpus_path), *args])
    assert result.exit_code == 1 and result.output.startswith(message) and result.output.count("\n") == 1
