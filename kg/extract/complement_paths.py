"""Argument paths to what documents and statuses concern where the usual slots miss it (issue 12, session 7):
the dative of a nominalization, the items of a list a verb opens itself, the organization of a status
granted, named after its role noun or hung on the role noun's complement. Registered in `arguments.PATHS`.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lists import continuation_items, documents_listed_later, list_words
from kg.extract.tree import NOUNS, VERBS, Reach, agent, children, preposition


def dative(token: Token, reach: Reach) -> list[Token]:
    """«выразили поддержку минским договоренностям», and the dative the parser hung on the governing verb
    («подтвердили свою поддержку деятельности сопредседателей»): what a nominalization is directed at."""
    own = [c for c in token.children if _bare_dative(c)]
    if own or token.dep_ != "obj":
        return own
    return [c for c in token.head.children if c != token and _bare_dative(c)]


def _bare_dative(token: Token) -> bool:
    return token.dep_ in {"nmod", "iobj", "obl"} and preposition(token) is None and "Dat" in token.morph.get("Case")


def party(token: Token, reach: Reach) -> list[Token]:
    """«подписал соглашение с канцлером Германии», «заключила соглашение с Сингапуром»: the other party of an
    act, with its preposition in the instrumental (not «со стороны Киева», a side named in the genitive). Of a
    verb only: «запланировано подписание меморандумов с ЮНЕСКО» names a plan, not a signature."""
    return _parties(token, reach.words) if token.pos_ in VERBS else []


def document_party(token: Token, reach: Reach) -> list[Token]:
    """«подписала соглашение с Турцией и ООН», «соглашения об ассоциации с Грузией»: the other party named in
    the document's phrase (on the document or on its topic)."""
    return [t for document in children(token, "obj", "nsubj:pass") for noun in document.subtree
            if noun.pos_ in NOUNS for t in _parties(noun, reach.words)]


def _parties(token: Token, words: dict) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"obl", "nmod"}
            and preposition(c) in words["party_prepositions"] and "Ins" in c.morph.get("Case")]


def listed_later(token: Token, reach: Reach) -> list[Token]:
    """«главы государств подписали 15 документов. … Среди ключевых документов — Стратегия …»: an act on a
    counted or collective set of documents has as objects the documents listed soon after."""
    nouns = list_words(reach.lang)["document_nouns"]
    objects = children(token, "obj", "nsubj:pass")
    counted = [o for o in objects if o.lemma_.lower() in nouns or any(g.lemma_.lower() in nouns for g in o.children)]
    return documents_listed_later(token, reach.lang) if counted else []


def listed_after(token: Token, reach: Reach) -> list[Token]:
    """«По итогам саммита ОТГ приняты: 1. Габалинская декларация; 2. …»: a verb that opens the list
    itself, with no object or passive subject of its own, has the items as its object."""
    if children(token, "obj", "nsubj:pass"):
        return []
    return continuation_items(token, reach.lang)


def granter(token: Token, reach: Reach) -> list[Token]:
    """«Организация исламского сотрудничества предоставила России статус наблюдателя»: a status granted
    with no organization named is a status in the granting organization (the subject, or the passive's
    agent, of the verb handing the status over)."""
    words = reach.words
    noun = token.head if token.dep_ == "nmod" and token.head.lemma_.lower() in words["transparent"] else token
    verb = noun.head
    if verb == noun or verb.lemma_.lower() not in set(words["transfers"]) | set(words["endowments"]):
        return []
    return [_named_owner(g) for g in children(verb, "nsubj") or agent(verb)]


def _named_owner(body: Token) -> Token:
    """«Совет глав государств ШОС» → «ШОС», «Генассамблея ООН» → «ООН»: a body grants in its organization's
    name, the last name of its genitive chain; a name without one is that organization itself."""
    owner = body
    while True:
        names = [c for c in owner.children if c.dep_ == "nmod" and c.i > owner.i and preposition(c) is None]
        if not names:
            return owner if owner.pos_ == "PROPN" and owner != body else body
        owner = names[-1]


def adjacent_name(token: Token, reach: Reach) -> list[Token]:
    """«статус наблюдателя ОТГ», «является страной-наблюдателем ОТГ» with the caseless abbreviation parsed
    an apposition: the name right after the role noun is whose role it is."""
    return [c for c in token.children if c.dep_ == "appos" and c.i == token.i + 1 and c.pos_ == "PROPN"]


def name_of_complement(token: Token, reach: Reach) -> list[Token]:
    """«статус партнера по диалогу ШОС»: the name the parser hung on the role noun's own complement."""
    return [g for c in token.children if c.dep_ == "nmod" and preposition(c) is not None
            for g in c.children if g.dep_ in {"nmod", "appos"} and g.pos_ == "PROPN" and preposition(g) is None]
