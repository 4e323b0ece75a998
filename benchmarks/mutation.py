"""Mutation score per package, from a seeded random sample of mutmut's mutants (docs/testing.md).

A full mutmut run over the packages with logic is thousands of mutants, each rerunning the tests
that cover its function: days on 2 cores. A fixed random sample per package estimates the share
of mutants the suite kills, with a 95% (Wilson) interval, in an hour or two; the same seed draws
the same mutants, and a rerun only runs the sampled mutants that have no result yet.

    .venv/bin/pip install -e '.[test,mutation]'
    python benchmarks/mutation.py --per-package 25            # writes benchmarks/results/mutation.json
    python benchmarks/mutation.py --per-package 25 --report   # the table from the results so far
    python benchmarks/mutation.py --per-package 25 --rerun    # rerun survivors and timeouts (new tests)

Survivors are listed by name (`mutmut show NAME` prints the diff); reviewed ones keep their
verdict in the results file's "reviewed" table across runs: "equivalent: why" leaves a survivor out
of the share, "hangs: why" counts a timeout as a kill (checked by hand that the mutant loops or
blocks). An unreviewed timeout counts as not killed: on a loaded machine it may be a slow run.

mutmut maps a test to a function only when the function ran, in the test process, during that test.
Two kinds of calls escape it: a function behind a cache (`functools.cache`: the gazetteer, the
shapes, the lexicons) runs in the first test that needs it only, and the endpoint (kg.serve) runs in
child processes (`python -m kg serve`, its query workers), which import the mutated copy (their
working directory is mutants/) and inherit MUTANT_UNDER_TEST but are not traced. So every function
of a package also gets the tests of its own folder (tests/<package>/) before the mutants run.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MUTANTS = REPO / "mutants"
RESULTS = REPO / "benchmarks" / "results" / "mutation.json"
PACKAGES = ("extract", "resolve", "ingest", "graph", "query", "serve", "store")
STATS = MUTANTS / "mutmut-stats.json"
NOTHING = "kg.nothing.x_nothing*"     # a pattern no mutant matches: mutmut only generates and maps tests

# mutmut's exit codes (mutmut/stats.py): a test run that fails or crashes kills the mutant.
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 36: "timeout",
          24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout", -9: "segfault", -11: "segfault",
          None: "not checked"}
DETECTED = {"killed", "segfault"}


def mutmut(*args: str, children: int, check: bool = True) -> None:
    command = [str(Path(sys.executable).parent / "mutmut"), "run", "--max-children", str(children), *args]
    subprocess.run(command, cwd=REPO, check=check)


def all_mutants() -> dict[str, dict[str, int | None]]:
    """Mutant name → exit code (None: not run yet), per package, from mutmut's .meta files."""
    by_package: dict[str, dict[str, int | None]] = {package: {} for package in PACKAGES}
    for meta in sorted(MUTANTS.glob("kg/*/**/*.py.meta")):
        package = meta.relative_to(MUTANTS / "kg").parts[0]
        if package in by_package:
            by_package[package].update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return by_package


def stats_in_this_process() -> int:
    """mutmut's stats step again, in this process: mutmut runs it in a child and drops pytest's output,
    so a test that fails there (under load, or only in mutants/) is not named. This run shows pytest's
    report and, if every test passes (the first failure was a flaky one), saves the stats mutmut reads."""
    import os

    from mutmut.__main__ import setup_source_paths
    from mutmut.configuration import config
    from mutmut.mutation.trampoline import set_mutant_under_test
    from mutmut.runners.harness import PytestRunner
    from mutmut.stats import save_stats

    print("mutmut's stats run failed; running it again here, with pytest's output", flush=True)
    os.chdir(REPO)
    setup_source_paths()
    set_mutant_under_test("stats")
    os.environ.update(PY_IGNORE_IMPORTMISMATCH="1", MUTMUT_DEPENDENCY_DEPTH=str(config().dependency_tracking_depth))
    code = PytestRunner().run_stats(tests=[])
    if code == 0:
        save_stats()
    os.environ.pop("MUTANT_UNDER_TEST", None)
    return code


def map_package_tests(codes: dict[str, dict[str, int | None]]) -> None:
    """Add the tests of each package's own folder to the tests mutmut traced for its functions."""
    stats = json.loads(STATS.read_text(encoding="utf-8"))
    tests_of = stats["tests_by_mangled_function_name"]
    for package, names in codes.items():
        own = {test for test in stats["duration_by_test"] if test.startswith(f"tests/{package}/")}
        for function in {name.partition("__mutmut_")[0] for name in names}:
            tests_of[function] = sorted(set(tests_of.get(function, ())) | own)
    STATS.write_text(json.dumps(stats, indent=4), encoding="utf-8")


