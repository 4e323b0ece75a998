"""Model directories are data: incomplete or pickled ones are refused with one line, no code runs."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from kg import learn


def copy_models(target):
    shutil.copytree(learn.DEFAULT_DIRECTORY, target)
    return target


@pytest.mark.parametrize("missing", ["clusters.npz", "ner.json", "relations.json"])
def test_incomplete_directory_is_refused(tmp_path, missing):
    directory = copy_models(tmp_path / "models")
    (directory / missing).unlink()
    with pytest.raises(learn.ModelError, match=missing):
        learn.load(directory)


class Payload:   # what a pickle would build; loading a model must never do so
    pass


def test_pickled_arrays_are_refused(tmp_path):
    directory = copy_models(tmp_path / "models")
    np.savez(directory / "relations.npz", features=np.array([Payload()], dtype=object),
             weights=np.zeros((1, 2)), bias=np.zeros(2))
    with pytest.raises(learn.ModelError, match="unreadable model"):
        learn.load(directory)


def test_missing_crf_weights_are_refused(tmp_path):
    directory = copy_models(tmp_path / "models")
    (directory / "ner.npz").unlink()
    with pytest.raises(learn.ModelError, match="missing ner.npz"):
        learn.load(directory)


def _with_crf_array(directory, name, value):
    with np.load(directory / "ner.npz") as data:
        arrays = dict(data)
    np.savez(directory / "ner.npz", **{**arrays, name: value(arrays[name])})


@pytest.mark.parametrize(("name", "value", "message"), [
    ("weights", lambda _: np.array([Payload()], dtype=object), "unreadable model"),   # a pickle
    ("transitions", lambda t: t[:-1], "holds 14 models, ner.json names 15"),
])
def test_bad_crf_weights_are_refused(tmp_path, name, value, message):
    directory = copy_models(tmp_path / "models")
    _with_crf_array(directory, name, value)
    with pytest.raises(learn.ModelError, match=message):
        learn.load(directory)


def test_rewritten_crf_weights_still_load(tmp_path):
    """The positive twin: the same rewriting with the arrays unchanged loads and tags."""
    directory = copy_models(tmp_path / "models")
    _with_crf_array(directory, "weights", lambda w: w)
    assert learn.load(directory).tagger.models.size == 15


def test_shipped_models_are_small():
    size = sum(p.stat().st_size for p in learn.DEFAULT_DIRECTORY.rglob("*") if p.is_file())
    assert size < 30 * 2**20
