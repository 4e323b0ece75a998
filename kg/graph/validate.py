"""SHACL validation of a built graph against the shapes (kg/graph/ontology/shapes.ttl).

Two engines check the same shapes on the same data, the whole graph with the ontology mixed in:
- "fast" (kg build's default): pyshacl-turbo, a Rust SHACL engine with pySHACL's API, over an
  Oxigraph store of the graph: about 2-4 % of pyshacl's CPU time on a 100-article corpus;
- "full": pyshacl, the reference engine (what `kg build --validate full` runs).
tests/graph/test_graph_build.py breaks a graph in every way the shapes forbid and asserts that both
engines refuse it; tests/cli/test_validate_modes.py plants a bad triple in a real build.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import ValidationError
from kg.graph.union import merged_graph
from kg.graph.terms import ONTOLOGY_DIR, ONTOLOGY_FILE, SHAPES_FILE, ontology, shapes

MODES = ("fast", "full", "none")


def validate(graph: Graph | Dataset | Iterable[ox.Quad], mode: str = "fast") -> None:
    """Raise ValidationError with the engine's report unless `graph` conforms to the shapes.

    `graph` is an rdflib Graph or Dataset (all named graphs count) or pyoxigraph quads (as
    `KnowledgeGraph.quads`). The ontology is mixed in (not inferred over) so sh:class sees the
    subclass hierarchy while the data itself is checked exactly as written. `mode`: "fast",
    "full" or "none" (no check), as above.
    """
    if mode not in MODES:
        raise ValueError(f"unknown validation mode {mode!r}; one of {', '.join(MODES)}")
    if mode == "none":
        return
    conforms, report = (_fast if mode == "fast" else _full)(graph)
    if not conforms:
        raise ValidationError(f"graph does not conform to {SHAPES_FILE}:\n{report}")


def prepare(mode: str = "fast") -> None:
    """Parse and compile now what `validate` in `mode` needs of the shapes and the ontology (about
    0.15 s of CPU, once per process): `kg.build` has it done while the workers start, instead of
    after the last article, when one core idles."""
    if mode == "fast":
        _compiled_shapes()
        _ontology_quads()


def _full(graph) -> tuple[bool, str]:
    from pyshacl import validate as shacl_validate   # a second of imports, paid only when asked for

    if not isinstance(graph, Graph):   # pyoxigraph quads (an rdflib Dataset is a Graph too)
        graph = Graph().parse(data=ox.serialize(_triples(graph), format=ox.RdfFormat.N_TRIPLES), format="nt")
    elif isinstance(graph, Dataset):
        graph = merged_graph(graph)
    # copies: pyshacl adds axioms to the shapes graph it is given, and the parsed one is shared
    conforms, _, report = shacl_validate(graph, shacl_graph=Graph() + shapes(), ont_graph=Graph() + ontology(),
                                         inference="none", allow_warnings=True)
    return conforms, report


def _fast(graph) -> tuple[bool, str]:
    conforms, _, report = _compiled_shapes().validate(_data_store(graph), inference="none", allow_warnings=True)
    return conforms, report


@cache
def _compiled_shapes():
    """The shapes compiled once per process: pyshacl-turbo's `validate` compiles them on every
    call, which was half its cost for one article's graph (kg build validates every article's)."""
    from pyshacl_turbo import compile_shapes

    return compile_shapes(shapes())


def _data_store(graph) -> ox.Store:
    """The union of every graph's triples plus the ontology, in one Oxigraph default graph."""
    if isinstance(graph, Graph):   # rdflib (a Dataset is a Graph too): through N-Triples, exact for every term
        if isinstance(graph, Dataset):
            graph = merged_graph(graph)
        graph = ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    store = ox.Store()
    store.bulk_extend([*_triples(graph), *_ontology_quads()])
    return store


def _triples(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """`quads` moved into the default graph: the shapes see the union of all graphs."""
    return [quad if isinstance(quad.graph_name, ox.DefaultGraph) else ox.Quad(quad.subject, quad.predicate, quad.object)
            for quad in quads]


@cache
def _ontology_quads() -> tuple[ox.Quad, ...]:
    return tuple(ox.parse((ONTOLOGY_DIR / ONTOLOGY_FILE).read_bytes(), format=ox.RdfFormat.TURTLE))
