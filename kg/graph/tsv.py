"""facts.tsv: one row per statement node, readable without an RDF tool.

Read from the built RDF itself (not from the records it came from), so `kg build` and
`kg export --format tsv` of a store or file write the same table for the same graph.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import PROV, RDF, SKOS, XSD

from kg.graph.union import union_view
from kg.vocab import curie
from kg.vocab.rdf import KG, SCHEMA

COLUMNS = ("subject", "subject_label", "subject_type", "predicate", "object", "object_label",
           "object_type", "confidence", "article", "sentence")
# what a statement node must carry to be a row
REQUIRED = {"subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
            "confidence": KG.confidence, "sentence": KG.sentence, "article": PROV.wasDerivedFrom}

_WHITESPACE = re.compile(r"[\t\r\n]+")   # a TSV cell may not contain tabs or line breaks


def facts_rows(source: Dataset | Graph) -> list[dict[str, str]]:
    """Rows of facts.tsv (dicts keyed by COLUMNS), sorted by article, subject, predicate, object."""
    graph = union_view(source) if isinstance(source, Dataset) else source
    rows = []
    for fact, hit in sorted(_statements(graph), key=lambda f: (f[1]["article"], f[1]["subject"], f[1]["predicate"],
                                                                 str(f[1]["object"]), f[0])):
        lang = str(graph.value(hit["article"], SCHEMA.inLanguage) or "")
        rows.append({
            "subject": str(hit["subject"]), "subject_label": label(graph, hit["subject"], lang),
            "subject_type": type_curie(graph, hit["subject"]), "predicate": curie(hit["predicate"]),
            "object": str(hit["object"]), "object_label": label(graph, hit["object"], lang),
            "object_type": type_curie(graph, hit["object"]), "confidence": str(hit["confidence"]),
            "article": str(hit["article"]), "sentence": str(hit["sentence"]),
        })
    return rows


def _statements(graph: Graph) -> Iterator[tuple]:
    """(fact node, {column: term}) of every kg:Fact that has all the REQUIRED values."""
    for fact in graph.subjects(RDF.type, KG.Fact):
        hit = {name: graph.value(fact, prop) for name, prop in REQUIRED.items()}
        if all(value is not None for value in hit.values()):
            yield fact, hit


def label(graph: Graph, node, lang: str) -> str:
    """The skos:prefLabel in `lang` if there is one, else the alphabetically first; "" for literals."""
    if isinstance(node, Literal):
        return ""
    labels = sorted(graph.objects(node, SKOS.prefLabel), key=lambda l: (l.language != lang, str(l)))
    return str(labels[0]) if labels else ""


def type_curie(graph: Graph, node) -> str:
    """`kg:Person` for an entity, the datatype (`xsd:gYear`) for a literal."""
    if isinstance(node, Literal):
        return curie(node.datatype or XSD.string)
    types = sorted(graph.objects(node, RDF.type))
    return curie(types[0]) if types else ""


def format_tsv(rows: Iterable[dict[str, str]]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(_WHITESPACE.sub(" ", str(row[column])) for column in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def write_facts_tsv(source: Dataset | Graph, path: str | Path) -> Path:
    """Write facts.tsv (UTF-8, header `subject<TAB>subject_label…`) and return its path."""
    path = Path(path)
    path.write_text(format_tsv(facts_rows(source)), encoding="utf-8")
    return path
