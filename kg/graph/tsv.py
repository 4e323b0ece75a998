"""facts.tsv: one row per statement node, readable without an RDF tool.

Read from the built RDF itself (not from the records it came from), so `kg build` and
`kg export --format tsv` of a store or file write the same table for the same graph. The graph
may be rdflib's (a Graph, or a Dataset read as the union of its graphs) or pyoxigraph quads (an
Oxigraph store, or `KnowledgeGraph.quads`): both are read into one plain index of the union's
triples (terms as tuples), so neither library's term types decide the table, and Oxigraph's
quads need no rdflib graph built from them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal
from rdflib.namespace import PROV, RDF, SKOS, XSD

from kg.vocab import curie
from kg.vocab.rdf import KG, SCHEMA

COLUMNS = ("subject", "subject_label", "subject_type", "predicate", "object", "object_label",
           "object_type", "confidence", "article", "sentence")
# what a statement node must carry to be a row
REQUIRED = {"subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
            "confidence": KG.confidence, "sentence": KG.sentence, "article": PROV.wasDerivedFrom}

_WHITESPACE = re.compile(r"[\t\r\n]+")   # a TSV cell may not contain tabs or line breaks

# A term of the index: ("iri", iri), ("blank", id) or ("literal", lexical, language, datatype IRI),
# the datatype None for a plain or language-tagged string (rdflib leaves it unset, Oxigraph says
# xsd:string or rdf:langString: the table must not depend on which).
Term = tuple
Index = dict[Term, dict[str, list[Term]]]   # subject → predicate IRI → objects
INDEXED = {str(RDF.type), str(SKOS.prefLabel), str(SCHEMA.inLanguage), *map(str, REQUIRED.values())}
_PLAIN = {str(XSD.string), "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


def facts_rows(source: Graph | Iterable[ox.Quad]) -> list[dict[str, str]]:
    """Rows of facts.tsv (dicts keyed by COLUMNS), sorted by article, subject, predicate, object."""
    index = index_of(source)
    return labelled_rows(statements(index), index)


class Statement(NamedTuple):
    """A statement node that makes a row: its sort key, its REQUIRED values and its article's
    language; the labels and types of its subject and object are looked up apart (`labelled_rows`)."""

    order: tuple
    hit: dict[str, Term]
    lang: str


def statements(index: Index) -> list[Statement]:
    """The statement nodes of `index` that make rows, unsorted. All that a row reads of a
    statement node and its article is in the article's own named graph, so `kg build` reads each
    article's graph alone as it arrives; subject and object are described in the default graph."""
    found = []
    for node in _facts(index):
        hit = _required(index, node)
        if hit:
            language = _value(index, hit["article"], str(SCHEMA.inLanguage))
            order = (hit["article"][1], hit["subject"][1], hit["predicate"][1], hit["object"][1], node[1])
            found.append(Statement(order, hit, language[1] if language else ""))
    return found


def labelled_rows(found: Iterable[Statement], index: Index) -> list[dict[str, str]]:
    """The rows of `found`, sorted, with subject and object labels and types read from `index`."""
    rows = []
    for _, hit, lang in sorted(found, key=lambda statement: statement.order):
        rows.append({
            "subject": hit["subject"][1], "subject_label": label(index, hit["subject"], lang),
            "subject_type": type_curie(index, hit["subject"]), "predicate": curie(hit["predicate"][1]),
            "object": hit["object"][1], "object_label": label(index, hit["object"], lang),
            "object_type": type_curie(index, hit["object"]), "confidence": hit["confidence"][1],
            "article": hit["article"][1], "sentence": hit["sentence"][1],
        })
    return rows


def index_of(source: Graph | Iterable[ox.Quad]) -> Index:
    """The union's triples that a row reads (INDEXED), each once, by subject and predicate."""
    if isinstance(source, Graph):   # a Dataset iterates its default graph only: its quads are the union
        triples = source.quads((None, None, None, None)) if isinstance(source, Dataset) else source
        plain = {(rdflib_term(s), str(p), rdflib_term(o)) for s, p, o, *_ in triples if str(p) in INDEXED}
    else:
        plain = {(_ox_term(q.subject), q.predicate.value, _ox_term(q.object)) for q in source
                 if q.predicate.value in INDEXED}
    index: Index = defaultdict(lambda: defaultdict(list))
    for subject, predicate, obj in plain:
        index[subject][predicate].append(obj)
    return index


def node_index(quads: Iterable[ox.Quad]) -> dict[str, list[Term]]:
    """`index_of(quads)` of quads that are all about one node, each quad once: that node's entry."""
    about: dict[str, list[Term]] = {}
    for quad in quads:
        predicate = quad.predicate.value
        if predicate in INDEXED:
            about.setdefault(predicate, []).append(_ox_term(quad.object))
    return about


def rdflib_term(term) -> Term:
    if isinstance(term, Literal):
        datatype = None if term.language or term.datatype is None else str(term.datatype)
        return "literal", str(term), term.language, None if datatype in _PLAIN else datatype
    return ("blank" if isinstance(term, BNode) else "iri"), str(term)


def _ox_term(term) -> Term:
    if isinstance(term, ox.Literal):
        datatype = None if term.language else term.datatype.value
        return "literal", term.value, term.language, None if datatype in _PLAIN else datatype
    return ("blank" if isinstance(term, ox.BlankNode) else "iri"), term.value


def _facts(index: Index) -> list[Term]:
    kind = ("iri", str(KG.Fact))
    return [node for node, about in index.items() if kind in about.get(str(RDF.type), ())]


def _required(index: Index, node: Term) -> dict[str, Term] | None:
    """{column: term} of a statement node that has all the REQUIRED values, else None."""
    hit = {name: _value(index, node, str(prop)) for name, prop in REQUIRED.items()}
    return hit if all(value is not None for value in hit.values()) else None


def _value(index: Index, node: Term, predicate: str) -> Term | None:
    found = index.get(node, {}).get(predicate)
    return found[0] if found else None


def label(index: Index, node: Term, lang: str) -> str:
    """The skos:prefLabel in `lang` if there is one, else the alphabetically first; "" for literals."""
    if node[0] == "literal":
        return ""
    labels = sorted(index.get(node, {}).get(str(SKOS.prefLabel), ()), key=lambda l: (l[2] != lang, l[1]))
    return labels[0][1] if labels else ""


def type_curie(index: Index, node: Term) -> str:
    """`kg:Person` for an entity, the datatype (`xsd:gYear`) for a literal."""
    if node[0] == "literal":
        return curie(node[3] or str(XSD.string))
    types = sorted(term[1] for term in index.get(node, {}).get(str(RDF.type), ()))
    return curie(types[0]) if types else ""


def format_tsv(rows: Iterable[dict[str, str]]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(_WHITESPACE.sub(" ", str(row[column])) for column in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def write_facts_tsv(source: Graph | Iterable[ox.Quad], path: str | Path) -> Path:
    """Write facts.tsv (UTF-8, header `subject<TAB>subject_label…`) and return its path."""
    return write_rows(facts_rows(source), path)


def write_rows(rows: Iterable[dict[str, str]], path: str | Path) -> Path:
    """Write rows made elsewhere (`labelled_rows`) as facts.tsv; return its path."""
    path = Path(path)
    path.write_text(format_tsv(rows), encoding="utf-8")
    return path
