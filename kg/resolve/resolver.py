"""`resolve`: one article's extraction → its entities and facts (see the package docstring)."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.learned import rule_subjects_win
from kg.resolve.clusters import Reading, cluster
from kg.resolve.entities import make_entity, merge_same_key
from kg.resolve.events import is_event, scoped_key, with_name_variants
from kg.resolve.facts import resolve_facts
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.nlp import lemmatizer
from kg.resolve.keys import type_group
from kg.resolve.lexicon import Lexicon, load_lexicon
from kg.resolve.linking import Name, is_acronym, is_located, link_names
from kg.identity import all_mentions
from kg.types import ArticleFacts, Extraction, Lemmatize, Mention


def resolve(extraction: Extraction, lemmatize: Lemmatize | None = None,
            gazetteer: Gazetteer | None = None) -> ArticleFacts:
    """Merge the article's mentions into entities, link them, and turn candidates into facts."""
    lemmatize = lemmatize or lemmatizer(extraction.article.lang)
    gazetteer = gazetteer or load_gazetteer()
    lexicon = load_lexicon(lemmatize, extraction.article.lang)
    mentions = all_mentions(extraction.mentions, extraction.candidates)
    readings = _read(mentions, lemmatize, gazetteer, lexicon, extraction.article.text)
    key_of: dict[Mention, str] = {}
    built = []
    for group in cluster(readings, lexicon, lemmatize, extraction.article.text):
        entity = make_entity([readings[i] for i in group])
        if is_event(entity):
            entity = replace(entity, key=scoped_key(entity.key, extraction.article.id))
        built.append(entity)
        key_of.update((readings[i].mention, entity.key) for i in group)
    entities = merge_same_key(built)
    entity_of = with_name_variants({mention: entities[key] for mention, key in key_of.items()}, mentions, lexicon.events,
                                   lambda word: lemmatize(word) in lexicon.organization_references)
    entities = {entity.key: entity for entity in entity_of.values()}
    candidates = rule_subjects_win(extraction.candidates, lambda m: entity_of[m].key if m in entity_of else None)
    facts, readings = resolve_facts(candidates, entity_of)
    return ArticleFacts(
        article=extraction.article,
        entities=tuple(entities[key] for key in sorted(entities)),
        facts=facts,
        mentions=tuple((m, entity_of[m].key) for m in mentions if m in entity_of),
        readings=readings)


def _read(mentions: list[Mention], lemmatize: Lemmatize, gazetteer: Gazetteer,
          lexicon: Lexicon, text: str) -> list[Reading]:
    keys = [lemmatize(m.normal or m.text) for m in mentions]
    roles = [lexicon.role_group(type_group(m.label), key, m.normal or m.text) for m, key in zip(mentions, keys)]
    # "Казахстанская сторона" is looked up as its state adjective "казахстанский".
    names = [Name(lexicon.state_adjective(key) or key, m.label, is_acronym(m.text),
                  is_located(text, m.start, lexicon.building_prepositions))
             for m, key in zip(mentions, keys)]
    entries = link_names(names, gazetteer, lemmatize)
    return [Reading(m, key, None if role else entry, role)
            for m, key, entry, role in zip(mentions, keys, entries, roles)]
