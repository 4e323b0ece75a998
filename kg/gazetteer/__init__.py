"""The gazetteer: known organizations, states and leaders (Wikidata IDs, names, adjectives,
member lists), below extraction and resolution, which both receive it from the pipeline.

    gazetteer = kg.gazetteer.load_gazetteer()          # the shipped resources/gazetteer.jsonl
    gazetteer.matches("шанхайский организация сотрудничество", lemmatize)
    gazetteer.state_adjectives("ru")                    # {"российский", "казахстанский", …}
"""
from kg.gazetteer.gazetteer import (GAZETTEER_PATH, Gazetteer, GazetteerEntry, GazetteerError, Member, NameMatch,
                                    entry_from_json, entry_to_json, load_gazetteer, read_gazetteer)
from kg.gazetteer.members import ListedMembership, entity_keys, listed_memberships

__all__ = ["GAZETTEER_PATH", "Gazetteer", "GazetteerEntry", "GazetteerError", "ListedMembership", "Member",
           "NameMatch", "entity_keys", "entry_from_json", "entry_to_json", "listed_memberships", "load_gazetteer",
           "read_gazetteer"]
