"""SPARQL the store runs for `kg stats` (over the union of article graphs)."""

ARTICLES = """SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:Article } }"""

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
  GRAPH ?g { ?g a kg:Article ; ?p ?date . FILTER(DATATYPE(?date) = xsd:date) }
}"""
