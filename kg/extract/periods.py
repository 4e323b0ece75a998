"""Time: validity periods of documents, dates a clause names, and the qualifiers they give a fact."""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.context import ExtractContext
from kg.extract.tree import SUBJECTS
from kg.resources import load_yaml
from kg.types import Qualifiers, Value

CLAUSE_ROLES = {"xcomp", "obj", "obl", "nsubj", "nsubj:pass"}   # a noun whose verb's dates are its own
DATE_DEPS = {"obl", "nmod", "advmod", "obl:tmod", "nummod"}
START, END = "validFrom", "validUntil"
PERIOD = "period"      # the `time` of a frame whose fact lasts: its dates give validFrom and validUntil


def validity(text: str, lang: str) -> Qualifiers:
    """("validFrom", 2024), ("validUntil", 2029) from "… на 2024-2029 годы"; () when no period."""
    for entry in load_yaml("extract", "periods.yml", lang)["patterns"]:
        match = re.search(entry["regex"], text)
        if match:
            years = {k: v for k, v in match.groupdict().items() if v}
            start = years.get("from", years.get("year"))
            end = years.get("until", years.get("year"))
            return tuple((name, Value(year, "gYear"))
                         for name, year in (("validFrom", start), ("validUntil", end)) if year)
    return ()


def clause_time(trigger: Token, kind: str, ctx: ExtractContext, *, fallback: bool) -> Qualifiers:
    """The qualifier a date in the trigger's clause gives: «с 1 января 2026 года» → validFrom, «до
    2028 года» → validUntil, any other date → `kind` (for PERIOD, see `_period`); else, with `fallback`, the article's date as
    pointInTime (when the fact happened is when it was reported)."""
    found = []
    phase = _phase(trigger, ctx.lang) if kind == PERIOD else None
    for token, preposition in _date_tokens(trigger, ctx.lang):
        value = date_value(token, ctx.lang) or _relative_value(token, preposition, ctx)
        if value is not None and phase is not None and preposition not in _words(ctx.lang)["since"]:
            found.append((phase, value))          # «10 февраля закончилось председательство Руанды»
        elif value is not None and kind == PERIOD:
            found.extend(_period(token, preposition, value, ctx.lang))
        elif value is not None:
            found.append((_qualifier(preposition, kind, ctx.lang), value))
    if found:
        return tuple(dict(found).items())
    if fallback and ctx.article.published is not None:
        return ((phase or "pointInTime", Value(ctx.article.published.isoformat(), "date")),)
    return ()


def _phase(trigger: Token, lang: str) -> str | None:
    """START or END when the verb the trigger is the subject or object of begins or ends what it
    names («Россия начала председательство», «Беларусь завершает председательство»)."""
    words = _words(lang)
    verb = trigger.head if trigger.dep_ in {*SUBJECTS, "obj"} and trigger.pos_ != "VERB" else None
    lemma = verb.lemma_.lower() if verb is not None else ""
    return START if lemma in words["starts"] else END if lemma in words["ends"] else None


def _relative_value(token: Token, preposition: str | None, ctx: ExtractContext) -> Value | None:
    """A date the article's publication makes plain: «в прошлом году» → the year before, «в следующем
    году» → the year after; «10 февраля» without a year → this year's when it is not later than the
    publication (a later day could be last year's or next year's), and not a start («с 1 января» in
    September is mostly the next one)."""
    published, words = ctx.article.published, _words(ctx.lang)
    if published is None:
        return None
    shifts = words["relative_years"]
    for t in token.subtree:
        if t.lemma_.lower() in shifts and t.head.lemma_.lower() == words["units"][0]:
            return Value(str(published.year + shifts[t.lemma_.lower()]), "gYear")
    text = token.doc[token.left_edge.i:token.right_edge.i + 1].text.lower()
    match = re.search(words["day_regex"], text)
    if match is None or preposition in words["since"]:
        return None
    month = next(i for i, prefix in enumerate(words["months"], 1) if match.group("month").startswith(prefix))
    day = int(match.group("day"))
    if (month, day) > (published.month, published.day):
        return None
    return Value(f"{published.year}-{month:02d}-{day:02d}", "date")


