"""The manifest of a shard directory: which articles each shard holds, and which were bad.

`OUT/manifest.jsonl` gets one line per finished batch, appended by the client once the batch's
shard files are in place, so a line is the commit of its shard: files no line names (a batch
cut short by a crash) are ignored and written again by the next run. Later lines win: an
article read again with other content (same key, new hash) lives in the newer shard, and the
older shard's copy is left out when the shards are loaded. Like the store, a manifest only
grows: an input deleted later stays in it.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

MANIFEST = "manifest.jsonl"
SHARDS = "shards"


@dataclass(frozen=True)
class Done:
    """An article a shard holds: its key (where it was read), content hash and article id."""

    key: str
    digest: str
    id: str


@dataclass(frozen=True)
class Bad:
    """An input or article that could not be read or processed, with the reason."""

    key: str
    reason: str


@dataclass(frozen=True)
class ShardEntry:
    """One manifest line: a batch's shard (files only when it holds articles) and its bad items."""

    name: str
    articles: tuple[Done, ...] = ()
    bad: tuple[Bad, ...] = ()
    unchanged: int = 0        # articles of the batch the manifest already had, not processed again
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps({"shard": self.name, "articles": [[a.key, a.digest, a.id] for a in self.articles],
                           "bad": [[b.key, b.reason] for b in self.bad], "unchanged": self.unchanged,
                           "seconds": self.seconds}, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> ShardEntry:
        record = json.loads(line)
        return cls(record["shard"], tuple(Done(*a) for a in record["articles"]),
                   tuple(Bad(*b) for b in record["bad"]), record.get("unchanged", 0), record.get("seconds", 0.0))


class Manifest:
    """The entries of a shard directory, and what they say once later lines win."""

    def __init__(self, directory: Path, entries: Iterable[ShardEntry] = ()):
        self.directory = Path(directory)
        self.entries = list(entries)

    @classmethod
    def read(cls, directory: str | Path) -> Manifest:
        """The manifest in `directory` (empty if there is none yet)."""
        directory = Path(directory)
        path = directory / MANIFEST
        if not path.exists():
            return cls(directory)
        lines = path.read_text(encoding="utf-8").split("\n")
        entries = []
        for number, line in enumerate(lines, 1):
            try:
                entries += [ShardEntry.from_json(line)] if line.strip() else []
            except (ValueError, KeyError, TypeError) as error:
                if number < len(lines):   # only the last line may be cut short, by a crash
                    raise InputError(f"{path}:{number}: not a manifest line ({error})") from None
        return cls(directory, entries)

    def append(self, entry: ShardEntry) -> None:
        """Add a finished batch: one line, on disk before this returns."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / MANIFEST, "a", encoding="utf-8") as file:
            file.write(entry.to_json() + "\n")
            file.flush()
            os.fsync(file.fileno())
        self.entries.append(entry)

    def live(self) -> dict[str, tuple[Done, str]]:
        """key → (the latest record of that article, the shard holding it)."""
        return {done.key: (done, entry.name) for entry in self.entries for done in entry.articles}

    def live_ids(self) -> dict[str, set[str]]:
        """shard name → ids of the articles whose latest record is in that shard."""
        found: dict[str, set[str]] = {}
        for done, shard in self.live().values():
            found.setdefault(shard, set()).add(done.id)
        return found

    def digests_by_path(self) -> dict[str, dict[str, str]]:
        """path → {key: content hash} of the live articles read from that file."""
        found: dict[str, dict[str, str]] = {}
        for key, (done, _) in self.live().items():
            path = key.rpartition("@")[0] if _is_line_key(key) else key
            found.setdefault(path, {})[key] = done.digest
        return found

    def shard_path(self, name: str, suffix: str) -> Path:
        return self.directory / SHARDS / f"{name}{suffix}"


def _is_line_key(key: str) -> bool:
    return key.rpartition("@")[2].isdigit() and "@" in key
