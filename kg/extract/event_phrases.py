"""Event and group phrases the NER does not tag, found by head noun (kg/extract/phrases.py).

"XVI саммит БРИКС", "7-е заседание Совета глав государств-участников ШОС", "саммит «большой
двадцатки» в Вашингтоне"; "лидеры стран ЕАЭС". An event's name runs over the dependents that name
it (event_phrases.yml) and stops at clauses, parentheses and participles.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.spans import CUT_DEPS, ORGANIZATION, PERSON, PLACE, QUOTES, subtree_span, trimmed, with_quoted_title
from kg.extract.tree import stray_nominatives
from kg.resources import load_yaml



def group_span(head: Token) -> Span | None:
    """"секретари советов безопасности государств – членов ШОС", "лидеры стран ЕАЭС"."""
    if "Plur" not in head.morph.get("Number") or head.ent_type_:
        return None
    modifiers = [c for c in head.children if c.dep_ in {"nmod", "appos"} and c.i > head.i]
    if not modifiers:
        return None
    return subtree_span(head, [c for c in head.children if c.dep_ in CUT_DEPS - {"appos", "punct"} | {"case"}])


def event_span(head: Token) -> Span | None:
    """"7-е заседание Совета глав государств-участников ШОС", "саммит «большой двадцатки» в Вашингтоне",
    "XVI саммит БРИКС", and a bare "саммит" (resolution links it to the article's event).

    The name runs from the head's leading modifiers to its last naming dependent: a genitive, a
    quoted or named apposition, or a dependent with one of event_phrases.yml's prepositions; it stops before
    clauses, parentheses and anything else ("заседание под председательством …", "саммит, который …").
    """
    doc = head.doc
    # an active participle before the noun tells what happens to the event, not which it is («на продолжающемся
    # итоговом заседании», «состоявшийся саммит»)
    left = min([head.i] + [c.left_edge.i for c in head.children
                           if c.dep_ in {"amod", "nummod", "det"} and c.i < head.i and c.head == head
                           and not _active_participle(c)])
    while left < head.i and doc[left].dep_ in {"case", "fixed"}:
        left += 1           # «в ходе 15-го … саммита» with «в» hung on the adjective: no preposition in a name
    right = head.i
    subjects = stray_nominatives(head)      # «В ходе встречи делегации России … рассмотрели»: the verb's, not the name's
    for child in sorted((c for c in head.children if c.i > head.i), key=lambda c: c.i):
        if child.left_edge.i > right + 1 or not _names_event(child) or child in subjects:   # the name is contiguous
            if child.dep_ != "punct" or child.text not in QUOTES:
                break
            continue
        right = _subtree_end(child)
    if right == head.i:
        right = _misattached_genitive(head) or right
    return with_quoted_title(trimmed(doc, left, right + 1))


def _active_participle(token: Token) -> bool:
    return token.pos_ in CLAUSE_HEADS and "Act" in token.morph.get("Voice")


def _misattached_genitive(head: Token) -> int | None:
    """«провели заседание Высшего Евразийского экономического совета» with «совета» hung on a noun
    before the event (an arc crossing the event noun, which a Russian parse has only by mistake): the
    genitive right after the event noun, with its adjectives, is the event's; the end of that name."""
    doc = head.doc
    noun = next((t for t in doc[head.i + 1:head.sent.end] if t.dep_ != "amod"), None)
    if noun is None or noun.dep_ != "nmod" or noun.head.i >= head.i or "Gen" not in noun.morph.get("Case"):
        return None
    if any(t.head != noun for t in doc[head.i + 1:noun.i]) or any(c.dep_ == "case" for c in noun.children):
        return None
    return _subtree_end(noun)


CLAUSE_HEADS = {"VERB", "AUX"}
ALTERNATIVE = "/"      # «встречи в формате «аутрич»/«БРИКС плюс»»: the first name is the event's


def _names_event(child: Token) -> bool:
    case = next((c.lemma_.lower() for c in child.children if c.dep_ == "case"), None)
    words = load_yaml("extract", "event_phrases.yml", child.doc.lang_)
    if child.dep_ == "nmod":
        if case in words["place_prepositions"]:
            return (child.ent_type_ == PLACE and not _direction(child)) or child.lemma_.lower() in words["place_or_format"]
        if case is None:          # a genitive («саммит ШОС»), not a misattached subject («Си Цзиньпин выступил»,
            # «в ходе саммита президенты России … обсудили»)
            if child.pos_ == "NOUN" and child.morph.get("Case") == ["Nom"]:
                return False
            words = [child, *(c for c in child.children if c.dep_ == "flat:name")]
            return child.ent_type_ != PERSON or all("Gen" in w.morph.get("Case") for w in words)
        return case in words["name_prepositions"] and child.lemma_.lower() not in words["participation_nouns"]
    if child.dep_ == "appos":   # a «quoted» name or an abbreviation, not a person or a parenthesis
        quoted = child.text in QUOTES or any(t.text == "«" for t in child.subtree)
        return quoted or (child.ent_type_ == ORGANIZATION and not _in_parentheses(child))
    return False


def _direction(place: Token) -> bool:
    """«Для участия в саммите в Россию прибыли …»: a place in the accusative is where someone goes, not
    where the event is; only an inflected form tells it (an indeclinable «в Сочи» may be tagged either)."""
    return "Acc" in place.morph.get("Case") and place.lemma_.lower() != place.lower_


def _in_parentheses(token: Token) -> bool:
    doc = token.doc
    return token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == "("


def _subtree_end(token: Token) -> int:
    """Last index of the token's subtree before a clause, a participle or a parenthesis that ends it
    («… ШОС (далее – ШОС или Организация)»; «Совета глав правительств (премьер-министров) государств»
    goes on)."""
    doc, last = token.doc, token.right_edge.i
    # what hangs here by an arc across the clause's verb is no part of the name («… Секретариата ШОС в 2004 году
    # приняли участие министры … КНР» with «КНР» on «Секретариата»)
    own = {t.i for t in token.subtree}
    last = next((k - 1 for k in range(token.i + 1, last + 1) if doc[k].pos_ in CLAUSE_HEADS and k not in own), last)
    end = token.i
    for t in sorted(token.subtree, key=lambda t: t.i):    # non-projective parses yield out of order
        if t.i <= end:
            continue
        if t.i > last:
            break
        if t.text == "(":
            closing = next((i for i in range(t.i + 1, last + 1) if doc[i].text == ")"), None)
            if closing is None or closing + 1 > last or doc[closing + 1].is_punct:
                break
            end = closing
            continue
        if t.dep_ in {"acl", "acl:relcl", "parataxis"} or "Part" in t.morph.get("VerbForm") or (
                t.dep_ == "punct" and t.text == "," and t.head.dep_ != "conj") or t.text == ALTERNATIVE:
            break
        end = t.i
    return end


SHAPERS = {"group": group_span, "event": event_span}
