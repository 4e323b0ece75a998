"""Store benchmark: the on-disk Oxigraph store vs plain rdflib on a synthetic kg-shaped corpus.

    python benchmarks/store.py                 # 10^6 triples (about 2 GB of RAM for the rdflib side)
    python benchmarks/store.py --triples 50000 # a quick run

The corpus looks like `kg build` output: entity descriptions in the default graph, one named
graph per article with direct kg triples and a provenance statement node (kg:Fact) per fact.
Goals: load 10^6 triples < 60 s, 2-hop query < 1 s, `kg query` peak memory < 500 MB.
"""
from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.vocab import prefixes  # noqa: E402
from kg.rdfio import from_rdflib  # noqa: E402
from kg.store import Store, add_results  # noqa: E402

KG, ENTITY, ARTICLE, FACT = ("https://w3id.org/kg/ontology#", "https://w3id.org/kg/id/",
                             "https://w3id.org/kg/article/", "https://w3id.org/kg/fact/")
RELATIONS = ("chairs", "memberOf", "meetsWith", "adopts")
TYPES = ("Person", "Organization", "Country", "Declaration")
FACTS_PER_ARTICLE = 15
TRIPLES_PER_FACT = 13   # direct triple + 12 on the statement node
TWO_HOP = """SELECT ?org (COUNT(DISTINCT ?person) AS ?n) WHERE {
  ?person kg:meetsWith ?other . ?other kg:memberOf ?org } GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 10"""
LABEL_SEARCH = """SELECT ?e ?l WHERE { ?e rdfs:label ?l . FILTER(CONTAINS(LCASE(STR(?l)), "организация 77")) }"""


def synthetic_corpus(triples: int, seed: int = 7) -> Dataset:
    """Articles until about `triples` triples exist; entities are shared between articles."""
    rng = random.Random(seed)
    articles = max(1, triples // (FACTS_PER_ARTICLE * TRIPLES_PER_FACT + 4 + 20))
    entities = max(len(TYPES), articles * 2)
    dataset = Dataset()
    for number in range(entities):
        node, kind = URIRef(f"{ENTITY}e{number}"), TYPES[number % len(TYPES)]
        label = Literal(f"{'организация' if kind == 'Organization' else kind.lower()} {number}", lang="ru")
        for triple in ((node, RDF.type, URIRef(KG + kind)), (node, RDFS.label, label), (node, SKOS.prefLabel, label)):
            dataset.add(triple)
    for article in range(articles):
        iri = URIRef(f"{ARTICLE}a{article}")
        graph = dataset.graph(iri)
        graph.add((iri, RDF.type, URIRef(KG + "Article")))
        graph.add((iri, URIRef("https://schema.org/datePublished"), Literal(f"2024-{article % 12 + 1:02d}-01", datatype=XSD.date)))
        for index in range(FACTS_PER_ARTICLE):
            add_fact(graph, iri, f"a{article}f{index}", rng, entities)
    return dataset


def add_fact(graph, article: URIRef, key: str, rng: random.Random, entities: int) -> None:
    relation = rng.choice(RELATIONS)
    subject = URIRef(f"{ENTITY}e{rng.randrange(0, entities, 4)}")                   # a person
    obj = URIRef(f"{ENTITY}e{rng.randrange(1 if relation == 'memberOf' else 0, entities, 4)}")
    if relation == "memberOf":
        subject = URIRef(f"{ENTITY}e{rng.randrange(2, entities, 4)}")              # a country
    predicate, node = URIRef(KG + relation), URIRef(FACT + key)
    graph.add((subject, predicate, obj))
    for p, o in ((RDF.type, URIRef(KG + "Fact")), (RDF.type, RDF.Statement), (RDF.subject, subject),
                 (RDF.predicate, predicate), (RDF.object, obj), (PROV.wasDerivedFrom, article),
                 (URIRef(KG + "sentence"), Literal(f"Предложение {key} о факте.", lang="ru")),
                 (URIRef(KG + "startOffset"), Literal(rng.randrange(5000))),
                 (URIRef(KG + "endOffset"), Literal(rng.randrange(5000, 9000))),
                 (URIRef(KG + "extractor"), Literal("synthetic")), (URIRef(KG + "rule"), Literal(relation)),
                 (URIRef(KG + "confidence"), Literal(Decimal("0.9")))):
        graph.add((node, p, o))


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def kg_query_peak_mb(store_dir: Path, sparql: str) -> float:
    """Peak resident memory of a `kg query` process, as VmHWM reported by itself (ru_maxrss of a
    child forked from this big process would count the parent's pages copied at fork)."""
    script = ("import re, sys\nfrom kg.cli.query import query_command\n"
              "try:\n    query_command(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
              "status = open('/proc/self/status').read()\n"
              "print(re.search(r'VmHWM:\\s+(\\d+)', status)[1], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", script, str(store_dir), sparql, "--format", "csv"],
                          capture_output=True, text=True, timeout=600)
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    seconds, dataset = timed(lambda: synthetic_corpus(args.triples))
    print(f"corpus: {len(dataset)} quads in {len(list(dataset.graphs())) - 1} articles (generated in {seconds:.1f} s)")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        store_dir, nquads = Path(tmp) / "store", Path(tmp) / "corpus.nq"
        dataset.serialize(nquads, format="nquads")
        quads = from_rdflib(dataset)   # what kg build hands the store (KnowledgeGraph.quads)
        rows = [("load", *compare(lambda: add_results(store_dir, quads), lambda: load_rdflib(nquads)))]
        rdflib_dataset = load_rdflib(nquads)
        with Store.open(store_dir, read_only=True) as store:
            for name, sparql in (("2-hop GROUP BY", TWO_HOP), ("label search", LABEL_SEARCH)):
                rows.append((name, *compare(lambda: list(store.oxigraph.query(sparql, prefixes=prefixes(),
                                                                              use_default_graph_as_union=True)),
                                            lambda: list(rdflib_dataset.query(sparql, initNs=prefixes())))))
        peak = kg_query_peak_mb(store_dir, TWO_HOP)
    print(f"{'operation':16} {'store s':>9} {'rdflib s':>9} {'rdflib/store':>12}")
    for name, store_s, rdflib_s in rows:
        print(f"{name:16} {store_s:9.2f} {rdflib_s:9.2f} {rdflib_s / store_s:12.1f}")
    print(f"kg query peak memory (2-hop on the store): {peak:.0f} MB; this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def compare(on_store, on_rdflib) -> tuple[float, float]:
    return timed(on_store)[0], timed(on_rdflib)[0]


def load_rdflib(path: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="nquads")
    return dataset


if __name__ == "__main__":
    main()
