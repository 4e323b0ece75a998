"""One join-planning step Oxigraph 0.5 cannot take: hash-join open triple patterns.

Oxigraph plans joins without statistics: every pattern with only its predicate bound is
estimated at 10^6 solutions, and such a pattern joined on a shared variable is always evaluated
as a for-loop join, one index look-up per solution of the other side (sparopt's
`reorder_joins`). When no pattern of the group is selective that is the slow plan: each look-up
costs ~8 µs where scanning a predicate costs ~0.3 µs a triple (measured on the 10^6-quad
benchmark store: 17 k look-ups 0.16 s, the hash join of the same patterns 0.024 s). A pattern
inside a sub-SELECT is never a for-loop candidate, so Oxigraph hash-joins it.

The step: a SELECT whose WHERE group is only a connected basic graph pattern of open patterns
(`?s <p> ?o`, nothing else bound: no constant, no substituted variable, no blank node, no
path) has each pattern moved into its own `{ SELECT ?s ?o WHERE { ?s <p> ?o } }`. That is the
same query (a sub-SELECT projecting every variable of one triple pattern has exactly the
pattern's solutions, and a basic graph pattern is the join of its triple patterns); only the
order of unordered rows can change, so a query with LIMIT/OFFSET is rewritten only when its
ORDER BY fixes the rows (every GROUP BY key ordered). It is taken only when the patterns are of
comparable size, counted first in the store (capped counts: about as many triples as the hash
join then scans, 0.02 s of the benchmark's 0.09): with their sum at most `COMPARABLE` times the
smallest, hashing costs less than the look-ups (2.5× less at the limit) whatever pattern Oxigraph
would start from; a small
pattern next to a big one keeps the look-ups (one per small-side row beats scanning the big
side). Oxigraph's own statistics-free estimate is what this step replaces, for this shape only.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.query.groups import top_level_groups

# Sum of the sizes ≤ COMPARABLE × the smallest. Measured on the benchmark store, the look-ups
# starting from the smaller side: 9 k labels ⋈ 68 k sentences (8.5×) hashed 0.030 s vs 0.084 s;
# 9 k labels ⋈ 151 k types (17.5×) 0.061 vs 0.084: the break-even is near 20.
COMPARABLE = 8
FIRST_CAP = 4096        # count up to this many triples a pattern first, then GROWTH times more
GROWTH = 8


@dataclass(frozen=True)
class Pattern:
    """An open triple pattern: variables at both ends, a fixed predicate."""

    subject: str     # variable names
    predicate: str   # IRI
    object: str

    @property
    def text(self) -> str:
        return f"?{self.subject} <{self.predicate}> ?{self.object}"

    @property
    def variables(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.subject, self.object)))

    def sub_select(self) -> str:
        return f"{{ SELECT {' '.join('?' + v for v in self.variables)} WHERE {{ {self.text} }} }}"


def plan(database: ox.Store, sparql: str, tree, *, prefixes: dict, union: bool,
         substitutions: dict | None = None) -> str:
    """The query text to give Oxigraph: `sparql` itself, or its WHERE group rewritten into
    hash-joined sub-SELECTs (see the module's docstring). `tree` is rdflib's parse tree."""
    groups = top_level_groups(sparql)
    if groups is None or len(groups) != 1:
        return sparql   # a CONSTRUCT template, trailing VALUES, EXISTS in SELECT…: not this shape
    bound = {variable.value for variable in (substitutions or {})}
    patterns = open_join(tree, prefixes, bound)
    if patterns is None:
        return sparql
    sizes = comparable_sizes(database, patterns, union)
    if sizes is None:
        return sparql
    ordered = [pattern for _, pattern in sorted(zip(sizes, patterns), key=lambda pair: pair[0])]
    start, end = groups[0]
    return sparql[:start] + rewritten_group(ordered) + sparql[end:]


def rewritten_group(patterns: list[Pattern]) -> str:
    """The group of sub-SELECTs, smallest first (Oxigraph builds its hash table on the left)."""
    return "{ " + " ".join(pattern.sub_select() for pattern in patterns) + " }"


def open_join(tree, prefixes: dict, bound: set[str]) -> list[Pattern] | None:
    """The open patterns of a SELECT whose WHERE group is only a connected join of them, or None."""
    query = tree[1]
    if query.name != "SelectQuery" or _field(query, "datasetClause") or _field(query, "valuesClause"):
        return None
    parts = _field(query["where"], "part") or []
    if len(parts) != 1 or parts[0].name != "TriplesBlock":
        return None
    if _field(query, "limitoffset") is not None and not orders_every_group(query):
        return None
    triples = basic_graph_pattern(tree, prefixes)
    if triples is None or len(triples) < 2:
        return None
    patterns = [open_pattern(triple, bound) for triple in triples]
    if any(pattern is None for pattern in patterns) or not connected(patterns):
        return None
    return patterns


def orders_every_group(query) -> bool:
    """An aggregate query whose ORDER BY names every (plain-variable) GROUP BY key: the rows a
    LIMIT keeps are then fixed, whatever order the groups are found in."""
    from rdflib.term import Variable

    keys = _field(_field(query, "groupby") or {}, "condition") or []
    conditions = _field(_field(query, "orderby") or {}, "condition") or []
    if not keys or not all(isinstance(key, Variable) for key in keys):
        return False
    ordered = {_plain_variable(condition) for condition in conditions}
    return all(key in ordered for key in keys)


def _field(node, key: str):
    """A child of a parse-tree node, None if absent (rdflib's CompValue.get returns the key)."""
    return node[key] if key in node else None


def _plain_variable(condition):
    """The variable an ORDER BY condition is, through rdflib's one-child expression wrappers."""
    from rdflib.plugins.sparql.parserutils import CompValue

    expression = condition["expr"] if isinstance(condition, CompValue) and condition.name == "OrderCondition" \
        else condition
    while isinstance(expression, CompValue) and set(expression.keys()) == {"expr"}:
        expression = expression["expr"]
    return expression


def basic_graph_pattern(tree, prefixes: dict) -> list[tuple] | None:
    """The triples of the query's only BGP, prefixes resolved (rdflib's algebra), or None."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        algebra = translateQuery(tree, initNs=prefixes).algebra
    except Exception:   # noqa: BLE001 - rdflib rejects what Oxigraph may accept: then no rewrite
        return None
    found, pending = [], [algebra]
    while pending:
        node = pending.pop()
        if isinstance(node, CompValue):
            if node.name == "BGP":
                found.append(node["triples"])
            pending.extend(value for key, value in node.items() if key != "_vars")
        elif isinstance(node, (list, tuple)):
            pending.extend(node)
    return list(found[0]) if len(found) == 1 else None


def open_pattern(triple: tuple, bound: set[str]) -> Pattern | None:
    from rdflib.term import URIRef, Variable

    subject, predicate, object_ = triple
    if not (isinstance(subject, Variable) and isinstance(object_, Variable) and type(predicate) is URIRef):
        return None
    if {str(subject), str(object_)} & bound:
        return None
    return Pattern(str(subject), str(predicate), str(object_))


def connected(patterns: list[Pattern]) -> bool:
    """Every pattern reachable from the first through shared variables (no cartesian product)."""
    reached, variables, grew = {0}, set(patterns[0].variables), True
    while grew:
        grew = False
        for index, pattern in enumerate(patterns):
            if index not in reached and variables & set(pattern.variables):
                reached.add(index)
                variables |= set(pattern.variables)
                grew = True
    return len(reached) == len(patterns)


def comparable_sizes(database: ox.Store, patterns: list[Pattern], union: bool) -> list[int] | None:
    """The number of matches of each pattern when the sum is at most COMPARABLE × the smallest,
    else None. Counts are capped, the cap growing GROWTH-fold until one pattern is counted whole,
    then the others are counted up to the budget: at most about GROWTH × the smallest pattern's
    size is scanned per pattern, however big the others are."""
    cap = FIRST_CAP
    while True:
        sizes = [count(database, pattern, cap, union) for pattern in patterns]
        if min(sizes) < cap:
            break
        cap *= GROWTH
    smallest = max(min(sizes), 1)
    budget = COMPARABLE * smallest
    for index, pattern in enumerate(patterns):
        if sizes[index] >= cap:   # counted only up to the cap: a lower bound, as the others may be
            room = budget - (sum(sizes) - sizes[index])
            if room < cap:
                return None
            sizes[index] = count(database, pattern, room + 1, union)
    return sizes if sum(sizes) <= budget else None


def count(database: ox.Store, pattern: Pattern, cap: int, union: bool) -> int:
    """Matches of `pattern` (over the union: once per graph holding it), at most `cap`."""
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT * WHERE {{ {pattern.text} }} LIMIT {cap} }} }}"
    solution = next(iter(database.query(sparql, use_default_graph_as_union=union)))
    return int(solution["n"].value)
