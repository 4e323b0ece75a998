"""Time: validity periods of documents and the time a fact happened."""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.context import ExtractContext
from kg.resources import load_yaml
from kg.types import Qualifiers, Value

YEAR = re.compile(r"^(1[89]|20)\d\d$")


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


def point_in_time(trigger: Token, ctx: ExtractContext) -> Qualifiers:
    """The year the clause names ("в 2023 году"), else the article's date, else nothing."""
    for token in (trigger, trigger.head):
        for child in token.children:
            year = _year_of(child, load_yaml("extract", "periods.yml", ctx.lang)["year_nouns"])
            if year:
                return (("pointInTime", Value(year, "gYear")),)
    if ctx.article.published is not None:
        return (("pointInTime", Value(ctx.article.published.isoformat(), "date")),)
    return ()


def _year_of(token: Token, year_nouns: list[str]) -> str | None:
    """"в 2023 году" → "2023" (the year noun with a four-digit modifier)."""
    if token.lemma_.lower() not in year_nouns or token.dep_ not in {"obl", "nmod"}:
        return None
    return next((c.text for c in token.children if YEAR.match(c.text)), None)
