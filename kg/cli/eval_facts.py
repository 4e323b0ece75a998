"""`kg eval --facts GOLD.tsv CORPUS_DIR`: the fact-level half of `kg eval`."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import progress_bar, report_skipped, user_errors
from kg.types import Skipped


class BadGoldError(click.ClickException):
    """A gold file that cannot be read: one line naming file and line, exit status 2."""

    exit_code = 2


def eval_facts(gold: Path, corpus: Path, *, fmt: str, errors_path: Path | None, workers: int | None,
               extractors: list[str] | None, relations: list[str] | None, learned: bool = True,
               causes: bool = False) -> None:
    from kg.eval.facts import GoldError, evaluate_facts, format_json, format_table, write_errors

    bar = progress_bar(None, "eval")

    def on_article(item) -> None:
        bar.update(1)
        if isinstance(item, Skipped):
            bar.clear()
            report_skipped(item)

    with user_errors():
        try:
            result = evaluate_facts(gold, corpus, workers=workers, extractors=extractors, relations=relations,
                                    on_article=on_article, learned=learned, causes=causes)
        except GoldError as error:
            raise BadGoldError(str(error)) from error
        finally:
            bar.close()
    click.echo(format_json(result) if fmt == "json" else format_table(result))
    if errors_path:
        click.echo(f"wrote {write_errors(errors_path, result.mistakes)}", err=True)
    if result.failures:
        sys.exit(1)
