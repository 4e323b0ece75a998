"""Paths → articles: walk directories, pick a reader by suffix, turn failures into `Skipped`."""
from __future__ import annotations

import stat
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from kg.errors import InputError
from kg.ingest.article import MAX_ARTICLE_CHARS, check_size
from kg.ingest.readers import read_html, read_jsonl, read_txt
from kg.types import Article, Skipped

Reader = Callable[..., Iterator[Article | Skipped]]

READERS: dict[str, Reader] = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}
SPECIAL_FILES = {stat.S_ISFIFO: "a FIFO", stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device",
                 stat.S_ISSOCK: "a socket"}


def read(paths: Iterable[str | Path], *, max_article_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article | Skipped]:
    """Every article in `paths` (files, or directories walked recursively in sorted order).

    In a directory only known suffixes are read; a file named explicitly with another suffix
    is read as text. FIFOs and devices are skipped unread (reading would block or never end);
    an article longer than `max_article_chars` is skipped. Never raises for bad input: yields
    `Skipped(source, reason)` and goes on.
    """
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, READERS[file.suffix.lower()], max_article_chars)
        else:
            yield from _read_file(path, READERS.get(path.suffix.lower(), read_txt), max_article_chars)


def _walk(directory: Path) -> list[Path]:
    return sorted(file for file in directory.rglob("*") if file.suffix.lower() in READERS and file.is_file())


def _read_file(path: Path, reader: Reader, max_chars: int) -> Iterator[Article | Skipped]:
    source = str(path)
    try:
        _check_readable(path, reader, max_chars)
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(source, f"cannot read: {(error.strerror or str(error)).lower()}")
        return
    except InputError as error:
        yield Skipped(source, str(error))
        return
    try:
        yield from partial(reader, max_chars=max_chars)(data, source)
    except InputError as error:
        yield Skipped(source, str(error))


def _check_readable(path: Path, reader: Reader, max_chars: int) -> None:
    """Refuse, before reading, what is not a regular file or is too big to hold one article."""
    mode = path.stat().st_mode
    kind = next((name for test, name in SPECIAL_FILES.items() if test(mode)), None)
    if kind:
        raise InputError(f"not a regular file but {kind}")
    if reader is not read_jsonl:   # a JSONL file holds many articles, each checked on its own
        check_size(path.stat().st_size, max_chars)
