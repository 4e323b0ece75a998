"""Negation and modality: which triggers state a fact.

A knowledge graph stores what happened or holds, so "не участвуют в принятии", "может вступить",
"не исключил, что …", "планирует подписать", "необходимо принять" (for the adoption itself) and
conditionals/future plans yield no plain fact: the statement is negated or only possible, wanted
or demanded. Encoding such statements would need modal qualifiers the ontology does not have, so
they are dropped. The opinion or demand itself is a fact when a frame reads it as one
("Токаев полагает, что необходимо принять Программу" → Tokayev callsFor the Programme).

The check walks from the trigger up through the governors of its clause (stopping at
parentheticals, relative and adverbial clauses, which assert on their own) and reports the first
reason found. A future dated by its start («С 1 января 2025 года … станут странами-партнерами») is
decided, not planned, and passes.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from kg.extract.periods import date_value
from kg.resources import load_yaml

FUTURE = "conditional or future"
AUXILIARIES = {"aux", "aux:pass"}      # «будет подписан», «будет согласована»


ACTIVE_SUBJECT = "nsubj"


def blocking_reason(trigger: Token, lang: str, *, stance: bool = False, future: bool = False,
                    timed_future: bool = True, published: dt.date | None = None) -> str | None:
    """Why the statement triggered by `trigger` is not a plain fact, or None if it is one.

    `stance`: the frame reports an opinion or demand itself, so a governing belief verb is allowed.
    `future`: a plain future states a decided fact («новым генсеком станет X», «приступит к
    обязанностям с 1 октября»): appointments are reported so; conditionals still block.
    `timed_future`: a «будет» future the clause times is decided («В течение следующего года Кыргызстан
    будет председательствовать»); not for acts, only announced until done («Программа саммита будет
    согласована 25 июня»).
    `published`: the article's date; a future dated before it tells history («Тбилиси присоединится к
    СНГ осенью 1993-го и первым его покинет в 2008 году») and is a fact.
    """
    words = load_yaml("extract", "modality.yml", lang)
    reason = _own_reason(trigger, words, lang, future, own=True, timed_future=timed_future, published=published)
    token = trigger
    while reason is None and token.dep_ not in words["stop_relations"] and token.head != token:
        # the subject of a modal or supporting verb is said to exist («Катар и другие члены ССАГПЗ
        # поддержали …»): only what the verb governs otherwise is a possibility or a cause
        governed = token.dep_ != ACTIVE_SUBJECT and not _occasion(token, words)
        token = token.head
        reason = _own_reason(token, words, lang, future, published=published) or (
            _governor_reason(token, words, stance) if governed else None)
    return reason


def _narrated(token: Token, lang: str, published: dt.date | None) -> bool:
    """A future tense the clause dates in a year before the article's: history told in the future."""
    if published is None:
        return False
    years = [date_value(child, lang) for child in token.children if child.dep_ in {"obl", "obl:tmod", "nmod"}]
    return any(value is not None and int(value.lexical[:4]) < published.year for value in years)


def _occasion(token: Token, words: dict) -> bool:
    """«На заседании в Душанбе министры обсудили …»: a locative «в/на» phrase is the occasion of what its
    verb says, and happened whatever the verb's modality (its own negation or future still counts); so is
    a compound preposition built on one («В ходе саммита лидеры обсудили …»: «ходе» fixed on «в», the
    event in the genitive)."""
    if token.dep_ != "obl":
        return False
    # the parser may hang the preposition on an adjective of the noun («в ходе 15-го … саммита»)
    modified = [token, *(a for a in token.children if a.dep_ == "amod" and a.i < token.i)]
    cases = [c for t in modified for c in t.children if c.dep_ == "case" and c.lemma_.lower() in words["occasions"]]
    return any("Loc" in token.morph.get("Case") or any(
        f.dep_ == "fixed" and f.lemma_.lower() in words["occasion_compounds"] for f in c.children) for c in cases)


def _own_reason(token: Token, words: dict, lang: str, future: bool = False, own: bool = False,
                timed_future: bool = True, published: dt.date | None = None) -> str | None:
    reason = _unreal(token, words, lang, future, own, timed_future)
    if reason is not None and reason.startswith(FUTURE) and (
            _scheduled(token, lang) or _narrated(token, lang, published)):
        return None         # «с 1 января 2025 года станут партнерами»: decided and dated; or history
    return reason


def _scheduled(token: Token, lang: str) -> bool:
    """The clause dates its start («с 1 января 2026 года»): a decided future, written as a fact."""
    since = load_yaml("extract", "periods.yml", lang)["dates"]["since"]
    return any(any(c.dep_ == "case" and c.lemma_.lower() in since for c in child.children)
               and (child.like_num or child.lemma_.lower() in load_yaml("extract", "periods.yml", lang)["dates"]["units"])
               and date_value(child, lang) is not None for child in token.children)


def _timed(token: Token, lang: str) -> bool:
    """«В течение следующего года Кыргызстан будет председательствовать»: a future the clause times is
    a decided one; «На встрече будет принята декларация» is only announced."""
    units = load_yaml("extract", "periods.yml", lang)["dates"]["units"]
    return any(c.dep_ in {"obl", "obl:tmod", "advmod"} and (c.lemma_.lower() in units or c.like_num)
               for c in token.children)


def _unreal(token: Token, words: dict, lang: str, future: bool = False, own: bool = False,
            timed_future: bool = True) -> str | None:
    """`own`: `token` is the trigger; a «будет» the tagger left in the present counts only there («будет
    принята декларация»), not on a clause a noun trigger sits in («флаг в штаб-квартире МАГАТЭ будет
    приспущен» still places the headquarters)."""
    for child in token.children:
        if child.lemma_.lower() in words["negation"] and not _negation_exception(child, words):
            return f"negated: {child.text} {token.text}"
        if child.dep_ == "mark" and child.lemma_.lower() in words["markers"]:
            return f"unreal clause: {child.text}"
        if (child.lemma_.lower() in words["conditional_particles"]
                or (child.dep_ in AUXILIARIES and not future and "Fut" in child.morph.get("Tense"))
                or (own and child.dep_ in AUXILIARIES and not future
                    and child.text.lower() in words["future_auxiliaries"]
                    and not (timed_future and _timed(token, lang)))):
            return f"{FUTURE}: {child.text} {token.text}"
    if "Cnd" in token.morph.get("Mood") or ("Fut" in token.morph.get("Tense") and not future):
        return f"{FUTURE}: {token.text}"
    return None


def _governor_reason(token: Token, words: dict, stance: bool) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in words["irrealis"]:
        return f"modal: {token.text}"
    if lemma in words["belief"] and not stance:
        return f"opinion: {token.text}"
    return None


def _negation_exception(particle: Token, words: dict) -> bool:
    following = particle.nbor(1) if particle.i + 1 < len(particle.doc) else None
    return following is not None and following.lemma_.lower() in words["negation_exceptions"]
