"""What a holder finder yields, and what the finders share: a post's holder (`Holding`), the
wordings of posts.yml, and the person a token names (kg/extract/holders.py, holder_clauses.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.extract.mentions import Found, MentionIndex
from kg.extract.titles import Title
from kg.resources import load_yaml

NAME_DEPS = frozenset({"flat:name", "flat", "appos"})


@dataclass(frozen=True)
class Holding:
    title: Title
    holder: Found
    rule: str               # apposition, list, chain, predicative, post-noun, antecedent
    clause: Token | None = None     # the verb that gives the post, whose dates are its tenure


@cache
def post_words(lang: str) -> dict:
    data = load_yaml("extract", "posts.yml", lang)
    return {"predicative": frozenset(data["predicative_verbs"]), "post_nouns": frozenset(data["post_nouns"]),
            "post_verbs": {verb: frozenset(roles) for verb, roles in data["post_verbs"].items()},
            "owner_nouns": frozenset(data["owner_nouns"]), "replaced": frozenset(data["replacement_verbs"]),
            "honorifics": frozenset(data["honorifics"]), "acting_nouns": frozenset(data["acting"]["nouns"]),
            "acting_verbs": frozenset(data["acting"]["verbs"]),
            "electives": frozenset(data["appointing_verbs"]),
            "complement_marks": frozenset(data["complement_clause"]["conjunctions"]),
            "complement_pronouns": frozenset(data["complement_clause"]["pronouns"])}


def person_at(token: Token, index: MentionIndex) -> Found | None:
    for candidate in (token, *(c for c in token.children if c.dep_ in NAME_DEPS)):
        found = index.at(candidate)
        if found is not None and found.mention.label == "Person" and found.kind == "entity":
            return found
    return None
