"""The README and docs describe what is really there: commands, packages, the CI entry point."""
import re
from pathlib import Path

import pytest

from kg.cli import main

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
ARCHITECTURE = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    block = re.search(r"^```sh\n(.*?)^```", README, re.M | re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_quick_start_is_two_commands_setup_and_build_then_tests():
    first, second = quick_start_commands()
    assert "kg build examples/ru/" in first
    assert "pytest" in second


def test_ci_runs_the_readmes_test_command():
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quick_start_commands()[1] in ci_lines


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented_in_the_readme(command):
    assert f"`kg {command} " in README or f"`kg {command}`" in README


def test_every_command_the_readme_names_exists():
    named = set(re.findall(r"`kg ([a-z]+)", README))
    assert named and named <= set(main.commands)


@pytest.mark.parametrize("package", sorted(p.name for p in (REPO / "kg").iterdir()
                                           if p.is_dir() and (p / "__init__.py").exists()))
def test_architecture_doc_names_every_package(package):
    assert f"kg/{package}/" in ARCHITECTURE


def test_the_readmes_python_example_runs(tmp_path, monkeypatch, capsys):
    """The Python API block, executed as written (in a scratch folder holding the examples)."""
    example = re.search(r"^```python\n(.*?)^```", README, re.M | re.S).group(1)
    (tmp_path / "examples").symlink_to(REPO / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    assert "https://w3id.org/kg/id/Q232" in capsys.readouterr().out   # Kazakhstan chairs …
    for written in ("out/graph.ttl", "out/graph.trig", "out/facts.tsv", "out/graph.nq", "out/graph.html"):
        assert (tmp_path / written).stat().st_size > 0
    assert (tmp_path / "out" / "corpus").is_dir()   # under out/, which git ignores
