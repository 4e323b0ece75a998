"""`kg build --scheduler ADDRESS | --cluster local:N`: the build on a Dask cluster, into shards."""
from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

from kg import web as kgweb
from kg.cli.common import progress_bar, user_errors
from kg.distributed.plan import DEFAULT_BATCH_SIZE
from kg.distributed.tasks import BuildOptions


def distributed_options(command):
    """--scheduler, --cluster and --batch-size of `kg build`."""
    for option in reversed((
        click.option("--scheduler", metavar="ADDRESS", default=None,
                     help="Process the articles on this Dask cluster (e.g. tcp://10.0.0.5:8786) and write "
                          "shards to -o OUTDIR (a folder every worker can write); see docs/distributed.md."),
        click.option("--cluster", metavar="local:N", default=None,
                     help="Like --scheduler, on a Dask cluster of N worker processes started on this machine."),
        click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
                     help="Files per Dask task, fewer in the last tasks (a JSONL file is cut into ranges of about as many lines)."),
    )):
        command = option(command)
    return command


def build_distributed(inputs: list, outdir: Path | None, store_dir: Path | None, scheduler: str | None,
                      cluster: str | None, batch_size: int, options: BuildOptions, enrich: bool) -> None:
    """Run the build on Dask: shards and manifest in OUTDIR, then (with --store) into the store."""
    if scheduler and cluster:
        raise click.UsageError("give --scheduler or --cluster, not both")
    if outdir is None:
        raise click.UsageError("--scheduler/--cluster write shards: give -o OUTDIR (shared by the workers)")
    if enrich:
        raise click.UsageError("--enrich is not available with --scheduler/--cluster")
    if any(not isinstance(item, str) or kgweb.is_url(item) for item in inputs):
        raise click.UsageError("--scheduler/--cluster read files and folders, not URLs or feeds")
    from kg import distributed
    from kg.distributed.manifest import MANIFEST
    from kg.store import Store

    with user_errors(), ExitStack() as stack:
        distributed.local_workers(cluster) if cluster else None   # a bad spec fails before anything starts
        store = stack.enter_context(Store.open(store_dir)) if store_dir else None   # locked before any work
        report = _run(inputs, outdir, scheduler, cluster, batch_size, options)
        lines = report.lines() + [f"wrote {outdir / MANIFEST}"]
        if store:
            lines.append(f"store {store_dir}: {distributed.Shards(outdir).load(store)}")
    click.echo("\n".join(lines))
    if report.bad or report.failed:
        sys.exit(1)


def _run(inputs, outdir, scheduler, cluster, batch_size, options):
    from kg import distributed

    bar = progress_bar(None, "building")

    def on_total(total):
        bar.total = total
        bar.refresh()

    def on_entry(entry):
        bar.update(len(entry.articles) + len(entry.bad) + entry.unchanged)

    with distributed.connect(scheduler, cluster) as client:
        link = distributed.dashboard(client)
        if link:
            click.echo(f"kg: Dask dashboard at {link}", err=True)
        report = distributed.build_shards(inputs, outdir, client, options=options, batch_size=batch_size,
                                          on_total=on_total, on_entry=on_entry)
    bar.close()
    return report
