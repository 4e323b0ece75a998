"""Titles of posts next to names: "Президент Казахстана Касым-Жомарт Токаев", "Гутерреш, генсек ООН".

A title is a lexicon entry (`titles.tsv`) followed by the genitive words that complete it
("министр иностранных дел России"). Read on the surface, not the parse: parsers attach the
name to the title in many different ways, while word order here is rigid.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.resources import load_tsv

PHRASE_POS = {"NOUN", "PROPN", "ADJ"}


@dataclass(frozen=True)
class Title:
    post: Span              # "Президент Казахстана"
    relation: str           # what the holder is to the organization in the post: headOf, worksFor, "-"
    holder: Span | None     # the PER entity the title is attached to, if any
    organization: Span | None   # the first ORG/LOC entity inside the post
    direct: bool = False        # the organization follows the title words directly ("глава МВД", not
                                # "глава комитета Совета Федерации", whose holder heads the committee)


def title_lexicon(lang: str) -> dict[tuple[str, ...], str]:
    return {tuple(words.split()): relation for words, relation in load_tsv(lang, "titles.tsv")}


def find_titles(doc: Doc, lang: str) -> Iterator[Title]:
    lexicon = title_lexicon(lang)
    longest = max(map(len, lexicon))
    covered_until = 0        # "генеральный секретарь" is one title, not also "секретарь"
    for token in doc[:]:
        if token.i < covered_until or token.ent_type_ == "PER":
            continue
        for size in range(longest, 0, -1):
            words = tuple(t.lemma_.lower() for t in doc[token.i:token.i + size])
            if words in lexicon:
                covered_until = token.i + size
                yield _title(doc[token.i:covered_until], lexicon[words])
                break


def _title(words: Span, relation: str) -> Title:
    doc = words.doc
    end = words.end
    while end < words.sent.end and _continues_post(doc[end]):
        end += 1
    post = doc[words.start:end]
    organization = _first_entity(post)
    direct = organization is not None and organization.start == words.end
    return Title(post, relation, _holder(post), organization, direct)


def _continues_post(token: Token) -> bool:
    if token.ent_type_ == "PER" or token.pos_ not in PHRASE_POS or "Anim" in token.morph.get("Animacy"):
        return False   # a person word ("республиканца") starts the holder's description, not the post
    return token.ent_type_ in {"ORG", "LOC"} or "Gen" in token.morph.get("Case") or not token.morph.get("Case")


def _holder(post: Span) -> Span | None:
    """The name right after the title, or the name the title is in apposition to ("Токаев, президент …")."""
    doc = post.doc
    if post.end < post.sent.end and doc[post.end].ent_type_ == "PER":
        return _entity_at(doc[post.end])
    before = post.start - 1
    if before - 1 >= post.sent.start and doc[before].text == "," and doc[before - 1].ent_type_ == "PER":
        return _entity_at(doc[before - 1])
    return None


def _first_entity(post: Span) -> Span | None:
    return next((_entity_at(t) for t in post if t.ent_type_ in {"ORG", "LOC"}), None)


def _entity_at(token: Token) -> Span | None:
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
