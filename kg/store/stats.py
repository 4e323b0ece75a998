"""`kg stats`: what a store (or any graph) holds, as a plain dict."""
from __future__ import annotations

import pyoxigraph as ox

from kg.vocab import curie, prefixes
from kg.store import queries


def stats(database: ox.Store) -> dict:
    """{"articles": n, "entities": {type: n}, "facts": {relation: n}, "dates": {"first", "last"}}."""
    def run(sparql):
        return list(database.query(sparql, prefixes=prefixes(), use_default_graph_as_union=True))

    first, last = run(queries.DATE_RANGE)[0]
    return {
        "articles": int(run(queries.ARTICLES)[0]["n"].value),
        "entities": {curie(row["type"].value): int(row["n"].value) for row in run(queries.ENTITIES_BY_TYPE)},
        "facts": {curie(row["relation"].value): int(row["n"].value) for row in run(queries.FACTS_BY_RELATION)},
        "dates": {"first": first.value if first else None, "last": last.value if last else None},
    }


def format_stats(numbers: dict) -> str:
    """The dict as indented text lines for the terminal."""
    lines = [f"articles: {numbers['articles']}", f"dates: {numbers['dates']['first'] or '-'} .. "
             f"{numbers['dates']['last'] or '-'}", f"entities: {sum(numbers['entities'].values())}"]
    lines += [f"  {name}: {count}" for name, count in numbers["entities"].items()]
    lines.append(f"facts: {sum(numbers['facts'].values())}")
    lines += [f"  {name}: {count}" for name, count in numbers["facts"].items()]
    return "\n".join(lines)
