"""`kg build --scheduler`: the graph a one-machine build writes, quad for quad; reruns do nothing twice."""
from __future__ import annotations

import csv
import json
from collections import Counter

import pyoxigraph as ox
import pytest

from kg.distributed import Manifest, run
from kg.vocab import article_iri

from tests.distributed.conftest import kg, quads_of

FACT_COLUMNS = ("subject", "predicate", "object", "confidence", "article", "sentence")   # not the labels


def fact_rows(*paths):
    rows = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as table:
            rows.update(tuple(row[c] for c in FACT_COLUMNS) for row in csv.DictReader(table, delimiter="\t"))
    return rows


def test_the_merged_shards_are_quad_for_quad_the_one_machine_graph(built, one_machine):
    out, _ = built
    expected = quads_of(one_machine / "graph.trig")
    assert len(expected) > 1500
    assert quads_of(out / "merged.trig") == expected


def test_the_store_holds_what_a_one_machine_build_stores(built, one_machine):
    out, result = built
    assert "store " in result.stdout and "added 28" in result.stdout
    assert quads_of(out / "store") == quads_of(one_machine / "store")


def test_the_shards_facts_tables_hold_the_one_machine_facts(built, one_machine):
    out, _ = built
    assert fact_rows(*(out / "shards" / "shards").glob("*.facts.tsv")) == fact_rows(one_machine / "facts.tsv")


def test_every_article_is_in_one_shard_and_bad_inputs_are_in_the_manifest(built, corpus):
    out, result = built
    manifest = Manifest.read(out / "shards")
    keys = [done.key for entry in manifest.entries for done in entry.articles]
    assert len(keys) == len(set(keys)) == 28 and "articles: 28" in result.stdout
    assert len([name for name in manifest.live_ids()]) > 5   # batches of 3 spread over the workers
    bad = {bad.key.rsplit("/", 1)[-1]: bad.reason for entry in manifest.entries for bad in entry.bad}
    bad_line = (corpus / "news.jsonl").read_bytes().index(b"{not json")
    assert set(bad) == {"empty.txt", f"news.jsonl@{bad_line}"}
    assert result.exit_code == 1 and "bad: 2" in result.stdout   # reported, not fatal


def test_a_rerun_processes_nothing_and_writes_no_shard(built, corpus, cluster):
    out, _ = built
    shards = sorted((out / "shards" / "shards").iterdir())
    result = kg("build", corpus, "--scheduler", cluster.scheduler_address, "-o", out / "shards", "--batch-size", 3)
    assert "articles: 0\nunchanged: 28\n" in result.stdout, result.output
    assert sorted((out / "shards" / "shards").iterdir()) == shards


def test_a_changed_article_alone_is_processed_again_and_replaces_its_old_copy(cluster, tmp_path, monkeypatch):
    monkeypatch.setattr(run, "MIN_WINDOW", 1)   # and batches handed to Dask one at a time
    monkeypatch.setattr(run, "IN_FLIGHT_PER_THREAD", 0)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a.txt", "Иран стал членом ШОС."), ("b.txt", "Армения председательствует в ЕАЭС."),
                       ("c.txt", "Финляндия стала членом НАТО.")):
        (corpus / name).write_text(text, encoding="utf-8")
    build = ("build", corpus, "--scheduler", cluster.scheduler_address, "-o", tmp_path / "shards", "--batch-size", 2)
    assert "articles: 3\n" in kg(*build).stdout
    assert kg("load", tmp_path / "shards", "-o", tmp_path / "before.nq").exit_code == 0
    (corpus / "a.txt").write_text("Египет стал членом БРИКС.", encoding="utf-8")
    result = kg(*build)
    assert "articles: 1\nunchanged: 2\n" in result.stdout, result.output
    assert kg("load", tmp_path / "shards", "-o", tmp_path / "after.nq").exit_code == 0
    before, after = (graph_names(tmp_path / name) for name in ("before.nq", "after.nq"))
    [new_entry] = Manifest.read(tmp_path / "shards").entries[-1:]
    assert after - before == {article_iri(new_entry.articles[0].id)} and len(before - after) == len(after) - 2 == 1


