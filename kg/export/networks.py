"""Network exports through kg.graph.to_networkx: GraphML and GEXF (Gephi), neo4j-admin CSV."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx
import pyoxigraph as ox

from kg.rdfio import to_rdflib
from kg.export.registry import register
from kg.graph import to_networkx

NEO4J_FILES = ("nodes.csv", "relationships.csv")


def entity_network(database: ox.Store) -> networkx.MultiDiGraph:
    """Entities and facts, with every attribute a string or number (what Gephi accepts)."""
    network = to_networkx(to_rdflib(database))
    for _, attributes in network.nodes(data=True):
        _plain(attributes)
    for _, _, attributes in network.edges(data=True):
        _plain(attributes)
    return network


def _plain(attributes: dict) -> None:
    for name, value in list(attributes.items()):
        if value is None:
            del attributes[name]
        elif not isinstance(value, (str, int, float)) or isinstance(value, bool):
            attributes[name] = str(value)


@register("graphml", "GraphML: entities as nodes, facts as edges (label, type, predicate attributes)")
def write_graphml(database: ox.Store, output: Path) -> list[Path]:
    networkx.write_graphml(entity_network(database), output)
    return [output]


@register("gexf", "GEXF for Gephi: entities as nodes, facts as edges")
def write_gexf(database: ox.Store, output: Path) -> list[Path]:
    networkx.write_gexf(entity_network(database), output)
    return [output]


@register("neo4j", "neo4j-admin import CSV: OUTPUT is a directory for nodes.csv and relationships.csv")
def write_neo4j(database: ox.Store, output: Path) -> list[Path]:
    network = entity_network(database)
    output.mkdir(parents=True, exist_ok=True)
    nodes, relationships = (output / name for name in NEO4J_FILES)
    node_columns = sorted({key for _, data in network.nodes(data=True) for key in data} - {"label", "type"})
    with nodes.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id:ID", "label", ":LABEL", *node_columns])
        for node, data in sorted(network.nodes(data=True)):
            writer.writerow([node, data.get("label", ""), neo4j_label(data.get("type", "")),
                             *(data.get(column, "") for column in node_columns)])
    with relationships.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([":START_ID", ":END_ID", ":TYPE", "label", "sources:int"])
        for start, end, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"])):
            writer.writerow([start, end, neo4j_label(data["predicate"]), data.get("label", ""),
                             data.get("sources", 0)])
    return [nodes, relationships]


def neo4j_label(curie: str) -> str:
    """"kg:Person" → "Person"; neo4j labels and relationship types cannot contain a colon."""
    return curie.rpartition(":")[2] or "Entity"
