"""A lower stage never imports a higher one: the import graph of kg's packages follows LAYERS."""
from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
# Bottom first; a unit may import only units of earlier layers (and itself).
LAYERS = (
    ("kg.errors", "kg.types"),
    ("kg.identity",),
    ("kg.registry",),
    ("kg.languages",),
    ("kg.resources",),
    ("kg.vocab",),
    ("kg.ingest",),
    ("kg.web",),
    ("kg.nlp",),
    ("kg.gazetteer",),
    ("kg.learn",),        # the learned models at inference: below extraction, which runs them
    ("kg.extract",),
    ("kg.resolve",),
    ("kg.graph",),
    ("kg.store",),
    ("kg.rdfio",),
    ("kg.article_graphs",),   # one article's graph, built in kg.pipeline's workers (passed to it, not imported)
    ("kg.pipeline",),
    ("kg.worker_preload",),   # imported by the fork server of kg.pipeline's pool (by name, not an import)
    ("kg.query", "kg.export", "kg.eval"),
    ("kg.train",),        # training the learned models reads brat and scores through kg.eval
    ("kg.serve", "kg.viz"),
    ("kg.knowledge_graph",),
    ("kg.follow",),
    ("kg.distributed",),
    ("kg",),
    ("kg.cli",),
    ("kg.__main__",),
)
RANK = {unit: rank for rank, units in enumerate(LAYERS) for unit in units}


def unit_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


@cache   # parsed once for collection and the tests
def imports() -> list[tuple[str, str, str]]:
    """(importing file, importing unit, imported unit) for every kg import in kg/."""
    found = []
    for path in sorted(KG.rglob("*.py")):
        module = ".".join(path.relative_to(KG.parent).with_suffix("").parts).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "kg":
                # `from kg import __version__` reads package metadata, not a layer
                names = ([f"kg.{a.name}" for a in node.names if not a.name.startswith("__")]
                         if node.module == "kg" else [node.module])
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.split(".")[0] == "kg"]
            else:
                continue
            found += [(path.name, unit_of(module), unit_of(name)) for name in names]
    return found


def test_every_unit_has_a_layer():
    assert {unit for _, unit, _ in imports()} | {target for *_, target in imports()} <= set(RANK)


@pytest.mark.parametrize("path, source, target", [i for i in imports() if i[1] != i[2] and i[2] in RANK])
def test_imports_go_down_the_layers(path, source, target):
    assert RANK[target] < RANK[source], f"{source} ({path}) imports {target}, which is not below it"
