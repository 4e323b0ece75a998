"""facts.tsv: one row per statement node, readable without an RDF tool."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, SKOS, XSD

from kg.graph.build import build_dataset
from kg.graph.export import merged_graph, query
from kg.vocab import curie
from kg.types import ArticleFacts

COLUMNS = ("subject", "subject_label", "subject_type", "predicate", "object", "object_label",
           "object_type", "confidence", "article", "sentence")

FACTS_QUERY = """
SELECT ?fact ?subject ?predicate ?object ?confidence ?article ?sentence ?lang WHERE {
    ?fact a kg:Fact ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
          kg:confidence ?confidence ; kg:sentence ?sentence ; prov:wasDerivedFrom ?article .
    OPTIONAL { ?article schema:inLanguage ?lang }
}"""

_WHITESPACE = re.compile(r"[\t\r\n]+")   # a TSV cell may not contain tabs or line breaks


def facts_rows(source: Iterable[ArticleFacts] | Dataset | Graph) -> list[dict[str, str]]:
    """Rows of facts.tsv (dicts keyed by COLUMNS), sorted by article, subject, predicate, object."""
    if isinstance(source, Dataset):
        graph = merged_graph(source)
    elif isinstance(source, Graph):
        graph = source
    else:
        graph = merged_graph(build_dataset(source))
    rows = []
    for hit in sorted(query(graph, FACTS_QUERY), key=lambda h: (h.article, h.subject, h.predicate, str(h.object), h.fact)):
        lang = str(hit.lang or "")
        rows.append({
            "subject": str(hit.subject), "subject_label": label(graph, hit.subject, lang),
            "subject_type": type_curie(graph, hit.subject), "predicate": curie(hit.predicate),
            "object": str(hit.object), "object_label": label(graph, hit.object, lang),
            "object_type": type_curie(graph, hit.object), "confidence": str(hit.confidence),
            "article": str(hit.article), "sentence": hit.sentence,
        })
    return rows


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


def write_facts_tsv(source: Iterable[ArticleFacts] | Dataset | Graph, path: str | Path) -> Path:
    """Write facts.tsv (UTF-8, header `subject<TAB>subject_label…`) and return its path."""
    path = Path(path)
    path.write_text(format_tsv(facts_rows(source)), encoding="utf-8")
    return path
