"""Saved copies of what was fetched (`raw/` next to the output), so a build can be redone offline.

Each response is two files named by a hash of the URL asked for: the body exactly as received
(`KEY.html`, `KEY.xml` for feeds) and `KEY.json` with the URL, final URL, status, Content-Type
header and time. An article's offsets index the body as decoded with that Content-Type.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from kg.web.fetch import Response

_FIELDS = ("url", "final_url", "status", "content_type", "fetched", "etag", "last_modified")


class RawCopies:
    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def save(self, response: Response, suffix: str) -> Path:
        """Write `response` (body, then its record); return the body's path."""
        self.directory.mkdir(parents=True, exist_ok=True)
        key = url_key(response.url)
        body = self.directory / f"{key}{suffix}"
        _write_atomically(body, response.body)
        record = {field: getattr(response, field) for field in _FIELDS} | {"file": body.name}
        _write_atomically(self.directory / f"{key}.json", json.dumps(record, ensure_ascii=False, indent=1).encode())
        return body

    def load(self, url: str) -> tuple[Response, Path] | None:
        """The saved response to `url` and its body's path, or None if there is none."""
        record_path = self.directory / f"{url_key(url)}.json"
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
            body = self.directory / record["file"]
            return Response(**{field: record[field] for field in _FIELDS}, body=body.read_bytes()), body
        except (OSError, ValueError, KeyError, TypeError):
            return None


def url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
