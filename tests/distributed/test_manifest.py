"""The manifest: later lines win, a line cut short by a crash is ignored, a damaged one is an error."""
from __future__ import annotations

import pytest

from kg.distributed.manifest import MANIFEST, Bad, Done, Manifest, ShardEntry
from kg.errors import InputError

FIRST = ShardEntry("run1-00000", (Done("/c/a.txt", "h1", "id-a"), Done("/c/n.jsonl@0", "h2", "id-n0")),
                   (Bad("/c/bad.txt", "empty file"),))
SECOND = ShardEntry("run2-00000", (Done("/c/a.txt", "h1b", "id-a2"),), unchanged=1)


@pytest.fixture
def manifest(tmp_path):
    written = Manifest(tmp_path)
    written.append(FIRST)
    written.append(SECOND)
    return Manifest.read(tmp_path)


def test_entries_round_trip_through_the_file(manifest):
    assert manifest.entries == [FIRST, SECOND]


def test_an_article_read_again_lives_in_the_later_shard(manifest):
    assert manifest.live_ids() == {"run1-00000": {"id-n0"}, "run2-00000": {"id-a2"}}
    assert manifest.digests_by_path() == {"/c/a.txt": {"/c/a.txt": "h1b"}, "/c/n.jsonl": {"/c/n.jsonl@0": "h2"}}


def test_a_last_line_cut_short_by_a_crash_is_ignored(manifest, tmp_path):
    with open(tmp_path / MANIFEST, "a", encoding="utf-8") as file:
        file.write('{"shard": "run3-00000", "articles": [["/c/x.txt", "h')
    assert Manifest.read(tmp_path).entries == [FIRST, SECOND]


@pytest.mark.parametrize("damage", ['{"shard": "x"}', "not json", "[1, 2]"])
def test_a_damaged_line_before_the_last_is_a_one_line_error(manifest, tmp_path, damage):
    text = (tmp_path / MANIFEST).read_text(encoding="utf-8")
    (tmp_path / MANIFEST).write_text(damage + "\n" + text, encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.jsonl:1: not a manifest line"):
        Manifest.read(tmp_path)


def test_a_folder_without_a_manifest_has_no_entries(tmp_path):
    assert Manifest.read(tmp_path / "new").entries == []
