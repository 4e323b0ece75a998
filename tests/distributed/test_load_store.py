"""`kg load SHARDS --store DIR`: one bulk load of every shard gives the store `kg build -w 1 --store`
writes, quad for quad; loading again changes nothing; a damaged shard is one line, and the load
after the repair gives the same store as if nothing had happened."""
from __future__ import annotations

import shutil

import pytest

from kg.distributed import Manifest
from kg.distributed.shards import QUADS

from tests.distributed.conftest import kg, quads_of
from tests.distributed.test_cli_errors import one_line_error


@pytest.fixture(scope="module")
def loaded(built, tmp_path_factory):
    """The Dask build's shards loaded by `kg load` into a new store: (shards, store, output)."""
    out, _ = built
    store = tmp_path_factory.mktemp("loaded") / "store"
    result = kg("load", out / "shards", "--store", store)
    assert result.exit_code == 0, result.output
    return out / "shards", store, result


def test_kg_load_into_a_store_is_quad_for_quad_the_one_machine_store(loaded, one_machine):
    _, store, result = loaded
    assert "added 28, replaced 0, unchanged 0" in result.stdout
    expected = quads_of(one_machine / "store")
    assert len(expected) > 1500 and quads_of(store) == expected


def test_loading_the_same_shards_again_leaves_the_store_as_it_was(loaded):
    shards, store, _ = loaded
    before = quads_of(store)
    again = kg("load", shards, "--store", store)
    assert again.exit_code == 0, again.output
    assert "added 0, replaced 0, unchanged 28" in again.stdout
    assert quads_of(store) == before


def test_a_corrupt_shard_is_one_line_and_the_load_after_the_repair_is_whole(loaded, one_machine, tmp_path):
    shards = tmp_path / "shards"
    shutil.copytree(loaded[0], shards)
    names = sorted(Manifest.read(shards).live_ids())
    damaged = Manifest.read(shards).shard_path(names[len(names) // 2], QUADS)   # shards before it load first
    intact = damaged.read_bytes()
    damaged.write_text("<a> <b> .\n", encoding="utf-8")
    one_line_error(kg("load", shards, "--store", tmp_path / "store"), 1, damaged.name, "not valid N-Quads")
    damaged.write_bytes(intact)
    repaired = kg("load", shards, "--store", tmp_path / "store")
    assert repaired.exit_code == 0 and "added 28, replaced 0, unchanged 0" in repaired.stdout, repaired.output
    assert quads_of(tmp_path / "store") == quads_of(one_machine / "store")
