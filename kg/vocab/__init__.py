"""kg's vocabulary, the bottom layer every stage may use: prefixes, CURIEs, slugs and IRIs.

    from kg.vocab import curie, entity_iri, prefixes, slug
    entity_iri("Q232")            # "https://w3id.org/kg/id/Q232"
    curie("https://w3id.org/kg/ontology#chairs")   # "kg:chairs"

This package itself is plain strings (no rdflib); `kg.vocab.rdf` holds the rdflib side
(the `KG` ontology namespace, binding the prefixes on an rdflib graph).
"""
from kg.vocab.iris import (article_iri, digest, entity_iri, fact_iri, key_path, membership_iri,
                           pushed_graph_iri, reference_fact_iri, slug, source_iri)
from kg.vocab.prefixes import curie, expand, namespace, prefixes, vocabulary_namespaces

__all__ = ["article_iri", "curie", "digest", "entity_iri", "expand", "fact_iri", "key_path", "membership_iri",
           "namespace", "prefixes", "pushed_graph_iri", "reference_fact_iri", "slug", "source_iri",
           "vocabulary_namespaces"]
