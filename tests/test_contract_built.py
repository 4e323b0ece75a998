"""Contract tests: graph, store, query, export and viz on what `kg.build` really writes (the session
corpus `built`: the demo article and two short articles), not on hand-written fixtures. The hand
fixtures that remain (tests/data/store/corpus.trig, tests/data/graph/sco-facts.yaml) are checked
against the same contract: only extractor names and entity-key shapes the pipeline writes."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from kg import graph
from kg.ingest.chars import normalize
from kg.export import export
from kg.export import registry as exporters
from kg.extract import registry as extractors
from kg.query import named
from kg.rdfio import load_file
from kg.store import Store, add_results
from kg.types import Entity
from kg.vocab.rdf import KG



REPO = Path(__file__).resolve().parent.parent
ENTITY_IRI = re.compile(r"https://w3id\.org/kg/id/(Q\d+|[a-z]+(/[a-z0-9-]+)+)$")   # events: event/<article>/<slug>
KAZAKHSTAN, TOKAYEV = "Казахстан", "Касым-Жомарт Токаев"


def labels(solutions, column: str) -> set[str]:
    return {row[column].value for row in solutions if row[column] is not None}


def article_of(built, title_start: str):
    [result] = [r for r in built.results if r.article.title.startswith(title_start)]
    return result


# --- graph -----------------------------------------------------------------------------------

def test_built_graph_conforms_to_the_shapes(built):
    built.validate()


def test_every_fact_is_one_statement_node_with_a_registered_extractor(built):
    nodes = list(built.graph.subjects(RDF.type, KG.Fact))
    assert len(nodes) == built.fact_count > 30
    used = {str(built.graph.value(node, KG.extractor)) for node in nodes}
    assert used <= set(extractors.names()) and {"predicates", "titles", "documents"} <= used


def test_entity_iris_are_qids_or_typed_slugs(built):
    keys = {entity.key for result in built.results for entity in result.entities}
    iris = {str(s) for s in built.graph.subjects(RDF.type, None) if "/kg/id/" in str(s)}
    assert iris and all(ENTITY_IRI.match(iri) for iri in iris), sorted(i for i in iris if not ENTITY_IRI.match(i))
    assert {iri.rpartition("/kg/id/")[2] for iri in iris} <= keys


def test_one_entity_shared_by_two_articles_is_one_node(built):
    """Kazakhstan is in the demo and the CSTO article: one key, one node, facts from both."""
    keys = {entity.key for result in built.results for entity in result.entities if entity.label == KAZAKHSTAN}
    assert keys == {"Q232"}
    articles = {str(built.graph.value(node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
                for node in built.graph.subjects(RDF.subject, URIRef("https://w3id.org/kg/id/Q232"))}
    assert len(articles) == 2


def test_facts_table_has_one_row_per_fact_with_its_sentence(built):
    rows = graph.facts_rows(built.dataset)
    assert len(rows) == built.fact_count
    texts = {r.article.text for r in built.results}
    assert all(row["subject_label"] and any(row["sentence"] in text for text in texts) for row in rows)


# --- store -----------------------------------------------------------------------------------

@pytest.fixture
def real_store(built, tmp_path):
    add_results(tmp_path / "store", built.quads)
    return tmp_path / "store"


def test_store_holds_every_quad_and_a_second_add_changes_nothing(built, real_store):
    with Store.open(real_store) as store:
        stored = {_triple(q) for q in store.oxigraph}
        assert {_triple(q) for q in built.quads} <= stored
        report = store.add(built.quads)
    assert (len(report.added), len(report.replaced), len(report.unchanged)) == (0, 0, 3)


def _triple(quad: ox.Quad) -> tuple:
    """The quad's triple; a literal by its datatype only (Oxigraph writes 0.9 as 0.900)."""
    obj = quad.object.datatype if isinstance(quad.object, ox.Literal) else quad.object
    return quad.subject, quad.predicate, obj


def test_removing_an_article_keeps_entities_other_articles_describe(built, real_store):
    iran = article_of(built, "Иран стал")
    with Store.open(real_store) as store:
        assert store.remove(iran.article.id)
        remaining = {row["s"].value for row in store.oxigraph.query(
            "SELECT DISTINCT ?s WHERE { ?s ?p ?o }", use_default_graph_as_union=True)}
    only_iran = {e.key for e in iran.entities} - {e.key for r in built.results if r is not iran for e in r.entities}
    assert "person/masud-pezeshkian" in only_iran
    assert not {f"https://w3id.org/kg/id/{key}" for key in only_iran} & remaining
    assert "https://w3id.org/kg/id/Q232" in remaining


