"""`kg load`: the shards of a distributed build, merged into a store or one RDF file."""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import click

from kg.cli.common import user_errors


@click.command("load")
@click.argument("shards", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Add the articles to this corpus store (created if missing; idempotent, like kg build --store).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the merged graph to one RDF file; the format from its extension (.nq, .trig, .ttl…).")
def load_command(shards: Path, store_dir: Path | None, output: Path | None) -> None:
    """Merge SHARDS (the -o folder of `kg build --scheduler/--cluster`) into a store or a file.

    Entity descriptions are merged over all shards as a one-machine build merges them; each
    article counts once, in its latest shard (see SHARDS/manifest.jsonl).
    """
    if store_dir is None and output is None:
        raise click.UsageError("give --store DIR, -o FILE, or both")
    from kg.distributed import Shards
    from kg.store import Store

    lines = []
    with user_errors(), ExitStack() as stack:
        store = stack.enter_context(Store.open(store_dir)) if store_dir else None   # locked before any work
        merged = Shards(shards)
        if store:
            lines.append(f"store {store_dir}: {merged.load(store)}")
        if output:
            lines.append(f"wrote {merged.write(output)}")
    click.echo("\n".join(lines))
