"""Named queries: the .rq files in kg/query/queries/, with optional parameters.

An .rq file starts with comment lines: the first says what the query answers (`kg query --list`),
and each `# param: NAME = help` declares a variable the user may fix with `--param NAME=VALUE`.
The value (an IRI, a prefixed name or a label) is bound through SPARQL substitution
(SEP-0007), so no user text is ever pasted into the query string.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import pyoxigraph as ox

from kg.vocab import expand
from kg.query.runner import QueryError, run

QUERY_DIR = resources.files("kg.query") / "queries"
_PARAM = re.compile(r"#\s*param:\s*(\w+)\s*=\s*(.*)")
LABEL_LOOKUP = """SELECT DISTINCT ?thing ?text WHERE {
  ?thing rdfs:label|skos:prefLabel|skos:altLabel ?label . FILTER(LCASE(STR(?label)) = LCASE(?text))
} ORDER BY ?thing"""


@dataclass(frozen=True)
class Param:
    name: str
    help: str
    required: bool


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    sparql: str
    params: tuple[Param, ...]


def names() -> list[str]:
    return sorted(entry.name[:-3] for entry in QUERY_DIR.iterdir() if entry.name.endswith(".rq"))


def load(name: str) -> NamedQuery:
    """The named query `name`; a QueryError listing the names if there is none."""
    if name not in names():
        raise QueryError(f"no named query {name!r}; known: {', '.join(names())}")
    sparql = (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
    comments = [line for line in sparql.splitlines() if line.startswith("#")]
    params = tuple(Param(m[1], m[2].strip(), m[2].rstrip().endswith("required"))
                   for m in map(_PARAM.match, comments) if m)
    return NamedQuery(name, comments[0].lstrip("# ").strip() if comments else "", sparql, params)


def run_named(database: ox.Store, query: NamedQuery, values: dict[str, str]):
    """Run `query` with `values` (param name → IRI, prefixed name or label) bound."""
    declared = {param.name for param in query.params}
    unknown = set(values) - declared
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {sorted(unknown)[0]!r}; "
                         f"it takes: {', '.join(sorted(declared)) or 'none'}")
    missing = [p.name for p in query.params if p.required and p.name not in values]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=<IRI or label>")
    bound = {ox.Variable(name): resolve(database, value) for name, value in values.items()}
    return run(database, query.sparql, bound)


def resolve(database: ox.Store, value: str) -> ox.NamedNode:
    """`<iri>`, `http…` or `prefix:name` as an IRI; anything else is looked up as a label."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return iri(value[1:-1])
    if "://" in value:
        return iri(value)
    expanded = expand(value)
    if expanded is not None:
        return iri(expanded)
    found = [row["thing"] for row in run(database, LABEL_LOOKUP, {ox.Variable("text"): ox.Literal(value)})]
    if not found:
        raise QueryError(f"no entity labelled {value!r}")
    if len(found) > 1:
        raise QueryError(f"label {value!r} is ambiguous: {', '.join(t.value for t in found[:5])}; give an IRI")
    return found[0]


def iri(text: str) -> ox.NamedNode:
    """An IRI the user typed; a QueryError (not a traceback) if it is not one."""
    try:
        return ox.NamedNode(text)
    except ValueError as error:
        raise QueryError(f"{text!r} is not a valid IRI: {error}") from None
