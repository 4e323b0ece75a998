"""kg.rdfio: one format table, one reader for stores and files, one writer for every output."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

import kg
from kg import rdfio
from kg.errors import KgError
from kg.export import export
from kg.query.render import render
from kg.query.runner import run
from kg.vocab import prefixes

from graph_fixtures import load_article_facts

PREFIX_LINE = re.compile(r"^@prefix (\w*): <([^>]*)> \.$", re.M)


@pytest.fixture(scope="module")
def knowledge():
    """A built graph of the demo article's hand-made facts (no NLP needed)."""
    return kg.KnowledgeGraph(results=[load_article_facts()])


def declared(text: str) -> dict[str, str]:
    return dict(PREFIX_LINE.findall(text))


def test_build_export_and_construct_results_declare_the_same_prefixes(knowledge, tmp_path, store_dir):
    written = [knowledge.serialize(tmp_path / "graph.ttl", "turtle"), knowledge.serialize(tmp_path / "graph.trig", "trig")]
    with rdfio.open_graph(written[1]) as database:
        written += export(database, "turtle", tmp_path / "again.ttl")
    with rdfio.open_graph(store_dir) as database:
        written += export(database, "trig", tmp_path / "store.trig")
        construct = render(run(database, "CONSTRUCT { ?s ?p ?o } WHERE { ?s kg:chairs ?o . BIND(kg:chairs AS ?p) }"),
                           "turtle")
    outputs = [path.read_text(encoding="utf-8") for path in written] + [construct.decode("utf-8")]
    assert all(declared(text) == prefixes() for text in outputs)


def test_jsonld_keeps_one_graph_per_article_in_the_api_and_in_kg_export(knowledge, tmp_path):
    from_api = knowledge.serialize(tmp_path / "api.jsonld", "json-ld")
    with rdfio.open_graph(tmp_path / "api.jsonld") as database:
        from_export = export(database, "json-ld", tmp_path / "export.jsonld")[0]
    for path in (from_api, from_export):
        dataset = Dataset()
        dataset.parse(path, format="json-ld")
        assert "https://w3id.org/kg/article/sco-security-council-2024-04-03" in {str(g.identifier) for g in dataset.graphs()}


def test_trig_writes_each_graph_once(knowledge, tmp_path):
    text = knowledge.serialize(tmp_path / "graph.trig", "trig").read_text(encoding="utf-8")
    opened = re.findall(r"^(\S+) \{$", text, re.M)
    assert opened and len(opened) == len(set(opened))


@pytest.mark.parametrize("name, expected", [
    ("graph.ttl", "turtle"), ("graph.TRIG", "trig"), ("graph.nq", "nquads"), ("graph.jsonld", "json-ld"),
    ("graph.json", "json-ld"), ("graph.owl", "xml"), ("graph.n3", "n3"),
])
def test_formats_are_known_by_extension(name, expected):
    assert rdfio.by_extension(Path(name)).name == expected


@pytest.mark.parametrize("call, message", [
    (lambda: rdfio.by_extension(Path("graph.txt")), "unknown RDF file extension"),
    (lambda: rdfio.by_name("n3"), "unknown RDF format 'n3'"),   # read only
    (lambda: rdfio.by_name("ttl"), "use one of: turtle, nt, xml, trig, nquads, json-ld"),
])
def test_unknown_formats_are_one_line_errors(call, message):
    with pytest.raises(KgError, match=re.escape(message)):
        call()


def test_a_plain_directory_is_no_graph(tmp_path):
    with pytest.raises(KgError, match="is not a kg store"):
        with rdfio.open_graph(tmp_path):
            pass


def _pieces(quads, prepare=False):
    """`quads` added to an Ordered in pieces of 37 after a first 40 (the first 40 come again, and
    most graphs arrive in two pieces); with `prepare`, graphs are written to TriG between pieces."""
    ordered = rdfio.Ordered(quads[:40])
    for start in range(0, len(quads), 37):
        if prepare:
            ordered.prepare_trig()
        ordered.add(quads[start:start + 37])
    return ordered


def _extended(quads, prepare=False):
    """Two Ordered of the quads' two halves (a graph split between them), the second added to the first."""
    first, second = rdfio.Ordered(quads[:len(quads) // 2]), rdfio.Ordered(quads[len(quads) // 2 - 5:])
    if prepare:
        first.prepare_trig(), second.prepare_trig()
    first.extend(second)
    return first


def _known(quads, prepare=False):
    """Keys taken from an Ordered that holds the quads and more (kg.article_graphs.Assembly's descriptions)."""
    stale = ox.Quad(ox.NamedNode("urn:x:stale"), ox.NamedNode("urn:x:p"), ox.Literal("old description"))
    known = rdfio.Ordered([stale, *reversed(quads)])
    ordered = rdfio.Ordered()
    ordered.add(quads[:len(quads) // 2], known=known)
    if prepare:
        ordered.prepare_trig()
    ordered.add(quads[len(quads) // 2:], known=known)
    return ordered


@pytest.fixture(scope="module")
def three_articles():
    """Quads of three articles' named graphs and the default graph, shuffled across graphs."""
    quads = kg.KnowledgeGraph(results=[load_article_facts(name) for name in "abc"]).quads
    return quads[::3] + quads[1::3] + quads[2::3]


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "nt", "xml", "json-ld"])
@pytest.mark.parametrize("assemble", [_pieces, _extended, _known])
@pytest.mark.parametrize("prepare", [False, True], ids=["", "trig-prepared"])
def test_quads_ordered_as_they_arrive_are_written_as_the_same_list(three_articles, fmt, assemble, prepare):
    """kg build gives the article graphs' quads their written order (rdfio.Ordered) piece by piece
    as they arrive, some quads more than once, and writes each graph's TriG as soon as it is in
    (`prepare_trig`): whatever the pieces, the file is the one the whole list gives."""
    quads = three_articles
    assert len(quads) > 100
    ordered = assemble(quads, prepare)
    assert ordered.quads() == list(dict.fromkeys(quads))   # JSON-LD (through rdflib) keeps this order
    assert rdfio.serialized(ordered, fmt) == rdfio.serialized(quads, fmt)

@pytest.mark.parametrize("place, name", [(1, "graph"), (2, "subject"), (3, "predicate"), (4, "object")])
def test_the_quads_of_one_piece_share_each_terms_text(three_articles, place, name):
    """An Ordered keeps a sort key per quad until the files are written (kg build: every quad of
    the corpus): a term's text is made once per piece added and shared by the keys that hold it,
    not one string per place it is in (300 NEREL texts: ~25 MB less)."""
    ordered = rdfio.Ordered(three_articles)
    texts = [key[place] for key in ordered._keys.values()]
    assert len(texts) > len(set(texts))   # the quads repeat this term
    assert len({id(text) for text in texts}) == len(set(texts))


@pytest.mark.parametrize("fmt", ["turtle", "nt", "xml"])
def test_triples_are_made_only_while_a_triple_format_is_written(three_articles, fmt):
    """The union's triples are kept as their first quads: their ox.Triple objects live only
    while a triple format is written, and the file is the one the list of quads gives."""
    ordered = rdfio.Ordered(three_articles)
    assert not any(isinstance(held, ox.Triple) for held in ordered._triples.values())
    assert rdfio.serialized(ordered, fmt) == rdfio.serialized(three_articles, fmt)
