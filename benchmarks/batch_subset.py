"""Build a directory holding one batch of domain dev articles and only their gold rows.

    python benchmarks/batch_subset.py corpora/ru/batches/session11.txt /tmp/batch11 [--corpus DIR]
    kg eval --facts /tmp/batch11/gold.tsv /tmp/batch11 -w 2 --format json [--no-learned]

A batch list (corpora/ru/batches/*.txt) names articles of the dev split, one per line; blank lines
and lines starting with `#` are skipped. The directory gets a copy of each article and a gold.tsv
with the header and exactly those articles' rows, so `kg eval` scores the batch alone. Only the dev
split is read: a batch of held-out articles is scored, the test split stays untouched.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / "corpora" / "ru"


class BatchError(Exception):
    """A batch that cannot be built: the message is the one line the user sees."""


def read_batch(path: Path) -> list[str]:
    """The article names a batch list gives, in order, each once."""
    if not path.is_file():
        raise BatchError(f"{path}: no such batch list")
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    names = [name for name in names if name and not name.startswith("#")]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise BatchError(f"{path}: listed twice: {', '.join(repeated)}")
    if not names:
        raise BatchError(f"{path}: names no article")
    return names


def gold_rows(gold: Path, names: list[str]) -> tuple[str, list[str]]:
    """The gold header and the rows of the named articles, in the gold file's order."""
    lines = gold.read_text(encoding="utf-8").splitlines()
    header = next((line for line in lines if line and not line.startswith("#")), None)
    if header is None:
        raise BatchError(f"{gold}: no header line")
    wanted = set(names)
    rows = [line for line in lines if not line.startswith("#") and line.split("\t", 1)[0] in wanted]
    return header, rows


def build(batch: Path, out: Path, corpus: Path = DEFAULT_CORPUS) -> tuple[int, int]:
    """Copy the batch's articles and gold rows into `out`; returns (articles, gold rows)."""
    names = read_batch(batch)
    dev = corpus / "dev"
    missing = [name for name in names if not (dev / f"{name}.txt").is_file()]
    if missing:
        raise BatchError(f"not in {dev}: {', '.join(missing)}")
    if out.exists() and any(out.iterdir()):
        raise BatchError(f"{out} is not empty: give a new or empty directory")
    header, rows = gold_rows(dev / "gold.tsv", names)
    ungolded = sorted(set(names) - {row.split("\t", 1)[0] for row in rows})
    if ungolded:
        raise BatchError(f"no gold rows in {dev / 'gold.tsv'} for: {', '.join(ungolded)}")
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(dev / f"{name}.txt", out / f"{name}.txt")
    (out / "gold.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return len(names), len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path, help="batch list: one dev article name per line")
    parser.add_argument("out", type=Path, help="new or empty directory to write the articles and gold.tsv to")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="domain corpus holding dev/ with gold.tsv (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        articles, rows = build(args.batch, args.out, args.corpus)
    except (BatchError, OSError, UnicodeDecodeError) as error:
        print(f"batch_subset: {error}", file=sys.stderr)
        return 2
    print(f"wrote {articles} articles and {rows} gold rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
