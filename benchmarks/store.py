"""Store benchmark: the on-disk Oxigraph store vs plain rdflib on a synthetic kg-shaped corpus.

    python benchmarks/store.py                  # 10^6 triples (about 2 GB of RAM for the rdflib side)
    python benchmarks/store.py --no-rdflib      # the store alone (minutes faster)
    python benchmarks/store.py --triples 50000  # a quick run

The corpus looks like `kg build` output: entity descriptions in the default graph, one named
graph per article with direct kg triples and a provenance statement node (kg:Fact) per fact.
Each operation is timed in wall seconds and in CPU seconds of this process (all its threads:
Oxigraph's bulk loader runs two), the figure that still means something on a busy machine.
Goals (issue 15): load 10^6 quads ≤ 12 s, 2-hop GROUP BY ≤ 0.1 s, label search ≤ 0.1 s,
`kg query` peak memory ≤ 200 MB. The 2-hop is timed as `kg query` runs it (kg.query.run: the
query checked, planned — its open patterns hash-joined, kg.query.planner — then Oxigraph) and,
for comparison, given to Oxigraph as written. Results: benchmarks/results/store.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.vocab import prefixes  # noqa: E402
from kg.store import Store, add_results  # noqa: E402
from kg.query.checker import check  # noqa: E402
from kg.query.planner import plan  # noqa: E402
from kg.query.runner import run  # noqa: E402

KG, ENTITY, ARTICLE, FACT = ("https://w3id.org/kg/ontology#", "https://w3id.org/kg/id/",
                             "https://w3id.org/kg/article/", "https://w3id.org/kg/fact/")
RDF, RDFS, SKOS, PROV, XSD = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
                              "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#",
                              "http://www.w3.org/2001/XMLSchema#")
RELATIONS = ("chairs", "memberOf", "meetsWith", "adopts")
TYPES = ("Person", "Organization", "Country", "Declaration")
OBJECT_START = {"memberOf": 1, "meetsWith": 2}
FACTS_PER_ARTICLE = 15
TRIPLES_PER_FACT = 13   # direct triple + 12 on the statement node
TWO_HOP = """SELECT ?org (COUNT(DISTINCT ?person) AS ?n) WHERE {
  ?person kg:meetsWith ?other . ?other kg:memberOf ?org } GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 10"""
# The same question with each side made distinct first: over the union a triple is seen once per
# article graph holding it, and joining the copies costs about twice the time.
TWO_HOP_DISTINCT = """SELECT ?org (COUNT(DISTINCT ?person) AS ?n) WHERE {
  { SELECT DISTINCT ?person ?other WHERE { ?person kg:meetsWith ?other } }
  { SELECT DISTINCT ?other ?org WHERE { ?other kg:memberOf ?org } } } GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 10"""
LABEL_SEARCH = """SELECT ?e ?l WHERE { ?e rdfs:label ?l . FILTER(CONTAINS(LCASE(STR(?l)), "организация 77")) }"""
QUERIES = (("2-hop, as written", TWO_HOP), ("2-hop, planned text", None), ("2-hop, distinct sides", TWO_HOP_DISTINCT), ("label search", LABEL_SEARCH))
EVERY_LABEL = """SELECT ?e ?l WHERE { ?e rdfs:label ?l }"""   # a big answer: printed as it is evaluated
GOALS = {"load": 12.0, "bulk loader alone": 12.0, "2-hop GROUP BY": 0.1, "2-hop, check alone": 0.1,
         "2-hop, planning alone": 0.1, "2-hop, as written": 0.1, "2-hop, planned text": 0.1, "2-hop, distinct sides": 0.1, "label search": 0.1, "kg query peak MB": 200.0}


def node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def synthetic_corpus(triples: int, seed: int = 7) -> list[ox.Quad]:
    """Articles until about `triples` triples exist; entities are shared between articles."""
    rng = random.Random(seed)
    articles = max(1, triples // (FACTS_PER_ARTICLE * TRIPLES_PER_FACT + 4 + 20))
    entities = max(len(TYPES), articles * 2)
    quads, default = [], ox.DefaultGraph()
    for number in range(entities):
        entity, kind = node(f"{ENTITY}e{number}"), TYPES[number % len(TYPES)]
        label = ox.Literal(f"{'организация' if kind == 'Organization' else kind.lower()} {number}", language="ru")
        quads += [ox.Quad(entity, node(RDF + "type"), node(KG + kind), default),
                  ox.Quad(entity, node(RDFS + "label"), label, default),
                  ox.Quad(entity, node(SKOS + "prefLabel"), label, default)]
    for article in range(articles):
        iri = node(f"{ARTICLE}a{article}")
        quads += [ox.Quad(iri, node(RDF + "type"), node(KG + "Article"), iri),
                  ox.Quad(iri, node("https://schema.org/datePublished"),
                          ox.Literal(f"2024-{article % 12 + 1:02d}-01", datatype=node(XSD + "date")), iri)]
        for index in range(FACTS_PER_ARTICLE):
            quads += fact(iri, f"a{article}f{index}", rng, entities)
    return list(dict.fromkeys(quads))


def fact(article: ox.NamedNode, key: str, rng: random.Random, entities: int) -> list[ox.Quad]:
    relation = rng.choice(RELATIONS)
    subject = node(f"{ENTITY}e{rng.randrange(0, entities, 4)}")                   # a person
    # memberOf: a country (2 mod 4) in an organization (1 mod 4); a person meets a country's
    # delegation (2), so the 2-hop query below has answers; the other relations join persons (0).
    obj = node(f"{ENTITY}e{rng.randrange(OBJECT_START.get(relation, 0), entities, 4)}")
    if relation == "memberOf":
        subject = node(f"{ENTITY}e{rng.randrange(2, entities, 4)}")              # a country
    predicate, statement = node(KG + relation), node(FACT + key)
    integer = node(XSD + "integer")
    about = ((node(RDF + "type"), node(KG + "Fact")), (node(RDF + "type"), node(RDF + "Statement")),
             (node(RDF + "subject"), subject), (node(RDF + "predicate"), predicate), (node(RDF + "object"), obj),
             (node(PROV + "wasDerivedFrom"), article),
             (node(KG + "sentence"), ox.Literal(f"Предложение {key} о факте.", language="ru")),
             (node(KG + "startOffset"), ox.Literal(str(rng.randrange(5000)), datatype=integer)),
             (node(KG + "endOffset"), ox.Literal(str(rng.randrange(5000, 9000)), datatype=integer)),
             (node(KG + "extractor"), ox.Literal("synthetic")), (node(KG + "rule"), ox.Literal(relation)),
             (node(KG + "confidence"), ox.Literal("0.9", datatype=node(XSD + "decimal"))))
    return [ox.Quad(subject, predicate, obj, article)] + [ox.Quad(statement, p, o, article) for p, o in about]


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(function) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result)."""
    start, cpu = time.perf_counter(), cpu_seconds()
    result = function()
    return time.perf_counter() - start, cpu_seconds() - cpu, result


