"""kg's Dask worker settings (kg/distributed/resources/dask.yaml): what a local cluster's nannies
read when they start workers, and what `DASK_CONFIG=<that folder> dask worker` reads on other hosts."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources

import pytest

from kg.distributed.cluster import worker_settings

SETTINGS_FOLDER = resources.files("kg.distributed").joinpath("resources")
READ_SETTINGS = """
import json, dask, distributed
from distributed.nanny import _get_env_variables
print(json.dumps({"environ": _get_env_variables("distributed.nanny.pre-spawn-environ"),
                  "profile": dask.config.get("distributed.worker.profile.enabled"),
                  "tick": dask.config.get("distributed.admin.tick")}))
"""


def _settings(environment: dict[str, str]) -> dict:
    clean = {key: value for key, value in os.environ.items() if key != "MALLOC_TRIM_THRESHOLD_" and
             not key.startswith("DASK_")}
    done = subprocess.run([sys.executable, "-c", READ_SETTINGS], env={**clean, **environment}, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_a_worker_process_gets_no_malloc_trim_threshold_and_keeps_one_blas_thread():
    import dask
    from distributed.nanny import _get_env_variables

    before = dask.config.get("distributed.worker.profile.enabled")
    with worker_settings():
        environ = _get_env_variables("distributed.nanny.pre-spawn-environ")
        assert "MALLOC_TRIM_THRESHOLD_" not in environ and environ["OMP_NUM_THREADS"] == "1"
        assert dask.config.get("distributed.worker.profile.enabled") is False
        assert dask.config.get("distributed.admin.tick") == {"interval": "1s", "limit": "3s", "cycle": "1s"}
    assert dask.config.get("distributed.worker.profile.enabled") == before   # only while the cluster starts


@pytest.mark.parametrize("environment, trimmed, profiled", [
    ({}, True, True),                                    # Dask's defaults: the twin
    ({"DASK_CONFIG": str(SETTINGS_FOLDER)}, False, False),   # what docs/distributed.md tells `dask worker`
])
def test_the_settings_folder_is_what_dask_worker_reads_with_dask_config(environment, trimmed, profiled):
    settings = _settings(environment)
    assert ("MALLOC_TRIM_THRESHOLD_" in settings["environ"]) is trimmed
    assert settings["profile"] is profiled and settings["environ"]["OMP_NUM_THREADS"] == "1"
