"""Paths → articles: walk directories, pick a reader by suffix, turn failures into `Skipped`."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.readers import read_html, read_jsonl, read_txt
from kg.types import Article, Skipped

Reader = Callable[[bytes, str], Iterator[Article | Skipped]]

READERS: dict[str, Reader] = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}


def read(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Every article in `paths` (files, or directories walked recursively in sorted order).

    In a directory only known suffixes are read; a file named explicitly with another suffix
    is read as text. Never raises for bad input: yields `Skipped(source, reason)` and goes on.
    """
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, READERS[file.suffix.lower()])
        else:
            yield from _read_file(path, READERS.get(path.suffix.lower(), read_txt))


def _walk(directory: Path) -> list[Path]:
    return sorted(file for file in directory.rglob("*") if file.suffix.lower() in READERS and file.is_file())


def _read_file(path: Path, reader: Reader) -> Iterator[Article | Skipped]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(source, f"cannot read: {(error.strerror or str(error)).lower()}")
        return
    try:
        yield from reader(data, source)
    except InputError as error:
        yield Skipped(source, str(error))
