"""How each entity type is drawn: colour, matplotlib marker, vis-network shape (from resources/styles.yml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib.namespace import RDFS

from kg.graph import terms
from kg.resources import load_yaml
from kg.vocab.rdf import KG


@dataclass(frozen=True)
class TypeStyle:
    color: str
    marker: str   # matplotlib marker
    shape: str    # vis-network node shape
    legend: str   # the legend entry: the styled class, which stands for its subclasses too


@cache
def _styles() -> tuple[dict[str, TypeStyle], TypeStyle]:
    data = load_yaml("viz", "styles.yml")
    types = {name: TypeStyle(legend=name, **fields) for name, fields in data["types"].items()}
    return types, TypeStyle(**data["default"])


def style_for(entity_type: str | None) -> TypeStyle:
    """The style of an ontology class name: its own, its nearest styled superclass's, or the default."""
    types, default = _styles()
    for name in lineage(entity_type):
        if name in types:
            return types[name]
    return default


@cache
def lineage(entity_type: str | None) -> tuple[str, ...]:
    """The class and its kg superclasses, nearest first: "kg:Agency" → (Agency, GovernmentBody, …)."""
    if not entity_type:
        return ()
    name = entity_type.removeprefix("kg:").removeprefix(str(KG._NS))
    ontology = terms.ontology()
    chain, current = [name], KG._NS[name]
    while (parent := min((p for p in ontology.objects(current, RDFS.subClassOf)
                          if str(p).startswith(str(KG._NS))), default=None)) is not None:
        chain.append(str(parent)[len(str(KG._NS)):])
        current = parent
    return tuple(chain)
