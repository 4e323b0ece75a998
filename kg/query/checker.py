"""Decide on the parsed query, not on its text: what a SPARQL request is allowed to do.

Federation (`SERVICE`) makes the engine connect to any URL it is given, and updates (`LOAD`,
`INSERT`, `CLEAR`…) write or fetch. A check on the query text can be fooled (escapes, comments,
prefixed names, `\\u0053ERVICE`), so the query is parsed with rdflib's SPARQL 1.1 grammar (which
expands `\\u` escapes first, as the standard and Oxigraph do) and the parse tree is walked. A
query the checker cannot parse is refused, never passed on to the engine.

rdflib's parser recurses once per grammar level and per triple pattern, so it runs in a thread
with a large stack and a raised recursion limit: long but valid queries parse instead of failing.
"""
from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MethodType

from kg.errors import KgError

PARSER_STACK_BYTES = 512 * 1024 * 1024   # virtual: only the pages a deep parse touches are used
PARSER_RECURSION_LIMIT = 200_000
SERVICE = "ServiceGraphPattern"
DATASET = "DatasetClause"
_recursion = threading.Lock()   # the recursion limit is per interpreter: raise it once at a time


class QueryError(KgError):
    """A query that cannot be parsed or is not allowed."""


class RefusedQuery(QueryError):
    """A well-formed request that kg will not run (federation, updates)."""


@dataclass(frozen=True)
class Checked:
    """What the parse tree says about an allowed query."""

    uses_service: bool
    has_dataset_clause: bool   # FROM / FROM NAMED: the query picks its own graphs
    tree: object = field(default=None, compare=False, repr=False)   # rdflib's parse tree (the planner reads it)


def check(sparql: str, *, allow_service: bool = False) -> Checked:
    """Parse `sparql` as a SPARQL 1.1 query; raise QueryError unless it is one kg may run."""
    tree, error = _parse_in_big_stack(sparql)
    if error is not None:
        if _is_update(sparql):
            raise RefusedQuery("updates (INSERT, DELETE, LOAD, CLEAR…) are not allowed: kg only reads")
        raise QueryError(error)
    names = node_names(tree)
    if SERVICE in names and not allow_service:
        raise RefusedQuery("SERVICE (federated query) is not allowed: kg queries only the local graph")
    return Checked(SERVICE in names, DATASET in names, tree)


def node_names(tree) -> set[str]:
    """Names of every rule in rdflib's parse tree (CompValue nodes inside lists and dicts)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    names, pending = set(), [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, CompValue):
            names.add(node.name)
            pending.extend(node.values())
        elif isinstance(node, dict):
            pending.extend(node.values())
        elif isinstance(node, (list, tuple)) or hasattr(node, "as_list"):
            pending.extend(node)
    return names


def _parse_in_big_stack(sparql: str):
    """(parse tree, None) or (None, one-line error message)."""
    from rdflib.plugins.sparql.parser import parseQuery

    outcome: list = [None, None]

    def parse() -> None:
        try:
            outcome[0] = parseQuery(sparql)
        except RecursionError:
            outcome[1] = "SPARQL query too deeply nested to check"
        except Exception as error:   # noqa: BLE001 - pyparsing raises several kinds; all mean "not SPARQL"
            outcome[1] = syntax_message(error)

    with _recursion, _service_text_not_captured():
        previous_limit, previous_stack = sys.getrecursionlimit(), threading.stack_size()
        sys.setrecursionlimit(max(previous_limit, PARSER_RECURSION_LIMIT))
        threading.stack_size(PARSER_STACK_BYTES)
        try:
            worker = threading.Thread(target=parse, name="sparql-check")
            worker.start()
        finally:
            threading.stack_size(previous_stack)
        worker.join()
        sys.setrecursionlimit(previous_limit)
    return outcome


@contextmanager
def _service_text_not_captured():
    """While kg parses, SERVICE clauses are parsed without the text rdflib captures for them.

    rdflib re-scans the whole query for the text of every SERVICE clause it parses (for its own
    federated evaluation, which kg never runs): exponential in the nesting (measured: 0.3 s for
    one clause, 170 s for one inside another). The tree is the same without that text.
    """
    from rdflib.plugins.sparql import parser

    element = parser.ServiceGraphPattern
    element.postParse = MethodType(_tree_node, element)   # this instance only, for this parse
    try:
        yield
    finally:
        del element.postParse


def _tree_node(self, instring: str, loc: int, tokens):
    """rdflib's Comp.postParse for a rule without evaluation function, minus the text capture."""
    from rdflib.plugins.sparql.parserutils import CompValue, ParamValue

    node = CompValue(self.name)
    for token in tokens:
        if isinstance(token, ParamValue):
            if token.isList:
                node.setdefault(token.name, []).append(token.tokenList)
            else:
                node[token.name] = token.tokenList
    return node


def _is_update(sparql: str) -> bool:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(sparql)
    except Exception:   # noqa: BLE001 - not an update either: the query's own error is reported
        return False
    return True


def syntax_message(error: Exception) -> str:
    """pyparsing's message as `SPARQL syntax error at line L, column C near '…'`."""
    line, column = getattr(error, "lineno", None), getattr(error, "col", None)
    if line is None:
        return "SPARQL syntax error: " + " ".join(str(error).split())[:160]
    text = getattr(error, "line", "") or ""
    near = text[max(column - 21, 0): column + 10].strip()
    found = str(getattr(error, "msg", "")).split(",")[0]
    return f"SPARQL syntax error at line {line}, column {column} near '{near}': {found}"