def _period(token: Token, preposition: str | None, value: Value, lang: str) -> Qualifiers:
    """A state that lasts (a chairmanship): «с 1 января 2026 года» starts it, «до 2028 года» ends it,
    a range «в 2024-2025 годах» gives both ends, a bare year «в 2025 году» is both its start and its
    end, and a bare day or month «1 января 2023 года заступил» is its start."""
    if preposition in _words(lang)["since"]:
        return ((START, value),)
    if preposition in _words(lang)["until"]:
        return ((END, value),)
    span = validity(token.doc[token.left_edge.i:token.right_edge.i + 1].text, lang)
    if len(span) == 2:
        return span
    return ((START, value), (END, value)) if value.datatype == "gYear" else ((START, value),)


def clause_date(trigger: Token, ctx: ExtractContext) -> Value | None:
    """The first date the trigger's clause names («была основана 8 августа 1967 года»)."""
    for token, preposition in _date_tokens(trigger, ctx.lang):
        if preposition not in _words(ctx.lang)["until"]:
            value = date_value(token, ctx.lang)
            if value is not None:
                return value
    return None


def date_value(token: Token, lang: str) -> Value | None:
    """«8 августа 1967 года» → 1967-08-08, «в июне 2006 года» → 2006-06, «в 1989 году» → 1989."""
    words = _words(lang)
    text = token.doc[token.left_edge.i:token.right_edge.i + 1].text.lower()
    match = re.search(words["date_regex"], text)
    if match is None:
        return None
    return calendar_value(match.group("year"), match.group("month"), match.group("day"), words["months"])


def calendar_value(year: str, month: str | None, day: str | None, months: list[str]) -> Value:
    """The most precise literal the parts give: a date, a year and month, or a year.
    `months` are the month names' stems in calendar order («январ», «феврал», …)."""
    if month is None:
        return Value(year, "gYear")
    number = next(i for i, prefix in enumerate(months, 1) if month.startswith(prefix))
    if day is None:
        return Value(f"{year}-{number:02d}", "gYearMonth")
    return Value(f"{year}-{number:02d}-{int(day):02d}", "date")


def _date_tokens(trigger: Token, lang: str):
    """(token, its preposition) for the dependents of the trigger and of the verb it completes; the
    preposition is the date's own when the dependent only holds it («по итогам саммита в 2023 году
    присоединились»: «в», not «по»)."""
    heads = [trigger]
    if trigger.dep_ in CLAUSE_ROLES and trigger.pos_ != "VERB":
        heads.append(trigger.head)                 # «стали членами … с 1 января», «приняла председательство …»
    elif (trigger.dep_ == "nmod" and trigger.head.dep_ in SUBJECTS and trigger.head.pos_ != "VERB"
          and trigger.head.head.lemma_.lower() in _words(lang)["phases"]):
        # «Членство новых шести стран БРИКС … начнется с 1 января 2024 года»: the role noun inside the
        # subject of a verb that starts or ends it
        heads += [trigger.head, trigger.head.head]
    units = set(_words(lang)["units"])
    for head in heads:
        for child in head.children:
            if child.dep_ in DATE_DEPS and child.i != trigger.i:
                yield child, _preposition(_date_head(child, units))


def _date_head(token: Token, units: set[str]) -> Token:
    """The word heading the date inside the dependent: itself, or a unit noun («году», «сентября») deeper."""
    if token.lemma_.lower() in units or token.like_num:
        return token
    return next((t for t in token.subtree if t.lemma_.lower() in units and t != token), token)


def _preposition(token: Token) -> str | None:
    return next((c.lemma_.lower() for c in token.children if c.dep_ == "case"), None)


def _qualifier(preposition: str | None, kind: str, lang: str) -> str:
    words = _words(lang)
    if preposition in words["since"]:
        return START
    if preposition in words["until"]:
        return END
    return kind


def _words(lang: str) -> dict:
    return load_yaml("extract", "periods.yml", lang)["dates"]
