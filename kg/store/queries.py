"""SPARQL the store runs for `kg stats` (over the union of article graphs)."""

# Over the union, so that a merged graph.ttl (no named graphs) counts its articles too.
ARTICLES = """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }"""

ENTITIES_BY_TYPE = """
SELECT ?type (COUNT(DISTINCT ?entity) AS ?n) WHERE {
  ?entity a ?type . FILTER(STRSTARTS(STR(?entity), "https://w3id.org/kg/id/"))
} GROUP BY ?type ORDER BY DESC(?n) ?type"""

# One fact = one statement node (one reading of a direct triple in one article).
FACTS_BY_RELATION = """
SELECT ?relation (COUNT(DISTINCT ?fact) AS ?n) WHERE { ?fact a kg:Fact ; rdf:predicate ?relation }
GROUP BY ?relation ORDER BY DESC(?n) ?relation"""

DATE_RANGE = """
SELECT (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {
  ?a a kg:Article ; ?p ?date . FILTER(DATATYPE(?date) = xsd:date)
}"""

# After an article graph is dropped: descriptions left in the store's default graph of entities
# that no article graph mentions any more, also those of entities an article names without a
# fact (run in the same transaction as the drop).
DROP_ORPHAN_ENTITIES = """
DELETE { ?entity ?p ?o } WHERE {
  ?entity ?p ?o . FILTER(STRSTARTS(STR(?entity), "https://w3id.org/kg/id/"))
  FILTER NOT EXISTS { GRAPH ?g { { ?entity ?p2 ?o2 } UNION { ?s2 ?p3 ?entity } } }
}"""


def drop_descriptions_only_of(graph: str, vocabulary: tuple[str, ...]) -> str:
    """Before `graph` is dropped or replaced: delete from the default graph the descriptions of
    the things it mentions that no other article graph mentions (with the blank nodes hanging
    off them). Vocabulary terms (classes, properties) are never deleted."""
    outside = " && ".join(f'!STRSTARTS(STR(?node), "{namespace}")' for namespace in vocabulary) or "true"
    return f"""
DELETE {{ ?node ?p ?o . ?o ?q ?v }} WHERE {{
  {{ SELECT DISTINCT ?node WHERE {{
      GRAPH <{graph}> {{ {{ ?node ?x ?y }} UNION {{ ?y ?x ?node }} }}
      FILTER((isIRI(?node) || isBlank(?node)) && {outside})
  }} }}
  ?node ?p ?o .
  OPTIONAL {{ ?o ?q ?v FILTER(isBlank(?o)) }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ {{ ?node ?p2 ?o2 }} UNION {{ ?s2 ?p3 ?node }} }} FILTER(?other != <{graph}>) }}
}}"""
