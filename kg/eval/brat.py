"""Reader for brat standoff annotation as NEREL v1.1 ships it (``name.txt`` + ``name.ann``).

Only the lines evaluation needs are read: ``T`` (entities, possibly discontinuous and nested),
``R`` (binary relations) and ``N`` (Wikidata references). ``A``, ``E``, ``#`` and other kinds are
ignored. A line that cannot be understood is reported (``BratWarning`` and
``BratDocument.problems``, as ``file:line: reason``) and skipped, so one annotator slip does not
stop an evaluation of the whole corpus.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

Span = tuple[int, int]

_SPAN = re.compile(r"^(\d+) (\d+)$")
_QID = re.compile(r"^Q\d+$")
_NIL = "NULL"                      # NEREL's value for "no Wikidata item exists"
_IGNORED_KINDS = frozenset("AEM#*")  # attributes, events, modifiers, notes, equivalences


class BratWarning(UserWarning):
    """A line of a ``.ann`` file that was skipped."""


@dataclass(frozen=True)
class BratEntity:
    id: str
    type: str
    spans: tuple[Span, ...]        # one span, or several for a discontinuous mention
    text: str

    @property
    def extent(self) -> Span:
        """The outer (start, end): what a contiguous prediction is compared with."""
        return min(start for start, _ in self.spans), max(end for _, end in self.spans)


@dataclass(frozen=True)
class BratRelation:
    id: str
    type: str
    arg1: str                      # entity ids
    arg2: str


@dataclass(frozen=True)
class BratDocument:
    id: str                        # file stem, e.g. "119336_text"
    text: str
    entities: tuple[BratEntity, ...]
    relations: tuple[BratRelation, ...]
    # entity id -> acceptable QIDs, for entities with an N line; empty = NIL (no Wikidata item)
    links: dict[str, frozenset[str]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()  # "file:line: reason" for every skipped line


class _Malformed(ValueError):
    """Raised by a line parser; becomes a problem entry, never reaches the caller."""


def read_corpus(directory: str | Path) -> Iterator[BratDocument]:
    """Yield every ``*.ann`` document with its ``*.txt`` under `directory`, sorted by name."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory of brat .txt/.ann files")
    annotations = sorted(directory.glob("*.ann"))
    if not annotations:
        raise InputError(f"{directory}: no .ann files found")
    for ann_path in annotations:
        txt_path = ann_path.with_suffix(".txt")
        if not txt_path.exists():
            warnings.warn(f"{ann_path}: no matching .txt file, skipped", BratWarning, stacklevel=2)
            continue
        yield read_document(txt_path, ann_path)


def read_document(txt_path: str | Path, ann_path: str | Path) -> BratDocument:
    """Read one document; offsets count characters of the text read without newline translation."""
    txt_path, ann_path = Path(txt_path), Path(ann_path)
    lines = ann_path.read_text(encoding="utf-8").split("\n")
    return _parse(txt_path.stem, _read_exact(txt_path), lines, str(ann_path))


def _read_exact(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, which is how brat counts offsets.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _parse(doc_id: str, text: str, lines: list[str], source: str) -> BratDocument:
    entities: dict[str, BratEntity] = {}
    relations: list[tuple[int, BratRelation]] = []
    links: list[tuple[int, str, str | None]] = []
    problems: list[str] = []

    def report(number: int, reason: str) -> None:
        problems.append(f"{source}:{number}: {reason}")
        warnings.warn(problems[-1], BratWarning, stacklevel=4)

    for number, line in enumerate(lines, start=1):
        kind = line[:1]
        if not line.strip() or kind in _IGNORED_KINDS:
            continue
        try:
            if kind == "T":
                entity = _parse_entity(line, text)
                if entity.id in entities:
                    raise _Malformed(f"duplicate id {entity.id}")
                entities[entity.id] = entity
            elif kind == "R":
                relations.append((number, _parse_relation(line)))
            elif kind == "N":
                links.append((number, *_parse_link(line)))
            else:
                raise _Malformed(f"not a brat annotation line: {line[:40]!r}")
        except _Malformed as reason:
            report(number, str(reason))
    return BratDocument(
        id=doc_id, text=text, entities=tuple(entities.values()),
        relations=tuple(_known_relations(relations, entities, report)),
        links=_known_links(links, entities, report), problems=tuple(problems))


def _fields(line: str, count: int) -> list[str]:
    fields = line.rstrip("\r").split("\t")
    if len(fields) < count:
        raise _Malformed(f"expected {count} tab-separated fields: {line[:40]!r}")
    return fields


def _parse_entity(line: str, text: str) -> BratEntity:
    entity_id, type_and_spans, surface = _fields(line, 3)[:3]
    entity_type, _, spans_field = type_and_spans.partition(" ")
    spans = tuple(_parse_span(part, len(text)) for part in spans_field.split(";"))
    if " ".join(text[start:end] for start, end in spans) != surface:
        raise _Malformed(f"{entity_id}: text {surface!r} does not match offsets {spans_field}")
    return BratEntity(entity_id, entity_type, spans, surface)


def _parse_span(field: str, text_length: int) -> Span:
    match = _SPAN.match(field.strip())
    if not match:
        raise _Malformed(f"bad span {field!r}")
    start, end = int(match[1]), int(match[2])
    if not 0 <= start < end <= text_length:
        raise _Malformed(f"span {start} {end} outside text of length {text_length}")
    return start, end


def _parse_relation(line: str) -> BratRelation:
    relation_id, body = _fields(line, 2)[:2]
    relation_type, *arguments = body.split()
    roles = dict(argument.partition(":")[::2] for argument in arguments)
    if not {"Arg1", "Arg2"} <= roles.keys():
        raise _Malformed(f"{relation_id}: expected Arg1:… Arg2:…, got {body!r}")
    return BratRelation(relation_id, relation_type, roles["Arg1"], roles["Arg2"])


def _parse_link(line: str) -> tuple[str, str | None]:
    link_id, body = _fields(line, 2)[:2]
    parts = body.split()
    if len(parts) != 3 or not parts[2].startswith("Wikidata:"):
        raise _Malformed(f"{link_id}: expected 'Reference T… Wikidata:Q…', got {body!r}")
    value = parts[2].removeprefix("Wikidata:")
    if value.upper() == _NIL:
        return parts[1], None
    if not _QID.match(value):
        raise _Malformed(f"{link_id}: {value!r} is not a Wikidata item id")
    return parts[1], value


def _known_relations(relations, entities, report) -> Iterator[BratRelation]:
    for number, relation in relations:
        missing = [arg for arg in (relation.arg1, relation.arg2) if arg not in entities]
        if missing:
            report(number, f"{relation.id}: unknown argument {', '.join(missing)}")
        else:
            yield relation


def _known_links(links, entities, report) -> dict[str, frozenset[str]]:
    # NEREL gives some mentions several references (e.g. "премьер" → prime minister, and prime
    # minister of Japan); any of them counts as correct. NIL is only kept when nothing else is.
    known: dict[str, frozenset[str]] = {}
    for number, entity_id, qid in links:
        if entity_id not in entities:
            report(number, f"reference to unknown entity {entity_id}")
        else:
            known[entity_id] = known.get(entity_id, frozenset()) | ({qid} if qid else set())
    return known
