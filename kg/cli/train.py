"""`kg train ner|relations`: the learned models from a brat corpus (needs the [train] extra)."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import user_errors

CORPUS = click.option("--nerel", "corpus", required=True,
                      type=click.Path(exists=True, file_okay=False, path_type=Path),
                      help="Training directory of brat .txt/.ann files, e.g. NEREL's train/ (never dev).")
OUTPUT = click.option("-o", "--output", "directory", required=True,
                      type=click.Path(file_okay=False, path_type=Path), help="Model directory to write.")
LIMIT = click.option("--limit", type=click.IntRange(min=1), default=None,
                     help="Only the first N documents (by name), for a quick run.")


@click.group("train")
def train_command() -> None:
    """Train the learned models (NER tagger, relation classifier) on a brat corpus.

    The same corpus gives the same model files (fixed seeds). `kg train ner` first: it also
    fits the word clusters that `kg train relations` reuses from the same directory.
    """


@train_command.command("ner")
@CORPUS
@OUTPUT
@LIMIT
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that train the CRFs (the files are the same for any number).")
def ner_command(corpus: Path, directory: Path, limit: int | None, workers: int) -> None:
    """Word clusters and one CRF per entity type and layer."""
    train = _trainer("train_ner")
    with user_errors():
        train(corpus, directory, limit=limit, report=_say, workers=workers)


@train_command.command("relations")
@CORPUS
@OUTPUT
@LIMIT
def relations_command(corpus: Path, directory: Path, limit: int | None) -> None:
    """The relation classifier over same-sentence pairs of gold mentions."""
    train = _trainer("train_relations")
    with user_errors():
        train(corpus, directory, limit=limit, report=_say)


def _trainer(name: str):
    try:
        import pycrfsuite  # noqa: F401
        import sklearn  # noqa: F401
    except ImportError as error:
        raise click.ClickException(f"training needs the [train] extra: pip install 'kg[train]' ({error})")
    from kg import train
    return getattr(train, name)


def _say(message: str) -> None:
    click.echo(f"kg train: {message}", err=True)
