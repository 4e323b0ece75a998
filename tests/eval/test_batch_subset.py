"""benchmarks/batch_subset.py builds the directory a held-out batch is scored from: the listed dev
articles and exactly their gold rows; a list it cannot honour ends in one line and exit code 2."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "batch_subset.py"
BATCHES = sorted((REPO / "corpora" / "ru" / "batches").glob("*.txt"))
BATCH = REPO / "corpora" / "ru" / "batches" / "session11.txt"
DEV = REPO / "corpora" / "ru" / "dev"

_spec = importlib.util.spec_from_file_location("batch_subset", SCRIPT)
batch_subset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(batch_subset)


def listed(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("batch", BATCHES, ids=lambda path: path.stem)
def test_a_batch_gets_its_articles_and_exactly_their_gold_rows(tmp_path, batch):
    out = tmp_path / "batch"
    articles, rows = batch_subset.build(batch, out)
    names = listed(batch)
    assert articles == len(names) == len({path.stem for path in out.glob("*.txt")})
    for name in names:
        assert (out / f"{name}.txt").read_bytes() == (DEV / f"{name}.txt").read_bytes()
    gold = (out / "gold.tsv").read_text(encoding="utf-8").splitlines()
    expected = [line for line in (DEV / "gold.tsv").read_text(encoding="utf-8").splitlines()
                if line.split("\t", 1)[0] in set(names)]
    assert gold[0].startswith("article\tsubject\tpredicate")
    assert gold[1:] == expected and rows == len(expected) > 0


def test_no_article_is_held_out_in_two_batches():
    names = [name for batch in BATCHES for name in listed(batch)]
    assert len(BATCHES) >= 2 and len(names) == len(set(names))


def a_test_split_name() -> str:
    """Only a file name of the test split is looked at, never its text or gold."""
    return sorted((REPO / "corpora" / "ru" / "test").glob("*.txt"))[0].stem


@pytest.mark.parametrize("lines, message", [
    (["no-such-2001-article"], "not in"),
    ([a_test_split_name()], "not in"),
    (["eaeu-2020-12-11-strategy-2025-approved", "eaeu-2020-12-11-strategy-2025-approved"], "listed twice"),
    (["# only a comment", ""], "names no article"),
])
def test_a_list_it_cannot_honour_is_refused_with_one_line(tmp_path, lines, message):
    batch = tmp_path / "batch.txt"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), str(batch), str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists()


def test_a_directory_with_files_in_it_is_not_written_to(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(batch_subset.BatchError, match="not empty"):
        batch_subset.build(BATCH, out)
    assert [path.name for path in out.iterdir()] == ["keep.txt"]
