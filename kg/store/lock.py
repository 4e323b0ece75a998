"""One writer or many readers per store directory: a non-blocking `flock` on DIR/kg.lock.

The lock dies with the process (the kernel drops it), so a crashed build never leaves a
stale lock behind; a second kg process fails at once with a clear message instead of waiting.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

from kg.errors import KgError

LOCK_FILE = "kg.lock"


class StoreLockedError(KgError):
    """Another kg process holds the store."""


class StoreLock:
    """An exclusive lock on a store directory, held from `acquire()` to `release()`."""

    def __init__(self, directory: Path, shared: bool = False, name: str = LOCK_FILE):
        self.path = Path(directory) / name
        self.shared = shared   # readers share the store; a writer needs it alone
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreLockedError(f"store {self.path.parent} is locked by another kg process") from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
