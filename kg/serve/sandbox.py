"""Limits a query-engine process puts on itself before it runs anything a client sent.

The query checker refuses SERVICE, but Oxigraph's engine can follow SERVICE to any URL, so the
engine process also loses the ability to open network sockets: a seccomp filter (libseccomp,
through pyseccomp) makes socket(AF_INET/AF_INET6) fail with EACCES. Unix sockets and pipes,
which the process uses to talk to its parent, keep working. The address-space cap makes a
runaway query die alone instead of taking the machine down, and the parent-death signal ends
the process if `kg serve` itself is killed.
"""
from __future__ import annotations

import ctypes
import errno
import resource
import signal
import socket

PR_SET_PDEATHSIG = 1   # linux/prctl.h
NETWORK_FAMILIES = (socket.AF_INET, socket.AF_INET6)


def deny_network() -> bool:
    """Forbid Internet sockets to this process for good; False if seccomp is unavailable here."""
    try:
        import pyseccomp as seccomp
    except (ImportError, RuntimeError, OSError):   # no libseccomp on this machine
        return False
    refuse = seccomp.ERRNO(errno.EACCES)
    rules = seccomp.SyscallFilter(seccomp.ALLOW)
    for family in NETWORK_FAMILIES:
        rules.add_rule(refuse, "socket", seccomp.Arg(0, seccomp.EQ, family))
    rules.add_rule(refuse, "io_uring_setup")   # io_uring could connect without socket() checks
    rules.load()
    return True


def cap_memory(limit_bytes: int) -> None:
    """Allocations past `limit_bytes` of address space fail in this process (and only here)."""
    resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; a no-op elsewhere)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
