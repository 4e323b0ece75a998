"""Print the contents of a domain corpus (articles, organizations, publishers, years, gold rows)
as the Markdown table the corpus README shows. Usage: python tools/corpus_stats.py [corpora/ru]"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path


def header(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines[0] != "---":
        return {}
    fields = {}
    for line in lines[1:lines.index("---", 1)]:
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def gold_rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def main(root: Path) -> None:
    splits = [d for d in ("dev", "test") if (root / d).is_dir()]
    organizations, publishers, years = Counter(), Counter(), Counter()
    print("| split | articles | gold rows | optional |\n|---|---|---|---|")
    relations: dict[str, Counter] = {}
    for split in splits:
        files = sorted((root / split).glob("*.txt"))
        for file in files:
            meta = header(file)
            organizations[file.stem.split("-20")[0]] += 1
            publishers[meta.get("publisher", "?")] += 1
            years[meta.get("date", "?")[:4]] += 1
        rows = gold_rows(root / split / "gold.tsv")
        optional = sum(row["optional"] == "optional" for row in rows)
        relations[split] = Counter(row["predicate"] for row in rows)
        print(f"| {split} | {len(files)} | {len(rows)} | {optional} |")
    print(f"\n{sum(organizations.values())} articles, {len(publishers)} publishers, "
          f"{len(organizations)} organizations (by file-name prefix), years {min(years)}–{max(years)}.\n")
    print("Articles per organization: " + ", ".join(f"{o} {n}" for o, n in organizations.most_common()) + ".\n")
    print("| relation | " + " | ".join(splits) + " |\n|---|" + "---|" * len(splits))
    for relation in sorted(set().union(*relations.values()), key=lambda r: -relations["dev"][r]):
        print(f"| {relation} | " + " | ".join(str(relations[s][relation]) for s in splits) + " |")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "corpora/ru"))
