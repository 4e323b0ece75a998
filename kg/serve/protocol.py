"""The SPARQL 1.1 Protocol's query operation, read from an HTTP request, strictly.

Only a query (GET ?query=, POST application/sparql-query, POST form with `query=`) gets
through; media types compare case-insensitively and without parameters, as HTTP says, so a
request cannot be one thing to this reader and another to the engine. Anything that asks to
write (`update=`, the update or graph-store paths, PUT/DELETE/PATCH) is refused, and every
size is bounded.
"""
from __future__ import annotations

import urllib.parse
from email.message import Message

MAX_REQUEST_BYTES = 1 << 20          # a query body; SPARQL queries are small
QUERY_PATHS = ("/query", "/sparql")
SPARQL_QUERY = "application/sparql-query"
FORM = "application/x-www-form-urlencoded"
DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri")


class Refusal(Exception):
    """A request answered with an error status and a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def media_type(header: str | None) -> str:
    """"Application/SPARQL-Query; charset=UTF-8" → "application/sparql-query"."""
    message = Message()
    message["Content-Type"] = header or ""
    return message.get_content_type() if header else ""


def accepted(header: str | None) -> tuple[str, ...]:
    """Media types of an Accept header, best first (q-values honoured, */* dropped)."""
    ranked = []
    for position, item in enumerate((header or "").split(",")):
        kind, *params = [part.strip() for part in item.split(";")]
        quality = next((p.split("=", 1)[1] for p in params if p.lower().startswith("q=")), "1")
        try:
            weight = float(quality)
        except ValueError:
            weight = 0.0
        if kind and "*" not in kind and weight > 0:
            ranked.append((-weight, position, kind.lower()))
    return tuple(kind for _, _, kind in sorted(ranked))


def query_of(method: str, target: str, content_type: str | None, body: bytes) -> str:
    """The query text of a protocol request; raises Refusal with the status to answer."""
    split = urllib.parse.urlsplit(target)
    if split.path not in QUERY_PATHS:
        raise Refusal(403 if split.path in ("/update", "/store") else 404,
                      "kg serve is read-only: only SPARQL queries at /query are answered")
    fields = _fields(split.query)
    if method == "POST":
        kind = media_type(content_type)
        if kind == FORM:
            fields += _fields(_text(body))
        elif kind == SPARQL_QUERY:
            fields.append(("query", _text(body)))
        else:
            raise Refusal(415, f"POST a query as {SPARQL_QUERY} or {FORM}, not {_shown(kind)}")
    names = [name for name, _ in fields]
    if "update" in names:
        raise Refusal(403, "kg serve is read-only: updates are not allowed")
    if any(name in DATASET_PARAMETERS for name in names):
        raise Refusal(400, "default-graph-uri / named-graph-uri are not supported: use FROM in the query")
    queries = [value for name, value in fields if name == "query"]
    if len(queries) != 1:
        raise Refusal(400, "give exactly one query (the `query` parameter or the request body)")
    return queries[0]


def _fields(text: str) -> list[tuple[str, str]]:
    try:
        return urllib.parse.parse_qsl(text, keep_blank_values=True, strict_parsing=False,
                                      encoding="utf-8", errors="strict", max_num_fields=100)
    except (ValueError, UnicodeDecodeError) as error:
        raise Refusal(400, f"malformed parameters: {error}") from None


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal(400, "the request body is not UTF-8") from None


def _shown(kind: str) -> str:
    """A client's media type as a one-line, bounded part of a message (escapes, not raw control characters)."""
    if not kind:
        return "no content type"
    return kind.encode("unicode_escape").decode("ascii")[:80]
