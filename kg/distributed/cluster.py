"""A Dask client: a running scheduler's (`--scheduler ADDRESS`) or a cluster on this machine
(`--cluster local:N`, N worker processes of one thread each)."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import KgError
from kg.resources import load_yaml

LOCAL = re.compile(r"local:([1-9][0-9]{0,3})")
DASHBOARD = "127.0.0.1:8787"   # Dask's usual port (another free one if taken), on loopback only
CONNECT_TIMEOUT = "20s"


def local_workers(spec: str) -> int:
    """"local:4" → 4; anything else is a one-line error."""
    match = LOCAL.fullmatch(spec.strip())
    if not match:
        raise KgError(f"--cluster {spec!r}: expected local:N, N worker processes on this machine (1–9999)")
    return int(match.group(1))


def _dask():
    try:
        from dask import distributed
    except ImportError:
        raise KgError("--scheduler and --cluster need Dask: pip install 'kg[dask]'") from None
    return distributed


@contextmanager
def connect(scheduler: str | None = None, cluster: str | None = None) -> Iterator:
    """A `distributed.Client` for a scheduler address or a `local:N` cluster, closed afterwards."""
    distributed = _dask()
    if cluster:
        workers = local_workers(cluster)
        with worker_settings(), distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=DASHBOARD, silence_logs=logging.ERROR) as local, \
                distributed.Client(local) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    with client:
        yield client


def worker_settings():
    """Dask's configuration with kg's worker settings (kg/distributed/resources/dask.yaml) over
    it, while a local cluster starts: its nannies read them then and hand them to the workers."""
    import dask

    return dask.config.set(_dotted(load_yaml("distributed", "dask.yaml")))


def _dotted(settings: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} → {"a.b": 1}: dask.config.set replaces a nested dict whole, a dotted key
    changes that one setting."""
    flat = {}
    for key, value in settings.items():
        if isinstance(value, dict):
            flat.update(_dotted(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = value
    return flat


def dashboard(client) -> str | None:
    """The dashboard's address, if the scheduler serves one."""
    try:
        return client.dashboard_link if client.scheduler_info().get("services", {}).get("dashboard") else None
    except (KeyError, AttributeError):
        return None