def best_of(function, runs: int = 3) -> tuple[float, float]:
    """The fastest of a few runs (wall, CPU): a query's time without the neighbours' interruptions."""
    return min((wall, cpu) for wall, cpu, _ in (timed(function) for _ in range(runs)))


def bulk_loader_alone(quads: list[ox.Quad], directory: Path) -> tuple[float, float]:
    """Oxigraph's bulk loader on the same quads as N-Quads text, kg's work left out: the floor of
    `load` (kg adds splitting into articles, rendering and hashing them)."""
    text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    database = ox.Store(str(directory))
    wall, cpu, _ = timed(lambda: database.bulk_load(text, format=ox.RdfFormat.N_QUADS, lenient=True))
    return wall, cpu


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
    parser.add_argument("--no-rdflib", action="store_true", help="time the store alone")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/store.json"))
    args = parser.parse_args()
    seconds, _, quads = timed(lambda: synthetic_corpus(args.triples))
    articles = len({q.graph_name for q in quads}) - 1
    print(f"corpus: {len(quads)} quads in {articles} articles (generated in {seconds:.1f} s)")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        store_dir, nquads = Path(tmp) / "store", Path(tmp) / "corpus.nq"
        if not args.no_rdflib:
            ox.serialize(quads, str(nquads), ox.RdfFormat.N_QUADS)
        rows = {"load": timed(lambda: add_results(store_dir, quads))[:2]}
        rows["bulk loader alone"] = bulk_loader_alone(quads, Path(tmp) / "alone")
        del quads
        with Store.open(store_dir, read_only=True) as store:
            stored = len(store.oxigraph)
            answers = {}
            through_kg = lambda: list(run(store.oxigraph, TWO_HOP))   # what `kg query` does
            rows["2-hop GROUP BY"], answers["2-hop GROUP BY"] = best_of(through_kg), [tuple(map(str, r)) for r in through_kg()]
            rows["2-hop, check alone"] = best_of(lambda: check(TWO_HOP))   # the parse every kg query pays
            tree = check(TWO_HOP).tree
            planned = plan(store.oxigraph, TWO_HOP, tree, prefixes=prefixes(), union=True)
            rows["2-hop, planning alone"] = best_of(   # rdflib's algebra, the capped counts
                lambda: plan(store.oxigraph, TWO_HOP, tree, prefixes=prefixes(), union=True))
            for name, sparql in QUERIES:
                sparql = sparql or planned
                ask = lambda: list(store.oxigraph.query(sparql, prefixes=prefixes(), use_default_graph_as_union=True))
                rows[name], answers[name] = best_of(ask), [tuple(map(str, row)) for row in ask()]
            assert (answers["2-hop GROUP BY"] == answers["2-hop, as written"] == answers["2-hop, planned text"]
                    == answers["2-hop, distinct sides"] != []), \
                "the 2-hop shapes differ"
        peak = kg_query_peak_mb(store_dir, TWO_HOP)
        peak_big = kg_query_peak_mb(store_dir, EVERY_LABEL)
        rdflib_rows = {} if args.no_rdflib else rdflib_side(nquads)
    report(args, stored, rows, rdflib_rows, peak, peak_big)


