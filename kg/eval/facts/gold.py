"""Reader of fact-level gold: one TSV per corpus split, one row per fact an article states.

    article	subject	predicate	object	qualifiers	optional	evidence

The first non-comment line is the header (columns in any order; article, subject, predicate and
object are required, the others may be left out); `#` lines are comments, blank lines are
skipped. Every bad row stops the reading with `GoldError("file:line: reason")`: a gold file
with a wrong row would silently score kg against something nobody meant.
"""
from __future__ import annotations

import difflib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.eval.facts import dates
from kg.eval.facts.scheme import Scheme

REQUIRED = ("article", "subject", "predicate", "object")
OPTIONAL = ("qualifiers", "optional", "evidence")
ALTERNATIVES = "|"                 # "ОДКБ | Организация Договора о коллективной безопасности"
OPTIONAL_MARK = "optional"


class GoldError(KgError):
    """A gold file that cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class GoldFact:
    article: str                   # article file name without its suffix
    subject: tuple[str, ...]       # alternative labels of one entity
    predicate: str                 # canonical direction
    object: tuple[str, ...]        # alternative labels, or dates for a date relation
    qualifiers: tuple[tuple[str, str], ...] = ()   # (name, "YYYY[-MM[-DD]]")
    optional: bool = False         # counts neither for nor against
    evidence: str = ""
    line: int = 0                  # line number in the gold file


def read_gold(path: str | Path, articles: Collection[str], scheme: Scheme) -> tuple[GoldFact, ...]:
    """Every fact of the gold file at `path`; `articles` are the names of the corpus's article files."""
    path = Path(path)
    lines = _lines(path)
    rows = [(number, line) for number, line in enumerate(lines, 1)
            if line.strip() and not line.startswith("#")]
    if not rows:
        raise GoldError(f"{path}: no header line ({', '.join(REQUIRED + OPTIONAL)})")
    (header_number, header), *facts = rows
    columns = _columns(header, f"{path}:{header_number}")
    return tuple(_fact(line, number, columns, articles, scheme, f"{path}:{number}") for number, line in facts)


def _lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GoldError(f"{path}: cannot read: {(error.strerror or str(error)).lower()}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise GoldError(f"{path}:{line}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    return [line.rstrip("\r") for line in text.split("\n")]


def _columns(header: str, where: str) -> tuple[str, ...]:
    columns = tuple(name.strip().lower() for name in header.split("\t"))
    unknown = [name for name in columns if name not in REQUIRED + OPTIONAL]
    missing = [name for name in REQUIRED if name not in columns]
    if unknown or missing or len(set(columns)) != len(columns):
        problem = (f"unknown column {unknown[0]!r}" if unknown else f"no {missing[0]!r} column" if missing
                   else "a column named twice")
        raise GoldError(f"{where}: bad header: {problem}; expected {chr(9).join(REQUIRED + OPTIONAL)!r}")
    return columns


def _fact(line: str, number: int, columns: tuple[str, ...], articles: Collection[str],
          scheme: Scheme, where: str) -> GoldFact:
    fields = line.split("\t")
    if len(fields) > len(columns):
        raise GoldError(f"{where}: {len(fields)} tab-separated fields but the header has {len(columns)}")
    row = dict(zip(columns, (field.strip() for field in fields)))
    for name in REQUIRED:
        if not row.get(name):
            raise GoldError(f"{where}: missing {name} (column {columns.index(name) + 1})")
    if row["article"] not in articles:
        raise GoldError(f"{where}: unknown article {row['article']!r}: no such article file in the corpus")
    predicate = _predicate(row["predicate"], scheme, where)
    objects = _alternatives(row["object"], "object", where)
    if predicate in scheme.date_objects:
        _check_dates(objects, predicate, where)
    return GoldFact(row["article"], _alternatives(row["subject"], "subject", where), predicate, objects,
                    _qualifiers(row.get("qualifiers", ""), scheme, where), _optional(row.get("optional", ""), where),
                    row.get("evidence", ""), number)


def _predicate(name: str, scheme: Scheme, where: str) -> str:
    if name in scheme.canonical:
        return name
    if name in scheme.inverse_of:
        raise GoldError(f"{where}: {name} is the inverse of {scheme.inverse_of[name]}: "
                        f"write {scheme.inverse_of[name]} with subject and object swapped")
    close = difflib.get_close_matches(name, sorted(scheme.canonical), n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    raise GoldError(f"{where}: unknown relation {name!r}{hint}")


def _alternatives(cell: str, column: str, where: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in cell.split(ALTERNATIVES))
    if not all(names):
        raise GoldError(f"{where}: empty alternative in {column} {cell!r}")
    return names


def _check_dates(values: tuple[str, ...], predicate: str, where: str) -> None:
    for value in values:
        if dates.parse(value) is None:
            raise GoldError(f"{where}: {predicate} object {value!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD")


def _qualifiers(cell: str, scheme: Scheme, where: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for part in filter(None, (part.strip() for part in cell.split(";"))):
        name, equals, value = (piece.strip() for piece in part.partition("="))
        if not equals or name not in scheme.qualifiers:
            raise GoldError(f"{where}: bad qualifier {part!r}: expected name=value with name one of "
                            f"{', '.join(scheme.qualifiers)}")
        if dates.parse(value) is None:
            raise GoldError(f"{where}: bad qualifier {part!r}: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if name in found:
            raise GoldError(f"{where}: qualifier {name} given twice")
        found[name] = value
    return tuple(found.items())


def _optional(cell: str, where: str) -> bool:
    if cell.lower() not in ("", OPTIONAL_MARK):
        raise GoldError(f"{where}: optional column must be {OPTIONAL_MARK!r} or empty, not {cell!r}")
    return bool(cell)
