"""Where a document's name starts and ends when the words around its head say more than the parse
(used by `phrases.document_span`): a title adjective the parser hung elsewhere, a code in
apposition, the next document of an elliptical list, and a counted set that names no one document.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.resources import load_yaml


def _words(lang: str) -> dict:
    return load_yaml("extract", "documents.yml", lang)


def is_counted(head: Token) -> bool:
    """«приняли три стратегии развития», «подписаны 15 документов»: a numeral before the head counts a
    set of documents; the phrase names none of them."""
    return any(c.dep_.startswith("nummod") and c.i < head.i for c in head.children)


def title_adjective(head: Token, lang: str) -> Token | None:
    """«приняли Кенчжуйскую декларацию», «принятое … Астанинское заявление» with the capitalized adjective
    hung on the verb instead of the noun (or tagged a place's name): right before the head, with an
    adjective's ending, and not the sentence's first word (where every word is capitalized), it begins
    the document's name."""
    if head.i == 0:
        return None
    before = head.doc[head.i - 1]
    endings = tuple(_words(lang).get("title_adjective_endings", ()))
    if (before.pos_ not in {"ADJ", "PROPN"} or before.head == head or not before.text[:1].isupper()
            or before.i == before.sent.start or before.ent_type_ == "Person" or not endings
            or not before.lower_.endswith(endings)):
        return None
    return before


def codes(head: Token) -> list[Token]:
    """«резолюции А/79/L.75», «резолюция S/RES/2216»: an apposition written without spaces and holding a
    digit is the document's code, a part of its name (other appositions are cut)."""
    found = []
    for child in head.children:
        if child.dep_ != "appos" or child.i < head.i:
            continue
        words = sorted(child.subtree, key=lambda t: t.i)
        joined = all(t.whitespace_ == "" for t in words[:-1])
        if joined and any(ch.isdigit() for t in words for ch in t.text):
            found.append(child)
    return found


def next_documents(head: Token, lang: str) -> list[Token]:
    """«решения о начальнике штаба и о структуре штаба, о распределении должностей», «решение о бюджете
    …, а также о председательстве»: after a plural head, or after «а также», a complement bringing its
    own topic preposition is the next document of an elliptical list; the name ends before it. A
    singular title with two topics («Соглашение о торговле и об инвестициях») stays whole."""
    words = _words(lang)
    topics = set(words.get("elliptical_prepositions", ()))
    plural = "Plur" in head.morph.get("Number")
    complements = [c for c in head.children if c.dep_ == "nmod" and _preposition(c) in topics and c.i > head.i]
    if not complements:
        return []
    first = min(complements, key=lambda c: c.i)
    candidates = [c for c in complements if c != first] + [c for c in first.conjuncts if c.i > first.i]
    return [c for c in candidates if _preposition(c) in topics and (plural or _also(c, words))]


def _also(token: Token, words: dict) -> bool:
    """«…, а также о председательстве»: the conjunct is introduced by «а также»/«также»."""
    marks = set(words.get("list_continuations", ()))
    return any(c.dep_ in {"cc", "advmod"} and (c.lemma_.lower() in marks or any(
        f.lemma_.lower() in marks for f in c.children if f.dep_ == "fixed")) for c in token.children)


def _preposition(token: Token) -> str | None:
    return next((c.lemma_.lower() for c in token.children if c.dep_ == "case"), None)
