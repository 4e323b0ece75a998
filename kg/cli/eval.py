"""`kg eval`: score kg against a brat-annotated corpus such as NEREL."""
from __future__ import annotations

import warnings
from pathlib import Path

import click

from kg.cli.common import split_names, user_errors


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N documents (by name).")
@click.option("--types", default=None, metavar="TYPE,…",
              help="Only these entity scoring types, e.g. Person,Organization,Country.")
@click.option("--relations", default=None, metavar="REL,…",
              help="Only these NEREL relation types, e.g. WORKS_AS,MEMBER_OF.")
@click.option("--lenient", is_flag=True, help="Count overlapping spans as matches (default: exact spans).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every false positive and false negative with its sentence (.tsv or .jsonl).")
@click.option("--extractors", "-e", default=None, metavar="NAME,…", help="Only these extractors.")
@click.option("--learned/--no-learned", default=True, show_default=True,
              help="With the learned models' mentions and relations, or rules only.")
def eval_command(gold_dir: Path, limit: int | None, types: str | None, relations: str | None,
                 lenient: bool, fmt: str, errors_path: Path | None, extractors: str | None,
                 learned: bool) -> None:
    """Run kg on every text of a brat corpus (.txt + .ann) and print precision, recall and F1.

    Scores entities per type, relations end to end per NEREL relation type mapped onto the
    ontology (kg/eval/mapping.yml), with micro and macro averages, and Wikidata linking against
    the corpus's `N` lines. Malformed gold lines are skipped with a warning.
    """
    from kg.eval import evaluate, format_json, format_table, write_errors
    from kg.pipeline import Pipeline

    with user_errors(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pipeline = Pipeline(split_names(extractors), learned=learned)
        result = evaluate(gold_dir, pipeline.process_text, limit=limit, types=split_names(types),
                          relations=split_names(relations), lenient=lenient)
    for warning in caught:
        click.echo(f"kg: warning: {warning.message}", err=True)
    click.echo(format_json(result) if fmt == "json" else format_table(result))
    if errors_path:
        click.echo(f"wrote {write_errors(errors_path, result.mistakes)}", err=True)
