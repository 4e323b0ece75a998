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
from kg.extract.event_phrases import SHAPERS
from kg.extract.spans import CUT_DEPS, is_quote_part, subtree_span, trimmed, with_closing_quote, with_quoted_title
from kg.resources import load_tsv, load_yaml
from kg.extract.tree import NOUNS


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
        if token.pos_ not in NOUNS or token.lemma_.lower() not in lexicon:
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
GATHERINGS = frozenset({"Summit", "Meeting", "Event"})      # classes of the events that adopt documents
LEADING_CUT = {"nmod", "obl", "advmod", "cc", "mark", "case", "discourse"}


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
    gathered = adopted_at_gathering(head, lang)
    specific = (proper or (head.text[:1].isupper() and len(span) > 1) or has_entity or has_year or named
                or gathered or "«" in span.text)
    return span if specific and (len(span) > 1 or capitalized or gathered) else None


def adopted_at_gathering(head: Token, lang: str) -> bool:
    """«декларации, принятой в ходе саммита», «принятой по итогам саммита декларации»: a document its
    participle says a gathering adopted is that gathering's one document of its kind, named so (the
    article's declaration: GUIDE §2 labels it by the descriptive phrase)."""
    adopting = load_yaml("extract", "documents.yml", lang)["adopting_verbs"]
    gatherings = {lemma for lemma, (label, kind, _) in heads(lang).items() if kind == "event" and label in GATHERINGS}
    participles = [c for c in head.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in adopting
                   and "Part" in c.morph.get("VerbForm")]
    places = [o for p in participles for o in p.children if o.dep_ in {"obl", "nmod"}]
    return any(t.lemma_.lower() in gatherings for o in places for t in (o, *o.children) if t.dep_ in {"obl", "nmod"})


def with_stray_topic(span: Span) -> Span:
    """«Договор о Евразийском экономическом союзе был подписан …»: the «о …» topic right after the head
    that the parser hung on the verb is still part of the document's name."""
    doc, head = span.doc, span.root
    strays = load_yaml("extract", "documents.yml", doc.lang_)["stray_topic_prepositions"]
    if span.end != head.i + 1 or span.end >= len(doc) or doc[span.end].lower_ not in strays:
        return span
    topic = doc[span.end].head
    if topic.i <= span.end or topic.head.i >= span.start and topic.head.i < span.end or topic.pos_ not in NOUNS:
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


def cut_children(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in CUT_DEPS | {"case"} and not is_quote_part(c)]
