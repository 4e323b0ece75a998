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
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            who = f"kg process {holder}" if holder.isdigit() else "kg process reading it"
            raise StoreLockedError(f"store {self.path.parent} is locked by {who}") from None
        if not self.shared:   # the writer signs the lock file, so a second writer can name it
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            if not self.shared:
                os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
