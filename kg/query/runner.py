"""Run one SPARQL query over the union of a store's graphs, with kg's prefixes predefined."""
from __future__ import annotations

import re

import pyoxigraph as ox

from kg.errors import KgError
from kg.vocab import prefixes

# Strings, IRIs and comments are blanked before looking for keywords, so that a label
# containing the word "service" is not mistaken for a federated query.
_QUOTED = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>"\s]*>|#[^\n]*')
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_POSITION = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.DOTALL)


class QueryError(KgError):
    """A query that cannot be parsed or is not allowed."""


def run(database: ox.Store, sparql: str, substitutions: dict | None = None):
    """QuerySolutions (SELECT), QueryBoolean (ASK) or QueryTriples (CONSTRUCT/DESCRIBE)."""
    if uses_service(sparql):
        raise QueryError("SERVICE (federated query) is not allowed: kg queries only the local graph")
    try:
        return database.query(sparql, prefixes=prefixes(), use_default_graph_as_union=True,
                              substitutions=substitutions or None)
    except SyntaxError as error:
        raise QueryError(explain_syntax_error(sparql, str(error))) from None


def uses_service(sparql: str) -> bool:
    """True if the query has a SERVICE clause (federation would make kg fetch other servers)."""
    return bool(_SERVICE.search(_QUOTED.sub(" ", sparql)))


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
