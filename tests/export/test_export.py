"""kg export: every RDF format parses back into the same graph; network formats keep the facts."""
import csv

import networkx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export import export, names
from kg.rdfio import load_file, to_rdflib
from kg.store import Store

QUAD_FORMATS = {"trig": "trig", "nquads": "nquads", "json-ld": "json-ld"}
TRIPLE_FORMATS = {"turtle": "turtle", "nt": "nt", "xml": "xml"}
FACT_EDGES = {("Q232", "Q485", "kg:chairs"), ("Q232", "Q485", "kg:memberOf"),
              ("Q485", "declaration_astaninskaya-deklaratsiya", "kg:adopts"),
              ("Q57305", "summit_sammit-shos-v-astane", "kg:chairs"),
              ("Q57305", "group_sekretari-sovetov-bezopasnosti-shos", "kg:meetsWith")}


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def short(iri: str) -> str:
    return iri.rpartition("/")[2]


def graphs(dataset: Dataset) -> list[str]:
    return sorted(str(c.identifier) for c in dataset.graphs() if len(c))


@pytest.fixture(params=["file", "store"])
def database(request, corpus_path, store_dir):
    """The corpus as a file loaded in memory, and as the on-disk store (read-only)."""
    if request.param == "file":
        yield load_file(corpus_path)
        return
    with Store.open(store_dir, read_only=True) as store:
        yield store.oxigraph


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_quad_formats_round_trip(tmp_path, database, fmt):
    path = tmp_path / f"out.{fmt}"
    export(database, fmt, path)
    back, source = Dataset(), to_rdflib(database)
    back.parse(path, format=QUAD_FORMATS[fmt])
    assert graphs(back) == graphs(source)
    assert {f"https://w3id.org/kg/article/{a}" for a in ("59db0caa3494ba20", "7f3e21c0d9a4b811")} <= set(graphs(back))
    assert len(list(back.quads())) == len(list(source.quads())) == len(database)
    assert isomorphic(union(back), union(source))


@pytest.mark.parametrize("fmt", sorted(TRIPLE_FORMATS))
def test_triple_formats_round_trip(tmp_path, database, fmt):
    path = tmp_path / f"out.{fmt}"
    export(database, fmt, path)
    back = Graph().parse(path, format=TRIPLE_FORMATS[fmt])
    assert isomorphic(back, union(to_rdflib(database)))


def test_jsonld_has_inline_context(tmp_path, corpus_path):
    path = tmp_path / "out.jsonld"
    export(load_file(corpus_path), "json-ld", path)
    text = path.read_text(encoding="utf-8")
    assert '"kg": "https://w3id.org/kg/ontology#"' in text and "http" not in text.split('"@context"')[0]


@pytest.mark.parametrize("fmt, reader", [("graphml", networkx.read_graphml), ("gexf", networkx.read_gexf)])
def test_network_formats_keep_facts_and_labels(tmp_path, corpus_path, fmt, reader):
    path = tmp_path / f"out.{fmt}"
    export(load_file(corpus_path), fmt, path)
    network = reader(path)
    edges = {(short(s), short(o), data["predicate"]) for s, o, data in network.edges(data=True)}
    assert edges == FACT_EDGES
    node = network.nodes["https://w3id.org/kg/id/Q57305"]
    assert node["label"] == "Касым-Жомарт Токаев"
    assert node.get("type", node.get("kg_type")) == "kg:Person"


def test_neo4j_csv(tmp_path, corpus_path):
    written = export(load_file(corpus_path), "neo4j", tmp_path / "neo4j")
    nodes, relationships = (list(csv.DictReader(path.open(encoding="utf-8"))) for path in written)
    assert {row[":LABEL"] for row in nodes} >= {"Person", "Country", "IntergovernmentalOrganization"}
    assert {(short(r[":START_ID"]), short(r[":END_ID"]), "kg:" + r[":TYPE"]) for r in relationships} == FACT_EDGES
    assert {r[":START_ID"] for r in relationships} <= {row["id:ID"] for row in nodes}


def test_tsv_is_the_facts_table(tmp_path, corpus_path):
    path = tmp_path / "facts.tsv"
    export(load_file(corpus_path), "tsv", path)
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    assert {(short(r["subject"]), short(r["object"]), r["predicate"]) for r in rows} == FACT_EDGES


@pytest.mark.parametrize("fmt", ["trig", "gexf", "neo4j"])
def test_export_command(cli, tmp_path, store_dir, fmt):
    output = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(cli, ["export", str(store_dir), "--format", fmt, "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote ") and output.exists()


def test_every_format_is_registered():
    assert names() == sorted(["trig", "nquads", "json-ld", "turtle", "nt", "xml", "graphml", "gexf", "neo4j", "tsv"])