# --- query -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def database(built_trig):
    return load_file(built_trig)


@pytest.mark.parametrize("name, params, column, expected", [
    ("chairs", {"chair": KAZAKHSTAN}, "chairedLabel",
     {"Шанхайская организация сотрудничества", "Организация Договора о коллективной безопасности"}),
    ("meetings", {"person": "Масуд Пезешкиан"}, "metLabel", {"Си Цзиньпин"}),
    ("meetings", {"person": TOKAYEV}, "metLabel",
     {"секретари советов безопасности государств – членов Шанхайской организации сотрудничества"}),
    ("members", {"organization": "Шанхайская организация сотрудничества"}, "memberLabel", {"Иран"}),
])
def test_named_queries_on_the_built_corpus(database, name, params, column, expected):
    assert labels(named.run_named(database, named.load(name), params), column) == expected


def test_provenance_points_into_the_article_text(built, database):
    """Offsets index the original file (whitespace as written), the sentence the cleaned text; a
    fact read from a title line (csto.txt, followed by a dateline ingest drops) included; the
    evidence reads as the cleaned text once spaces and homoglyphs are normalized (the demo's
    «cоветов» with a Latin c)."""
    articles = {f"https://w3id.org/kg/article/{r.article.id}": r.article for r in built.results}
    rows = list(named.run_named(database, named.load("provenance"), {}))
    assert len(rows) == built.fact_count
    wrong = set()
    for row in rows:
        article, sentence = articles[row["article"].value], row["sentence"].value
        start, end = int(row["start"].value), int(row["end"].value)
        assert sentence in article.text
        if " ".join(normalize(article.original[start:end]).split()) not in sentence:
            wrong.add(row["fact"].value)
        if sentence != sentence.strip() or start >= end:
            wrong.add(row["fact"].value)
    assert not wrong, [(r["fact"].value, r["sentence"].value, r["start"].value, r["end"].value) for r in rows if r["fact"].value in wrong]


# --- export ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_quad_exports_keep_every_article_graph(built, database, tmp_path, fmt):
    [path] = export(database, fmt, tmp_path / f"out.{fmt}")
    back = Dataset()
    back.parse(path, format={"trig": "trig", "nquads": "nquads", "json-ld": "json-ld"}[fmt])
    assert len(list(back.quads())) == len(database)
    graphs = {str(g.identifier) for g in back.graphs()}
    assert {f"https://w3id.org/kg/article/{r.article.id}" for r in built.results} <= graphs


@pytest.mark.parametrize("fmt", sorted(set(exporters.names()) - {"trig", "nquads", "json-ld"}))
def test_every_other_export_writes_the_built_facts(database, tmp_path, fmt):
    written = export(database, fmt, tmp_path / f"out.{fmt}")
    content = "".join(path.read_text(encoding="utf-8") for path in written)
    assert KAZAKHSTAN in content or "Q232" in content


# --- viz -------------------------------------------------------------------------------------

def test_picture_of_the_built_graph_shows_its_labels(built, tmp_path):
    page = built.draw(tmp_path / "kazakhstan.html", focus=KAZAKHSTAN).read_text(encoding="utf-8")
    assert KAZAKHSTAN in page and "Шанхайская организация сотрудничества" in page


# --- hand fixtures: the same contract --------------------------------------------------------

def _trig_extractors() -> set[str]:
    dataset = Dataset()
    dataset.parse(REPO / "tests" / "data" / "store" / "corpus.trig", format="trig")
    return {str(o) for _, _, o, _ in dataset.quads((None, KG.extractor, None, None))}


def _yaml_extractors() -> set[str]:
    spec = yaml.safe_load((REPO / "tests" / "data" / "graph" / "sco-facts.yaml").read_text(encoding="utf-8"))
    return {fact["extractor"] for fact in spec["facts"]}


@pytest.mark.parametrize("read", [_trig_extractors, _yaml_extractors], ids=["corpus.trig", "sco-facts.yaml"])
def test_hand_fixtures_name_only_registered_extractors(read):
    assert read() <= set(extractors.names())
