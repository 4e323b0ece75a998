"""A networkx view of the facts: entities as nodes, direct kg triples as edges, no provenance."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.graph.union import merged_graph
from kg.vocab import curie
from kg.vocab.rdf import KG
from kg.graph.terms import ontology
from kg.graph.tsv import index_of, label, rdflib_term, type_curie

if TYPE_CHECKING:
    import networkx


def to_networkx(graph: Graph | Dataset, lang: str = "ru") -> networkx.MultiDiGraph:
    """Nodes: entity IRIs with `label`, `type`; edges: facts with `predicate` (CURIE), `label`, `sources`.

    Literal-valued facts (kg:foundedOn "2001"^^xsd:gYear) become node attributes keyed by CURIE.
    """
    import networkx   # half a second of imports, paid only by pictures and notebooks

    if isinstance(graph, Dataset):
        graph = merged_graph(graph)
    names = _property_labels(lang)
    index = index_of(graph)
    result = networkx.MultiDiGraph()
    for subject, predicate, obj in sorted(_fact_triples(graph)):
        for node in (subject, obj):
            if not isinstance(node, Literal) and node not in result:
                term = rdflib_term(node)
                result.add_node(str(node), label=label(index, term, lang), type=type_curie(index, term))
        if isinstance(obj, Literal):
            result.nodes[str(subject)][curie(predicate)] = str(obj)
            continue
        sources = _statement_count(graph, subject, predicate, obj)
        result.add_edge(str(subject), str(obj), key=curie(predicate), predicate=curie(predicate),
                        label=names.get(predicate, curie(predicate)), sources=sources)
    return result


def _fact_triples(graph: Graph):
    """Direct triples whose predicate is a kg property, i.e. the facts themselves."""
    for triple in graph:
        if triple[1].startswith(str(KG._NS)) and (triple[0], RDF.type, RDF.Statement) not in graph:
            yield triple


def _statement_count(graph: Graph, subject, predicate, obj) -> int:
    """How many statement nodes (readings in articles) back one direct triple."""
    return len(set(graph.subjects(RDF.subject, subject)) & set(graph.subjects(RDF.predicate, predicate))
               & set(graph.subjects(RDF.object, obj)))


def _property_labels(lang: str) -> dict:
    terms = ontology()
    return {term: str(value) for term, value in terms.subject_objects(RDFS.label)
            if value.language == lang}
