"""Noun phrases the NER does not tag: documents, groups of people and events, found by head noun.

The head-noun lexicon (`heads.tsv`) gives the class; the phrase is the head's dependency subtree
without coordinated siblings and clauses, kept only when it is specific enough to name one thing
(a bare "программа" or "встреча" is not a mention).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.document_edges import codes, is_counted, next_documents, title_adjective
from kg.resources import load_tsv, load_yaml
from kg.extract.spans import ORGANIZATION, PERSON, PLACE, subtree_span, trimmed

# Branches that belong to another phrase: coordinated heads, clauses, appositions, parentheticals.
CUT_DEPS = {"conj", "cc", "acl", "acl:relcl", "parataxis", "appos", "punct"}


@dataclass(frozen=True)
class Phrase:
    span: Span
    label: str
    kind: str     # "document", "group" or "event"


def heads(lang: str) -> dict[str, tuple[str, str, frozenset[str]]]:
    """lemma → (class, kind, prepositions the head needs unless capitalized) from heads.tsv."""
    return {row[0]: (row[1], row[2], frozenset(row[3].split(",")) if len(row) > 3 else frozenset())
            for row in load_tsv("extract", "heads.tsv", lang)}


def find_phrases(doc: Doc, lang: str) -> Iterator[Phrase]:
    lexicon = heads(lang)
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in lexicon:
            continue
        label, kind, needs = lexicon[token.lemma_.lower()]
        titled = token.text[:1].isupper() and token.i > token.sent.start
        if needs and not titled and not _has_complement(token, needs) and not named_by_modifier(token, lang):
            continue                  # «принял решение направить войска» is no named decision
        span = document_span(token, lang) if kind == "document" else SHAPERS[kind](token)
        if span is not None:
            yield Phrase(span, label, kind)


def _has_complement(token: Token, prepositions: frozenset[str]) -> bool:
    """«решение о приеме Ирана», not «решение об этом»."""
    return any(c.dep_ == "nmod" and c.pos_ not in {"PRON", "DET"}
               and any(g.dep_ == "case" and g.lemma_.lower() in prepositions for g in c.children)
               for c in token.children)


# words before a document's head that are no part of its name («в том числе Соглашение …», «в частности Конвенция»)
LEADING_CUT = {"nmod", "obl", "advmod", "cc", "mark", "case", "discourse"}
TOPIC_PREPOSITIONS = {"о", "об"}


def _when(head: Token, lang: str) -> list[Token]:
    """«закон о повышении пенсионного возраста 27 сентября», «законопроект о … в июне»: when it was adopted
    is no part of a document's name (its dated title «от 21 декабря 2015 года» and the period it covers
    «на 2022–2023 годы», «до 2035 года» are)."""
    months = set(load_yaml("extract", "periods.yml", lang)["dates"]["units"]) - {"год"}
    dates = {t.head if t.dep_ == "flat" else t for t in head.subtree if t.lemma_.lower() in months}   # «27 сентября»
    return [d for d in dates if d != head and d.dep_ in {"nmod", "obl"} and preposition_of(d) in {None, "в"}
            and d.right_edge.i == head.right_edge.i]    # trailing: «об утверждении 6 февраля Днем памяти» is a name


def preposition_of(token: Token) -> str | None:
    return next((c.lemma_.lower() for c in token.children if c.dep_ == "case"), None)


def _before_repeated_head(span: Span, head: Token) -> Span:
    """«резолюцию о предоставлении Афганистану …, резолюцию о предоставлении Турции …»: the head noun
    again after a comma starts the next document, however the parser hung it."""
    doc = span.doc
    for token in doc[head.i + 2:span.end]:
        if token.lemma_ == head.lemma_ and doc[token.i - 1].text == ",":
            return trimmed(doc, span.start, token.i - 1)
    return span


def _inner_ends(head: Token, lang: str) -> list[Token]:
    """Where a document's name ends deeper in its subtree: a clause or another coordinated document
    («резолюцию о предоставлении Афганистану статуса …, резолюцию о предоставлении Турции …», «протокол
    к этому соглашению, в котором подчеркнули …»), or «включая» («решение о введении мер, включая …»)."""
    documents = {lemma for lemma, (_, kind, _) in heads(lang).items() if kind == "document"}
    cuts = load_yaml("extract", "documents.yml", lang)["name_cuts"]
    return [t for t in head.subtree if t != head and (
        t.dep_ in {"acl:relcl", "parataxis"} or (t.dep_ == "conj" and t.lemma_.lower() in documents)
        or t.lemma_.lower() in cuts or _set_off_participle(t))]


def _set_off_participle(token: Token) -> bool:
    """«резолюцию по ситуации в Украине, инициированную Россией»: a participial clause after a comma
    says something about the document (whoever hung it on the noun before), it is no part of its name."""
    doc = token.doc
    first = token.left_edge.i      # the comma hangs on the participle or before its clause
    return (token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") and token.i > token.head.i
            and (doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")))


def named_by_modifier(head: Token, lang: str) -> bool:
    """«приняли итоговую декларацию», «подписали совместное заявление»: the one such document of the
    meeting, when it is what is adopted or signed («сделали совместное заявление» is a statement made);
    so is a document its topic describes («приняла резолюцию с осуждением …», «ратифицировал протокол о
    вступлении страны в НАТО», «соглашение о сотрудничестве, подписанное в 2019 году»), not a bare one
    («приняли декларацию»)."""
    words = load_yaml("extract", "documents.yml", lang)
    adopting = words["adopting_verbs"]
    modified = any(c.dep_ == "amod" and c.lemma_.lower() in words["naming_modifiers"] for c in head.children)
    if not modified and not _described(head, frozenset(words["topic_prepositions"]), lang):
        return False
    if any(c.dep_ in {"acl", "amod"} and c.lemma_.lower() in adopting for c in head.children):
        return True                                 # «подписанное сторонами», «принятую в Бишкеке»
    while head.dep_ == "conj":
        head = head.head
    signed_under = (preposition_of(head) in words.get("signature_prepositions", ())
                    and head.head.lemma_.lower() in words.get("signature_nouns", ()))   # «подписи под решением о …»
    return signed_under or (head.dep_ in {"obj", "nsubj:pass", "nsubj"} and head.head.lemma_.lower() in adopting)


def _described(head: Token, prepositions: frozenset[str], lang: str) -> bool:
    """A topic on the head or on its genitive («программу сотрудничества по противодействию терроризму»), or
    a complement of a document listed after another one («утверждены Концепция …, программа сотрудничества
    в сфере противодействия терроризму»)."""
    genitives = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i and preposition_of(c) is None]
    if _has_complement(head, prepositions) or any(_has_complement(g, prepositions) for g in genitives):
        return True
    documents = {lemma for lemma, (_, kind, _) in heads(lang).items() if kind == "document"}
    return head.dep_ == "conj" and head.head.lemma_.lower() in documents and bool(genitives)


def document_span(head: Token, lang: str) -> Span | None:
    """"Антинаркотической стратегии ШОС на 2024-2029 годы", "Инициативу ШОС «О …»"."""
    if is_counted(head):
        return None
    leading = [c for c in head.children if c.i < head.i and c.dep_ in LEADING_CUT] + _when(head, lang)
    cuts = [c for c in cut_children(head) if c not in codes(head)] + next_documents(head, lang)
    span = with_stray_period(with_closing_quote(with_quoted_title(with_stray_topic(_before_repeated_head(
        subtree_span(head, cuts + leading + _inner_ends(head, lang)), head)))), lang)
    adjective = title_adjective(head, lang)
    if adjective is not None and span.start == head.i:
        span = span.doc[adjective.i:span.end]
    has_entity = any(t.ent_type_ for t in span if t is not head)
    has_year = any(t.like_num or any(c.isdigit() for c in t.text) for t in span)
    capitalized = head.text[:1].isupper() and head.i > head.sent.start      # «в Декларации, принятой …»
    proper = any(t.text[:1].isupper() and t.i > t.sent.start for t in span)   # «Казанскую декларацию»
    named = named_by_modifier(head, lang)
    specific = (proper or (head.text[:1].isupper() and len(span) > 1) or has_entity or has_year or named
                or "«" in span.text)
    return span if specific and (len(span) > 1 or capitalized) else None


def with_stray_topic(span: Span) -> Span:
    """«Договор о Евразийском экономическом союзе был подписан …»: the «о …» topic right after the head
    that the parser hung on the verb is still part of the document's name."""
    doc, head = span.doc, span.root
    if span.end != head.i + 1 or span.end >= len(doc) or doc[span.end].lower_ not in TOPIC_PREPOSITIONS:
        return span
    topic = doc[span.end].head
    if topic.i <= span.end or topic.head.i >= span.start and topic.head.i < span.end or topic.pos_ not in {"NOUN", "PROPN"}:
        return span
    rest = subtree_span(topic, [c for c in topic.children if c.dep_ in CUT_DEPS - {"punct"}])
    return doc[span.start:max(rest.end, topic.i + 1)] if rest.start <= span.end + 1 else span


