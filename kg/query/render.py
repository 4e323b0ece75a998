"""Query results as text: SPARQL 1.1 Results CSV/TSV/JSON, a terminal table, or RDF."""
from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg import rdfio
from kg.errors import KgError
from kg.vocab import curie

RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                  "json": ox.QueryResultsFormat.JSON}
TABLE_CELL = 60   # characters shown per cell in the terminal table


def render(result, fmt: str = "table") -> bytes:
    """Bytes to print for a SELECT/ASK result (table, csv, tsv, json) or CONSTRUCT/DESCRIBE (RDF)."""
    if isinstance(result, ox.QueryTriples):
        if fmt == "table":
            fmt = "turtle"
        if fmt in RESULT_FORMATS:
            names = ", ".join(f.name for f in rdfio.writable())
            raise KgError(f"format {fmt!r} is for SELECT/ASK; CONSTRUCT/DESCRIBE use: {names}")
        return rdfio.serialized(result, fmt)
    if fmt == "table":
        return table(result).encode("utf-8")
    if fmt not in RESULT_FORMATS:
        raise KgError(f"format {fmt!r} is for CONSTRUCT/DESCRIBE; SELECT/ASK use: table, {', '.join(RESULT_FORMATS)}")
    return result.serialize(format=RESULT_FORMATS[fmt])


def write(result, fmt: str, stream: BinaryIO) -> None:
    """Print a result to `stream`: SELECT/ASK as CSV, TSV or JSON streamed as Oxigraph evaluates
    (a big answer is never held whole), anything else as `render` makes it; always ending in a
    newline."""
    if fmt in RESULT_FORMATS and isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        tail = _Tail(stream)
        result.serialize(output=tail, format=RESULT_FORMATS[fmt])
        if tail.last != b"\n":
            stream.write(b"\n")
        return
    output = render(result, fmt)
    stream.write(output if output.endswith(b"\n") else output + b"\n")


class _Tail:
    """A writable stream that passes bytes on and remembers the last one."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.last = stream, b""

    def write(self, data: bytes) -> int:
        if data:
            self.last = bytes(data[-1:])
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


def table(result) -> str:
    """Aligned columns with kg's prefixes for IRIs (ASK: yes/no)."""
    if isinstance(result, ox.QueryBoolean):
        return "yes\n" if bool(result) else "no\n"
    header = [variable.value for variable in result.variables]
    rows = [[cell(solution[name]) for name in header] for solution in result]
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(header)]
    lines = ["  ".join(text.ljust(width) for text, width in zip(line, widths)).rstrip()
             for line in [header, ["-" * w for w in widths], *rows]]
    return "\n".join(lines + [f"({len(rows)} rows)"]) + "\n"


def cell(term) -> str:
    if term is None:
        return ""
    text = curie(term.value) if isinstance(term, ox.NamedNode) else term.value
    text = " ".join(text.split())
    return text if len(text) <= TABLE_CELL else text[: TABLE_CELL - 1] + "…"
