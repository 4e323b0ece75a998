"""Article sources a cluster can read lazily: files, and JSONL files cut into byte ranges.

The client only lists and stats paths (directories walked, globs expanded, JSONL files cut into
ranges of about N lines, as guessed from the first 64 KiB); the workers read what their batch names. Paths are made absolute so a
worker started in another folder, or on another host that mounts the same folder, finds them.

Every article read carries a key (where it came from, stable across runs) and a content hash,
so a rerun can tell what it already did: a file's key is its path; a JSONL line's key is
`path@offset`, the byte offset of the line (a range never needs the lines before it, so line
numbers are not known there).
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import ingest
from kg.errors import InputError
from kg.ingest.decode import decode
from kg.ingest.files import READERS
from kg.ingest.readers import read_jsonl_line
from kg.types import Article, Skipped

GLOB_CHARACTERS = frozenset("*?[")
SAMPLE_BYTES = 65536


@dataclass(frozen=True)
class FileSource:
    """A whole file: .txt, .html, or anything named explicitly (read as ingest reads it)."""

    path: str

    def holds(self, key: str) -> bool:
        return key == self.path


@dataclass(frozen=True)
class JsonlRange:
    """The lines of a JSONL file that start in bytes [start, end)."""

    path: str
    start: int
    end: int

    def holds(self, key: str) -> bool:
        path, _, offset = key.rpartition("@")
        return path == self.path and offset.isdigit() and self.start <= int(offset) < self.end


Source = FileSource | JsonlRange


@dataclass(frozen=True)
class Read:
    """One item read from a source: an Article or a Skipped, its key and content hash."""

    key: str
    item: Article | Skipped
    digest: str = ""


def list_sources(inputs: Iterable[str | Path], lines_per_range: int) -> list[Source]:
    """Every source under `inputs` (files, directories walked in sorted order, glob patterns),
    JSONL files cut into ranges of about `lines_per_range` lines; each file once, in input order."""
    sources: dict[Source, None] = {}
    for path in _expand(inputs):
        for source in _sources_of(path, lines_per_range):
            sources.setdefault(source)
    return list(sources)


def _expand(inputs: Iterable[str | Path]) -> Iterator[Path]:
    for given in map(str, inputs):
        matches = sorted(glob.glob(given, recursive=True)) if GLOB_CHARACTERS & set(given) else []
        for path in map(Path, matches or [given]):   # no match: the path as given, reported as unreadable
            if path.is_dir():
                yield from sorted(f for f in path.rglob("*") if f.suffix.lower() in READERS and f.is_file())
            else:
                yield path


def _sources_of(path: Path, lines_per_range: int) -> Iterator[Source]:
    # FIFOs, devices, missing and empty files: read whole, so ingest says why they are skipped
    if path.suffix.lower() != ".jsonl" or not path.is_file() or path.stat().st_size == 0:
        yield FileSource(os.path.abspath(path))
        return
    yield from jsonl_ranges(path, lines_per_range * line_bytes(path))


def line_bytes(path: Path) -> int:
    """The mean size of a line in the first SAMPLE_BYTES of a JSONL file (the whole sample if it
    holds no line break): a cheap guess for cutting it into ranges of about N lines."""
    with open(path, "rb") as file:
        sample = file.read(SAMPLE_BYTES)
    return max(1, len(sample) // max(1, sample.count(b"\n")))


def jsonl_ranges(path: Path, range_bytes: int) -> list[JsonlRange]:
    """A JSONL file cut into ranges of `range_bytes` (the lines that start in each)."""
    size = path.stat().st_size
    absolute = os.path.abspath(path)
    return [JsonlRange(absolute, start, min(start + range_bytes, size)) for start in range(0, size, range_bytes)]


def read_source(source: Source, settings: str, max_chars: int = ingest.MAX_ARTICLE_CHARS) -> Iterator[Read]:
    """The articles of one source with their keys and content hashes (`settings`: what else
    decides the output, such as the kg version and the extractors, hashed in too); an article
    longer than `max_chars` is skipped, as `kg.ingest.read` skips it."""
    if isinstance(source, JsonlRange):
        items = _read_range(source, max_chars)
    else:
        items = ((source.path, item) for item in ingest.read([source.path], max_article_chars=max_chars))
    for key, item in items:
        yield Read(key, item, content_hash(item, settings) if isinstance(item, Article) else "")


def _read_range(source: JsonlRange, max_chars: int) -> Iterator[tuple[str, Article | Skipped]]:
    try:
        for offset, data in jsonl_lines(source):
            key = f"{source.path}@{offset}"
            if data.strip():
                yield key, _line_article(data, key, max_chars)
    except OSError as error:
        yield source.path, Skipped(source.path, f"cannot read: {(error.strerror or str(error)).lower()}")


def jsonl_lines(source: JsonlRange) -> Iterator[tuple[int, bytes]]:
    """(byte offset, line without its newline) of every line that starts in the range.

    A line that starts before the range belongs to the range before, even if it runs on into
    this one, so every line is read by exactly one range.
    """
    with open(source.path, "rb") as file:
        if source.start > 0:
            file.seek(source.start - 1)
            file.readline()   # the end of the previous range's last line (or just its "\n")
        while (offset := file.tell()) < source.end:
            line = file.readline()
            if not line:
                return
            yield offset, line.rstrip(b"\n")


def _line_article(data: bytes, key: str, max_chars: int) -> Article | Skipped:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Skipped(key, "UTF-16 JSONL cannot be cut into byte ranges; convert it to UTF-8")
    try:
        line = decode(data)
    except InputError as error:
        return Skipped(key, str(error))
    return read_jsonl_line(line, key, max_chars=max_chars)


def content_hash(article: Article, settings: str) -> str:
    """sha256 of everything that decides an article's graph: its original text, metadata and
    the settings of the run."""
    fields = [settings, article.id, article.original, article.title, article.published and article.published.isoformat(),
              article.publisher, article.url, article.lang, article.author]
    return "sha256:" + hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()