def rdflib_side(nquads: Path) -> dict:
    """The same corpus loaded into plain rdflib in memory, and the same queries."""
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    rows = {"load": timed(lambda: dataset.parse(nquads, format="nquads"))[:2]}
    for name, sparql in QUERIES:
        if sparql is not None:   # kg's planned text is Oxigraph's business
            rows[name] = best_of(lambda: list(dataset.query(sparql, initNs=prefixes())), runs=1)
    return rows


def report(args, stored: int, rows: dict, rdflib_rows: dict, peak: float, peak_big: float) -> None:
    print(f"stored quads: {stored} (article graphs, entity descriptions once in the default graph)")
    print(f"{'operation':21} {'wall s':>8} {'CPU s':>8} {'goal s':>7} {'rdflib s':>9}")
    for name, (wall, cpu) in rows.items():
        theirs = f"{rdflib_rows[name][0]:9.2f}" if name in rdflib_rows else f"{'-':>9}"
        print(f"{name:21} {wall:8.3f} {cpu:8.3f} {GOALS[name]:7.2f} {theirs}")
    print(f"kg query peak memory (2-hop on the store): {peak:.0f} MB (goal {GOALS['kg query peak MB']:.0f}); "
          f"every label, {peak_big:.0f} MB; this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    results = {"date": time.strftime("%Y-%m-%d %H:%M"), "load_average": [round(x, 1) for x in os.getloadavg()],
               "triples_asked": args.triples, "stored_quads": stored, "goals": GOALS,
               "store": {name: {"wall_s": round(w, 3), "cpu_s": round(c, 3)} for name, (w, c) in rows.items()},
               "rdflib": {name: {"wall_s": round(w, 3), "cpu_s": round(c, 3)} for name, (w, c) in rdflib_rows.items()},
               "kg_query_peak_mb": round(peak, 1), "kg_query_every_label_peak_mb": round(peak_big, 1)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
