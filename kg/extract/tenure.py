"""When a post is held: validFrom / validUntil from the clause that gives it (`tenure` in posts.yml).

"Рютте приступит к исполнению обязанностей генерального секретаря НАТО с 1 октября 2024 года" →
validFrom 2024-10-01; "Гутерреш с 1995 года по 2002 году занимал пост премьер-министра
Португалии" → 1995 to 2002; "Аннан был седьмым генсеком ООН (1997–2006)"; "Гросси был назначен
главой МАГАТЭ в октябре 2019 года" → validFrom 2019-10 (a start verb); "30 июня пост гендиректора
ВОЗ покидает Маргарет Чен" → validUntil (an end verb); "с 1 августа 2022 года сроком на три года"
→ validUntil 2025. Dates a clause gives for something else (a dateline, a meeting) are not read:
only dependents of the verb and of the title count.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from kg.extract.context import ExtractContext
from kg.extract.periods import calendar_value
from kg.resources import load_yaml
from kg.types import Qualifiers, Value
from kg.extract.tree import VERBS

START, END = "validFrom", "validUntil"
DATE_DEPS = frozenset({"obl", "nmod", "advmod", "obl:tmod", "nummod", "flat"})
CLAUSE_MARKS = frozenset({",", ";", ":"})


@cache
def _words(lang: str) -> dict:
    data = load_yaml("extract", "posts.yml", lang)["tenure"]
    return {**data, "date": re.compile(data["date"]), "span": re.compile(data["span"]),
            "term": re.compile(data["term"]), "since": frozenset(data["since"]), "until": frozenset(data["until"]),
            "at": frozenset([None, *data["at"]]),
            "start_verbs": frozenset(data["start_verbs"]), "end_verbs": frozenset(data["end_verbs"])}


def tenure(post: Span, verb: Token | None, ctx: ExtractContext) -> Qualifiers:
    """The qualifiers a post's clause gives its holding (empty when it names no date); a day and a
    month without a year are of the article's year ("30 июня пост … покидает")."""
    words = _words(ctx.lang)
    year = str(ctx.article.published.year) if ctx.article.published is not None else None
    found: dict[str, Value] = {}
    for token, preposition in _date_tokens(post, verb):
        value = _date(token, words, year)
        if value is None:
            continue
        kind = _kind(preposition, verb, words)
        if kind is not None:
            found.setdefault(kind, value)
    span = words["span"].search(post.doc[post.end:min(post.end + 6, post.sent.end)].text)
    if span is not None and post.doc[post.end].text == "(":
        found.setdefault(START, Value(span.group("start"), "gYear"))
        found.setdefault(END, Value(span.group("end"), "gYear"))
    end = _term_end(post, found.get(START), words)
    if end is not None:
        found.setdefault(END, end)
    return tuple(sorted(found.items()))


def _date_tokens(post: Span, verb: Token | None) -> Iterator[tuple[Token, str | None]]:
    """(token, its preposition) for the date-like dependents of the verb and of the title, and for
    dates between the title and its verb that the parser hung on a verb of another clause
    («Новым генсеком с 1 января станет X, который сейчас занимает …»). A dependent beyond a comma
    belongs to another clause, whatever the parse says."""
    heads = [post.root] + ([verb] if verb is not None else [])
    between = _between(post, verb)
    dates = [child for head in heads for child in head.children if not _comma_between(child, head)]
    dates += [token for token in between if token.head not in heads and token.head.pos_ in VERBS
              and not between.start <= token.head.i < between.end]
    # «с 1999 по 2008 годы»: the parser may hang the end of a range on its start
    dates += [child for token in dates if token.dep_ in DATE_DEPS for child in token.children
              if child.i > token.i and any(c.dep_ == "case" for c in child.children)]
    for token in dict.fromkeys(dates):
        if token.dep_ in DATE_DEPS and any(c.like_num for c in token.subtree):
            case = next((c.lemma_.lower() for c in token.children if c.dep_ == "case"), None)
            yield token, case


def _between(post: Span, verb: Token | None) -> Span:
    """The words between a title and the verb that gives it, when no comma parts them."""
    doc = post.doc
    if verb is None:
        return doc[post.end:post.end]
    span = doc[post.end:verb.i] if verb.i >= post.end else doc[verb.i + 1:post.start]
    return doc[post.end:post.end] if any(t.text in CLAUSE_MARKS for t in span) else span


def _comma_between(token: Token, head: Token) -> bool:
    start, end = sorted((token.i, head.i))
    return any(t.text in CLAUSE_MARKS for t in token.doc[start + 1:end]) and not (
        token.left_edge.i <= head.i <= token.right_edge.i)


def _date(token: Token, words: dict, article_year: str | None) -> Value | None:
    text = token.doc[token.left_edge.i:token.right_edge.i + 1].text.lower()
    match = next((m for m in words["date"].finditer(text) if m.group("year") or (m.group("day") and m.group("month"))),
                 None)
    if match is None:
        return None
    year, month, day = match.group("year") or article_year, match.group("month"), match.group("day")
    return None if year is None else calendar_value(year, month, day, words["months"])


def _kind(preposition: str | None, verb: Token | None, words: dict) -> str | None:
    if preposition in words["since"]:
        return START
    if preposition in words["until"]:
        return END
    if preposition not in words["at"] or verb is None:
        return None
    lemma = verb.lemma_.lower()
    return START if lemma in words["start_verbs"] else END if lemma in words["end_verbs"] else None


def _term_end(post: Span, start: Value | None, words: dict) -> Value | None:
    """"сроком на три года" from a stated start: the start year plus the term."""
    if start is None:
        return None
    match = words["term"].search(post.sent.text)
    if match is None:
        return None
    years = match.group("years")
    count = int(years) if years.isdigit() else words["numbers"].get(years.lower())
    return Value(str(int(start.lexical[:4]) + count), "gYear") if count else None