PERIOD_REACH = 5          # words from the preposition to «года»/«годы»: «до 2030 года», «на 2026-2030 годы»


def with_stray_period(span: Span, lang: str) -> Span:
    """«утверждены Концепция военного сотрудничества государств СНГ до 2030 года» with «до 2030 года» hung on
    the verb: the period right after a document's name is part of its title (GUIDE §8)."""
    doc, start, words = span.doc, span.end, load_yaml("extract", "documents.yml", lang)
    if start >= len(doc) or doc[start].lower_ not in words["period_prepositions"]:
        return span
    for end in range(start + 1, min(start + PERIOD_REACH, span.sent.end)):
        if doc[end].lemma_.lower() == words["period_unit"]:
            numbered = any(any(ch.isdigit() for ch in t.text) for t in doc[start + 1:end])
            return doc[span.start:end + 1] if numbered else span
    return span


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
    quoted or named apposition, or a dependent with one of EVENT_PREPOSITIONS; it stops before
    clauses, parentheses and anything else ("заседание под председательством …", "саммит, который …").
    """
    doc = head.doc
    left = min([head.i] + [c.left_edge.i for c in head.children
                           if c.dep_ in {"amod", "nummod", "det"} and c.i < head.i and c.head == head])
    right = head.i
    for child in sorted((c for c in head.children if c.i > head.i), key=lambda c: c.i):
        if child.left_edge.i > right + 1 or not _names_event(child):     # the name is contiguous
            if child.dep_ != "punct" or child.text not in QUOTES:
                break
            continue
        right = _subtree_end(child)
    if right == head.i:
        right = _misattached_genitive(head) or right
    return with_quoted_title(trimmed(doc, left, right + 1))


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



EVENT_PREPOSITIONS = {"по", "с", "между", "на", "против"}
QUOTES = {"«", "»", '"'}
ALTERNATIVE = "/"      # «встречи в формате «аутрич»/«БРИКС плюс»»: the first name is the event's
PLACE_OR_FORMAT = {"формат", "рамка", "верх"}   # «встреча в формате "БРИКС плюс"», «встреча в верхах»


def _names_event(child: Token) -> bool:
    case = next((c.lemma_.lower() for c in child.children if c.dep_ == "case"), None)
    if child.dep_ == "nmod":
        if case == "в":
            return child.ent_type_ == PLACE or child.lemma_.lower() in PLACE_OR_FORMAT
        if case is None:          # a genitive («саммит ШОС»), not a misattached subject («Си Цзиньпин выступил»)
            words = [child, *(c for c in child.children if c.dep_ == "flat:name")]
            return child.ent_type_ != PERSON or all("Gen" in w.morph.get("Case") for w in words)
        return case in EVENT_PREPOSITIONS
    if child.dep_ == "appos":   # a «quoted» name or an abbreviation, not a person or a parenthesis
        quoted = child.text in QUOTES or any(t.text == "«" for t in child.subtree)
        return quoted or (child.ent_type_ == ORGANIZATION and not _in_parentheses(child))
    return False


def _in_parentheses(token: Token) -> bool:
    doc = token.doc
    return token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == "("


def _subtree_end(token: Token) -> int:
    """Last index of the token's subtree before a clause, a participle or a parenthesis that ends it
    («… ШОС (далее – ШОС или Организация)»; «Совета глав правительств (премьер-министров) государств»
    goes on)."""
    doc, last = token.doc, token.right_edge.i
    end = token.i
    for t in sorted(token.subtree, key=lambda t: t.i):    # non-projective parses yield out of order
        if t.i <= end:
            continue
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


def cut_children(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in CUT_DEPS | {"case"} and not is_quote_part(c)]


def is_quote_part(token: Token) -> bool:
    """A quote mark, or a dependent holding a quoted title («…», or "…" in straight quotes)."""
    return token.text in QUOTES or any(t.text in {"«", '"'} for t in token.subtree)


def with_quoted_title(span: Span) -> Span:
    """Extend a document name over a «quoted title» that directly follows it (parsers attach it anywhere)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "«":
        closing = next((t.i for t in doc[span.end:span.sent.end] if t.text == "»"), None)
        if closing is not None:
            return doc[span.start:closing + 1]
    if "«" in span.text and "»" not in span.text:
        closing = next((t.i for t in doc[span.end:span.sent.end] if t.text == "»"), None)
        if closing is not None:
            return doc[span.start:closing + 1]
    return span


def with_closing_quote(span: Span) -> Span:
    """«резолюцию с осуждением незаконных "референдумов"»: a straight quote the name opens closes in it."""
    doc = span.doc
    if span.text.count('"') % 2 and span.end < len(doc) and doc[span.end].text == '"':
        return doc[span.start:span.end + 1]
    return span