def graph_names(path):
    return {quad.graph_name.value for quad in quads_of(path) if not isinstance(quad.graph_name, ox.DefaultGraph)}


def test_each_worker_loads_the_learned_models_once_however_many_batches_it_runs(built, cluster):
    from dask.distributed import Client

    def loads():
        from kg import learn
        info = learn.load.cache_info()
        return info.misses, info.hits

    with Client(cluster) as client:
        per_worker = client.run(loads).values()
    assert all(misses <= 1 for misses, _ in per_worker), per_worker
    assert sum(misses for misses, _ in per_worker) >= 1 and sum(hits for _, hits in per_worker) >= 5, per_worker


def test_a_rules_only_build_on_dask_is_the_rules_only_one_machine_graph(cluster, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert kg("build", corpus, "-w", 1, "--no-learned", "-o", tmp_path / "one", "--no-picture").exit_code == 0
    result = kg("build", corpus, "--scheduler", cluster.scheduler_address, "--no-learned", "-o", tmp_path / "shards")
    assert result.exit_code == 0, result.output
    assert kg("load", tmp_path / "shards", "-o", tmp_path / "merged.trig").exit_code == 0
    assert quads_of(tmp_path / "merged.trig") == quads_of(tmp_path / "one" / "graph.trig")
    learned = kg("build", corpus, "--scheduler", cluster.scheduler_address, "-o", tmp_path / "shards")
    assert "articles: 1\nunchanged: 0\n" in learned.stdout, learned.output   # other settings: built again


ARTICLE = ("Москва, 3 апреля. Секретари советов безопасности государств – членов Шанхайской организации "
           "сотрудничества провели встречу в Астане. Иран стал полноправным членом ШОС в 2023 году.")


def test_the_dashboard_link_is_printed_on_stderr(built, cluster):
    _, result = built
    link = cluster.dashboard_link
    assert link and f"kg: Dask dashboard at {link}\n" in result.stderr and "dashboard" not in result.stdout


class Bar:
    """Stands in for the tqdm bar: what the build told it."""

    def __init__(self, total, description):
        self.total, self.description, self.counted, self.closed = total, description, 0, False

    def update(self, count):
        self.counted += count

    def refresh(self):
        pass

    def close(self):
        self.closed = True


@pytest.mark.parametrize("files, lines, total", [(3, 0, 3), (1, 2, None)])   # JSONL: the count is not known ahead
def test_the_progress_bar_counts_every_article_once(cluster, tmp_path, monkeypatch, files, lines, total):
    from kg.cli import distributed as cli_distributed

    bars = []
    monkeypatch.setattr(cli_distributed, "progress_bar", lambda *args: bars.append(Bar(*args)) or bars[-1])
    corpus = tmp_path / "in"
    corpus.mkdir()
    for index in range(files):
        (corpus / f"{index}.txt").write_text(f"Статья {index}. Иран стал членом ШОС.", encoding="utf-8")
    if lines:
        records = [json.dumps({"text": f"Новость {i}. Армения в ЕАЭС."}, ensure_ascii=False) for i in range(lines)]
        (corpus / "news.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    result = kg("build", corpus, "--scheduler", cluster.scheduler_address, "-o", tmp_path / "out", "--batch-size", 1)
    assert result.exit_code == 0, result.output
    [bar] = bars
    assert (bar.total, bar.counted, bar.closed) == (total, files + lines, True)
    rerun = kg("build", corpus, "--scheduler", cluster.scheduler_address, "-o", tmp_path / "out")
    assert rerun.exit_code == 0 and bars[-1].counted == files + lines   # unchanged articles count too
