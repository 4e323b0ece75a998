"""`kg train` on a tiny hand-written brat corpus: files, determinism, what the models learned."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from click.testing import CliRunner

from kg import learn
from kg.learn.clusters import fit_centroids
from kg.train.corpus import read_examples
from kg.learn.pairs import PairMention

MODEL_FILES = ("clusters.npz", "ner.json", "relations.json", "relations.npz")


def train(cli, corpus, directory) -> None:
    for task in ("ner", "relations"):
        result = CliRunner().invoke(cli, ["train", task, "--nerel", str(corpus), "-o", str(directory)])
        assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_corpus):
    from kg.cli import main
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    train(main, tiny_corpus, first)
    train(main, tiny_corpus, second)
    return first, second


def test_training_writes_models_and_card(trained):
    directory, _ = trained
    assert all((directory / name).is_file() for name in MODEL_FILES)
    card = json.loads((directory / "card.json").read_text(encoding="utf-8"))
    assert card["ner"]["documents"] == card["relations"]["documents"] == 3
    assert card["ner"]["seed"] == 0 and "settings" in card["relations"]
    spec = json.loads((directory / "relations.json").read_text(encoding="utf-8"))
    assert card["relations"]["thresholds"] == spec["thresholds"]          # fitted out of fold, recorded
    assert set(spec["thresholds"]) <= set(spec["classes"]) - {"NONE"}
    assert all(0 < t < 0.5 for t in spec["thresholds"].values())


def test_same_data_gives_same_model_files(trained):
    first, second = trained
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file() and p.name != "card.json")
    assert len(files) > len(MODEL_FILES)          # the CRFs of every type and layer too
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_tiny_models_learn_their_training_data(trained, tiny_corpus):
    models = learn.load(trained[0])
    example = next(ex for ex in read_examples(tiny_corpus, models.tagger.types) if ex.doc_id == "a_csto")
    tagged = {(s.type, example.doc[s.start:s.end].text) for s in models.tagger.tag(example.doc)}
    assert {("PROFESSION", "Генеральный секретарь ОДКБ"), ("PROFESSION", "Генеральный секретарь"),
            ("ORGANIZATION", "ОДКБ"), ("EVENT", "саммите ШОС"), ("CITY", "Москве")} <= tagged
    mentions = [PairMention(e.start, e.end, e.type) for e in example.entities]
    found = {(r.type, example.doc[mentions[r.arg1].start:mentions[r.arg1].end].text)
             for r in models.relations.predict(example.doc, mentions)}
    assert ("WORKS_AS", "Имангали Тасмагамбетов") in found
    assert all(0 < r.confidence <= 1 for r in models.relations.predict(example.doc, mentions))


def test_a_fresh_process_with_another_hash_seed_writes_the_same_files(trained, tiny_corpus, tmp_path):
    """`kg train ner` then `relations` in a new interpreter with another PYTHONHASHSEED: every model
    file (the CRFs' weights, clusters, classifier, thresholds) is byte-identical to this process's."""
    seed = "7" if os.environ.get("PYTHONHASHSEED") != "7" else "8"
    script = ("import sys; from click.testing import CliRunner; from kg.cli import main\n"
              "for task in ('ner', 'relations'):\n"
              "    result = CliRunner().invoke(main, ['train', task, '--nerel', sys.argv[1], '-o', sys.argv[2]])\n"
              "    assert result.exit_code == 0, result.output")   # one interpreter: the parser loads once
    subprocess.run([sys.executable, "-c", script, str(tiny_corpus), str(tmp_path)],
                   check=True, timeout=600, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
    files = sorted(p.relative_to(trained[0]) for p in trained[0].rglob("*") if p.is_file() and p.name != "card.json")
    assert {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()} >= set(files)
    assert [f for f in files if (trained[0] / f).read_bytes() != (tmp_path / f).read_bytes()] == []


WORDS = ("саммит встреча заседание президент министр посол Москва Пекин Астана договор соглашение "
         "устав Москва саммит").split()


def test_word_clusters_do_not_depend_on_the_hash_seed(tmp_path):
    """The same words, fitted here and in a process with another hash seed, give the same centroids."""
    script = ("import sys, numpy as np; from kg.learn.clusters import fit_centroids; "
              "np.save(sys.argv[1], fit_centroids(sys.argv[2:], 4, seed=0))")
    path = tmp_path / "centroids.npy"
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    subprocess.run([sys.executable, "-c", script, str(path), *WORDS], check=True, timeout=300,
                   env={**os.environ, "PYTHONHASHSEED": seed})
    assert np.array_equal(np.load(path), fit_centroids(WORDS, 4, seed=0))


@pytest.mark.parametrize("arguments", [
    ["train", "ner", "-o", "out"],                                   # no corpus
    ["train", "ner", "--nerel", "does-not-exist", "-o", "out"],
    ["train", "relations", "--nerel", ".", "-o", "out", "--limit", "0"],
])
def test_bad_arguments_end_in_one_line(cli, arguments, tmp_path):
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_directory_without_annotations_is_one_line_error(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Текст без разметки.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["train", "ner", "--nerel", str(tmp_path), "-o", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "no .ann files" in result.output


def test_build_reads_a_trained_model_directory(cli, trained, demo_article_path, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(demo_article_path), "-o", str(tmp_path / "out"),
                                      "--models", str(trained[0]), "--no-picture", "-w", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_build_refuses_a_directory_that_holds_no_models(cli, demo_article_path, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(demo_article_path), "-o", str(tmp_path / "out"),
                                      "--models", str(tmp_path), "-w", "1"])
    assert result.exit_code == 1 and "not a kg model directory" in result.output
    assert "Traceback" not in result.output
