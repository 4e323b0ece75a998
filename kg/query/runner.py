"""Run one SPARQL query over the union of a store's graphs, with kg's prefixes predefined."""
from __future__ import annotations

import re

import pyoxigraph as ox

from kg.query.checker import QueryError, check
from kg.query.planner import plan
from kg.vocab import prefixes

__all__ = ["QueryError", "run", "explain_syntax_error"]
_POSITION = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.DOTALL)


def run(database: ox.Store, sparql: str, substitutions: dict | None = None, *, allow_service: bool = False,
        planned: bool = True):
    """QuerySolutions (SELECT), QueryBoolean (ASK) or QueryTriples (CONSTRUCT/DESCRIBE).

    The parsed query is checked first (kg.query.checker): SERVICE is refused unless
    `allow_service`, updates always. Without FROM the query sees the union of all graphs;
    with FROM / FROM NAMED it sees the graphs it names. A join of open triple patterns is handed
    to Oxigraph as hash-joined sub-SELECTs when that is cheaper (kg.query.planner; `planned=False`
    runs the text as given).
    """
    checked = check(sparql, allow_service=allow_service)
    union = not checked.has_dataset_clause
    try:
        text = plan(database, sparql, checked.tree, prefixes=prefixes(), union=union,
                    substitutions=substitutions) if planned else sparql
        return database.query(text, prefixes=prefixes(), substitutions=substitutions or None,
                              use_default_graph_as_union=union)
    except SyntaxError as error:
        raise QueryError(explain_syntax_error(sparql, str(error))) from None


def explain_syntax_error(sparql: str, message: str) -> str:
    """Oxigraph's parser message cut to one line, naming an unknown prefix when that is the cause."""
    match = _POSITION.match(message)
    if not match:
        return "SPARQL syntax error: " + " ".join(message.split())[:160]
    line, column, expected = int(match[1]), int(match[2]), " ".join(match[3].split())
    text = sparql.splitlines()[line - 1] if line <= len(sparql.splitlines()) else ""
    prefix = unknown_prefix(text[: column - 1]) if "Prefix not found" in expected else None
    if prefix is not None:
        return f"unknown prefix '{prefix}:' at line {line}, column {column} (declare it with PREFIX)"
    near = text[max(column - 21, 0): column + 10].strip()
    return f"SPARQL syntax error at line {line}, column {column} near '{near}': {shorten(expected)}"


def unknown_prefix(before: str) -> str | None:
    """The prefix of the prefixed name that ends right before the error position."""
    match = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
    return match[1] or "" if match else None


def shorten(expected: str, limit: int = 100) -> str:
    """"expected one of …" lists every character class: keep the readable start."""
    return expected if len(expected) <= limit else expected[:limit].rsplit(",", 1)[0] + ", …"
