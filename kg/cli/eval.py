"""`kg eval`: score kg against a brat-annotated corpus such as NEREL, or against fact-level gold (--facts)."""
from __future__ import annotations

import warnings
from pathlib import Path

import click

from kg.cli.common import split_names, user_errors


@click.command("eval")
@click.argument("directory", metavar="GOLD_DIR|CORPUS_DIR",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--facts", "facts_gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              metavar="GOLD.tsv", help="Score facts against this gold TSV; DIRECTORY holds the articles it names.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N documents (by name).")
@click.option("--types", default=None, metavar="TYPE,…",
              help="Only these entity scoring types, e.g. Person,Organization,Country.")
@click.option("--relations", default=None, metavar="REL,…",
              help="Only these NEREL relation types, e.g. WORKS_AS,MEMBER_OF (with --facts: kg relations, "
                   "e.g. memberOf,chairs).")
@click.option("--lenient", is_flag=True, help="Count overlapping spans as matches (default: exact spans).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every false positive and false negative with its sentence (.tsv or .jsonl).")
@click.option("--extractors", "-e", default=None, metavar="NAME,…", help="Only these extractors.")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="With --facts: parallel worker processes (default: all cores).")
@click.option("--causes", is_flag=True,
              help="With --facts: also count the missed facts per relation by cause (an end absent, a near-miss "
                   "label, no edge, another predicate), without printing any fact.")
@click.option("--learned/--no-learned", default=True, show_default=True,
              help="With the learned models' mentions and relations, or rules only.")
def eval_command(directory: Path, facts_gold: Path | None, limit: int | None, types: str | None,
                 relations: str | None, lenient: bool, fmt: str, errors_path: Path | None, extractors: str | None,
                 workers: int | None, learned: bool, causes: bool) -> None:
    """Score kg against gold: a brat corpus (GOLD_DIR: .txt + .ann, e.g. NEREL), or with
    --facts GOLD.tsv the articles of CORPUS_DIR against fact-level gold.

    brat: entities per type, relations end to end per NEREL relation type mapped onto the
    ontology (kg/eval/resources/mapping.yml), micro and macro averages, and Wikidata linking against the
    corpus's `N` lines; malformed gold lines are skipped with a warning. Facts: precision, recall
    and F1 per relation and micro, qualifiers (validFrom, validUntil, pointInTime) apart; a bad
    gold row stops with its file and line (exit status 2). The README's Evaluation section
    describes both formats.
    """
    if facts_gold:
        for name, given in (("--types", types), ("--lenient", lenient), ("--limit", limit)):
            if given:
                raise click.UsageError(f"{name} applies to brat gold only, not to --facts")
        from kg.cli.eval_facts import eval_facts

        eval_facts(facts_gold, directory, fmt=fmt, errors_path=errors_path, workers=workers,
                   extractors=split_names(extractors), relations=split_names(relations), learned=learned,
                   causes=causes)
        return
    if causes:
        raise click.UsageError("--causes applies to --facts only")
    if workers:
        raise click.UsageError("--workers applies to --facts only")
    _eval_brat(directory, limit, types, relations, lenient, fmt, errors_path, extractors, learned)


def _eval_brat(gold_dir: Path, limit: int | None, types: str | None, relations: str | None, lenient: bool,
               fmt: str, errors_path: Path | None, extractors: str | None, learned: bool) -> None:
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
