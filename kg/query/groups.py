"""Where the `{ … }` groups of a SPARQL text are, at the top level of the query.

A brace inside a string, a comment or an IRI is no group: the text is scanned token-wise for the
few tokens that can hide one. `#` starts a comment except inside an IRI (`<…#x>`) or a string;
an IRI is what SPARQL's IRIREF rule matches at a `<` (the less-than operator never does when
followed by a space, and a `<` that the rule matches is read as an IRI by SPARQL's lexer too).
"""
from __future__ import annotations

import re

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\'', re.DOTALL)
_COMMENT = re.compile(r"#[^\n\r]*")


def top_level_groups(sparql: str) -> list[tuple[int, int]] | None:
    """(start, end) of each outermost `{ … }` (end past the `}`), in order; None if the braces
    do not balance outside strings, comments and IRIs."""
    groups, depth, start, position = [], 0, 0, 0
    while position < len(sparql):
        character = sparql[position]
        token = _token_at(sparql, position, character)
        if token is not None:
            position = token
            continue
        if character == "{":
            if depth == 0:
                start = position
            depth += 1
        elif character == "}":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                groups.append((start, position + 1))
        position += 1
    return groups if depth == 0 else None


def _token_at(sparql: str, position: int, character: str) -> int | None:
    """End of the string, comment or IRI starting at `position`, or None."""
    pattern = {"<": _IRIREF, '"': _STRING, "'": _STRING, "#": _COMMENT}.get(character)
    if pattern is None:
        return None
    match = pattern.match(sparql, position)
    if match is None:
        return len(sparql) if character in "\"'" else None   # an unclosed string hides the rest
    return match.end()
