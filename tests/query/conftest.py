"""A small corpus shaped like `kg build` output, and a store holding it."""
from pathlib import Path

import click
import pytest
from rdflib import Dataset

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store" / "corpus.trig"


@pytest.fixture
def corpus() -> Dataset:
    dataset = Dataset()
    dataset.parse(CORPUS, format="trig")
    return dataset


@pytest.fixture
def corpus_path() -> Path:
    return CORPUS


@pytest.fixture
def store_dir(tmp_path, corpus) -> Path:
    from kg.store import add_results

    add_results(tmp_path / "store", corpus)
    return tmp_path / "store"


@pytest.fixture
def cli() -> click.Group:
    """The store/query/export commands in a group, as `kg` registers them."""
    from kg.cli.export import export_command
    from kg.cli.push import push_command
    from kg.cli.query import query_command
    from kg.cli.remove import remove_command
    from kg.cli.serve import serve_command
    from kg.cli.stats import stats_command

    group = click.Group("kg")
    for command in (query_command, export_command, stats_command, remove_command, push_command, serve_command):
        group.add_command(command)
    return group
