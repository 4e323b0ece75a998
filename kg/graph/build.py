"""`build_dataset`: ArticleFacts in, an rdflib Dataset out (the only place that builds RDF).

Layout: entity descriptions (type, labels, sameAs) live in the default graph, merged across
articles by key; each article gets a named graph (IRI = article IRI) with its own metadata,
the direct fact triples, one provenance statement node per fact and org:Membership nodes.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, NamespaceManager

from kg.errors import ValidationError
from kg import vocab
from kg.graph import terms
from kg.graph.entities import merged_entities
from kg.vocab.rdf import KG, SCHEMA, WD, bind_prefixes
from kg.identity import object_id, unique_facts
from kg.types import Article, ArticleFacts, Entity, Fact, Value

CONFIDENCE_PLACES = Decimal("0.001")   # rounded so float noise never changes the output bytes


def new_dataset() -> Dataset:
    """An empty Dataset with exactly kg's prefixes (none of rdflib's defaults)."""
    dataset = Dataset(default_union=False)
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
    bind_prefixes(dataset)
    return dataset


def entity_node(key: str) -> URIRef:
    return URIRef(vocab.entity_iri(key))


def article_node(article_id: str) -> URIRef:
    return URIRef(vocab.article_iri(article_id))


def build_dataset(results: Iterable[ArticleFacts]) -> Dataset:
    """One named graph per article plus entity descriptions in the default graph."""
    results = sorted(results, key=lambda result: result.article.id)   # input order must not matter
    dataset = described_entities(results)
    for result in results:
        graph = dataset.graph(article_node(result.article.id))
        add_article(graph, result.article)
        for fact in unique_facts(result.facts):   # as resolution left them, unless built by hand
            add_fact(graph, result.article, fact)
    return dataset


def article_triples(result: ArticleFacts) -> list[tuple]:
    """The triples of one article's named graph in `build_dataset` (metadata, facts, statements,
    memberships), each once, without a Graph: an article graph that is only converted to
    Oxigraph quads (kg.article_graphs) needs none of its indexes, which cost as much as the rest."""
    triples = _Triples()
    add_article(triples, result.article)
    for fact in unique_facts(result.facts):
        add_fact(triples, result.article, fact)
    return list(triples)


class _Triples(dict):
    """Collects triples in the order they are added, each once: what `add_*` ask of a Graph."""

    def add(self, triple: tuple) -> None:
        self[triple] = None


def described_entities(results: Iterable[ArticleFacts]) -> Dataset:
    """A Dataset holding only the default graph: every entity of `results` described, merged by
    key in article-id order (as `description_quads`)."""
    dataset = new_dataset()
    for entity in merged_entities(sorted(results, key=lambda result: result.article.id)):
        add_entity(dataset.default_graph, entity)
    return dataset


def add_entity(graph: Graph, entity: Entity) -> None:
    for triple in entity_triples(entity):
        graph.add(triple)


def entity_triples(entity: Entity) -> Iterator[tuple]:
    """`entity_statements` as rdflib triples."""
    for subject, predicate, obj in entity_statements(entity):
        yield URIRef(subject), URIRef(predicate), URIRef(obj) if isinstance(obj, str) else Literal(obj[0], lang=obj[1])


def entity_statements(entity: Entity) -> Iterator[tuple[str, str, str | tuple[str, str]]]:
    """Type, labels (one skos:prefLabel per language), aliases and Wikidata link of an entity:
    subject and predicate IRIs, the object an IRI or a (text, language) literal. The one layout
    of a description, for rdflib (`entity_triples`) and Oxigraph (`description_quads`)."""
    node = vocab.entity_iri(entity.key)
    yield node, _TYPE, str(terms.entity_class(entity.type))
    preferred = {entity.lang: entity.label}
    for lang, label in ((entity.lang, entity.label), *entity.labels):
        literal = (label, lang)
        yield node, _LABEL, literal
        is_preferred = preferred.setdefault(lang, label) == label
        yield node, _PREF_LABEL if is_preferred else _ALT_LABEL, literal
    for alias in entity.aliases - {entity.label}:
        yield node, _ALT_LABEL, (alias, entity.lang)
    if entity.wikidata:
        yield node, _SAME_AS, str(WD[entity.wikidata])


_TYPE, _LABEL, _PREF_LABEL, _ALT_LABEL, _SAME_AS = map(str, (RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel,
                                                              OWL.sameAs))


def add_article(graph: Graph, article: Article) -> None:
    node = article_node(article.id)
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, SCHEMA.inLanguage, Literal(article.lang)))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title, lang=article.lang)))
    if article.published:
        graph.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.publisher:
        graph.add((node, SCHEMA.publisher, Literal(article.publisher)))
    if article.author:
        graph.add((node, SCHEMA.author, Literal(article.author)))
    if article.url:
        graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))


def fact_node(article: Article, fact: Fact) -> URIRef:
    prov = fact.provenance
    return URIRef(vocab.fact_iri(article.id, fact.subject.key, fact.predicate, object_id(fact.object), prov.start, prov.end))


def literal(value: Value) -> Literal:
    """A typed literal; refuses lexical forms that do not match their datatype (e.g. "2024-13")."""
    if value.datatype == "string":
        return Literal(value.lexical)
    if not terms.is_well_formed(value.lexical, value.datatype):
        raise ValidationError(f"value {value.lexical!r} is not a valid xsd:{value.datatype}")
    return Literal(value.lexical, datatype=terms.datatype(value.datatype))


def object_term(obj: Entity | Value) -> URIRef | Literal:
    return entity_node(obj.key) if isinstance(obj, Entity) else literal(obj)


def add_fact(graph: Graph, article: Article, fact: Fact) -> URIRef:
    """The direct triple, its statement node with provenance, and a membership for statuses."""
    subject, predicate = entity_node(fact.subject.key), terms.fact_property(fact.predicate)
    obj = object_term(fact.object)
    graph.add((subject, predicate, obj))
    node = fact_node(article, fact)
    for type_ in (KG.Fact, RDF.Statement):
        graph.add((node, RDF.type, type_))
    for prop, value in ((RDF.subject, subject), (RDF.predicate, predicate), (RDF.object, obj)):
        graph.add((node, prop, value))
    add_provenance(graph, node, article, fact)
    role = terms.membership_role(fact.predicate)
    if role is not None and isinstance(fact.object, Entity):
        add_membership(graph, fact, role, node)
    return node


def add_provenance(graph: Graph, node: URIRef, article: Article, fact: Fact) -> None:
    prov = fact.provenance
    try:
        start, end = article.original_span(prov.start, prov.end)
    except ValueError as error:
        raise ValidationError(f"fact {fact.predicate!r} in article {article.id}: {error}") from None
    confidence = Decimal(str(prov.confidence)).quantize(CONFIDENCE_PLACES)
    for prop, value in ((PROV.wasDerivedFrom, article_node(article.id)),
                        (KG.sentence, Literal(prov.sentence, lang=article.lang)),
                        (KG.startOffset, Literal(start)), (KG.endOffset, Literal(end)),
                        (KG.extractor, Literal(prov.extractor)), (KG.rule, Literal(prov.rule)),
                        (KG.confidence, Literal(confidence))):
        graph.add((node, prop, value))
    add_qualifiers(graph, node, fact)


def add_qualifiers(graph: Graph, node: URIRef, fact: Fact) -> None:
    for name, value in fact.qualifiers:
        graph.add((node, terms.qualifier_property(name), literal(value)))


def add_membership(graph: Graph, fact: Fact, role: URIRef, statement: URIRef) -> None:
    """org:Membership(member, organization, role), derived from the statement that states it."""
    member, organization = fact.subject, fact.object
    node = URIRef(vocab.membership_iri(member.key, str(role), organization.key))
    graph.add((node, RDF.type, ORG.Membership))
    graph.add((node, ORG.member, entity_node(member.key)))
    graph.add((node, ORG.organization, entity_node(organization.key)))
    graph.add((node, ORG.role, role))
    graph.add((node, PROV.wasDerivedFrom, statement))
    add_qualifiers(graph, node, fact)