def sample(by_package: dict[str, dict], per_package: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {package: sorted(rng.sample(sorted(names), min(per_package, len(names))))
            for package, names in by_package.items()}


def wilson(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    if not total:
        return 0.0, 0.0
    share = hits / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return round(centre - half, 3), round(centre + half, 3)


def summary(chosen: dict[str, list[str]], codes: dict[str, dict], reviewed: dict[str, str]) -> dict:
    packages = {}
    for package, names in chosen.items():
        statuses = {name: STATUS.get(codes[package].get(name), "suspicious") for name in names}
        statuses = {name: "timeout (hangs)" if status == "timeout" and reviewed.get(name, "").startswith("hangs")
                    else status for name, status in statuses.items()}
        counts = Counter(statuses.values())
        ran = sum(n for status, n in counts.items() if status != "not checked")
        detected = sum(counts[status] for status in DETECTED | {"timeout (hangs)"})
        equivalent = sum(1 for name, status in statuses.items()
                         if status == "survived" and reviewed.get(name, "").startswith("equivalent"))
        scored = ran - equivalent
        packages[package] = {
            "mutants_in_package": len(codes[package]), "sampled": len(names), "ran": ran,
            **{status: counts[status] for status in sorted(counts)},
            "equivalent": equivalent,
            "killed_share": round(detected / scored, 3) if scored else None,
            # a timeout is a kill for mutmut, but on a loaded machine it may be a slow run, not a loop
            "killed_share_counting_every_timeout": round((detected + counts["timeout"]) / scored, 3)
            if scored else None,
            "interval_95": wilson(detected, scored),
            "survivors": sorted(name for name, status in statuses.items()
                                if status in {"survived", "no tests", "suspicious"}
                                and not reviewed.get(name, "").startswith("equivalent")),
            "unverified_timeouts": sorted(name for name, status in statuses.items() if status == "timeout"),
        }
    return packages


def head_commit() -> str:
    """The checkout's commit when the results are written (mutants/ holds its kg/ if made fresh)."""
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-package", type=int, default=25, help="mutants drawn per package")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once")
    parser.add_argument("--packages", nargs="*", default=list(PACKAGES), choices=PACKAGES)
    parser.add_argument("--report", action="store_true", help="only print the table of results so far")
    parser.add_argument("--rerun", action="store_true",
                        help="also rerun the sampled survivors and timeouts (after adding tests)")
    args = parser.parse_args()
    if not args.report and not STATS.exists():   # also after a stats run that failed (a flaky test)
        mutmut(NOTHING, children=args.children, check=False)   # "nothing matches" once the mutants exist
        if not STATS.exists() and stats_in_this_process() != 0:
            sys.exit("mutmut's stats run failed twice (pytest's report above); fix the test, run the command again")
    chosen = {p: names for p, names in sample(all_mutants(), args.per_package, args.seed).items()
              if p in args.packages}
    if not args.report:
        map_package_tests(all_mutants())
    codes = all_mutants()
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    reviewed = previous.get("reviewed", {})
    rerun = {"survived", "no tests", "timeout", "suspicious"} if args.rerun else set()
    pending = [name for package, names in chosen.items() for name in names
               if codes[package].get(name) is None
               or STATUS.get(codes[package][name], "suspicious") in rerun and name not in reviewed]
    if pending and not args.report:
        mutmut(*pending, children=args.children)
    packages = summary(chosen, all_mutants(), reviewed)
    for row in packages.values():   # rows of other packages may come from other runs: say which run
        row.update(seed=args.seed, date=date.today().isoformat(), commit=head_commit())
    # a run of some packages (--packages) keeps the others' rows from the previous results
    kept = previous.get("packages", {})
    packages = {package: packages.get(package, kept.get(package)) for package in PACKAGES
                if package in packages or package in kept}
    RESULTS.write_text(json.dumps({
        "tool": "mutmut 3.8.1", "date": date.today().isoformat(),
        "command": f"python benchmarks/mutation.py --per-package {args.per_package} --seed {args.seed}",
        "method": "seeded random sample of each package's mutants; killed_share = (killed + timeouts "
                  "checked to hang) / (ran - reviewed equivalent survivors), with a 95% Wilson interval",
        "packages": packages, "reviewed": reviewed, "notes": previous.get("notes", ""),
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for package, row in packages.items():
        if package not in chosen:
            continue
        print(f"{package:8} sampled {row['sampled']:3} ran {row['ran']:3} killed share {row['killed_share']} "
              f"{row['interval_95']} survivors {len(row['survivors'])} unverified timeouts {len(row['unverified_timeouts'])}")


if __name__ == "__main__":
    main()
