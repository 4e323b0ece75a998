"""RDF in and out, one way for every command: open a store directory or any RDF file, write any
format of the one format table (kg/rdfio/formats.py) with kg's one prefix table.

    from kg.rdfio import open_graph, write
    with open_graph("corpus/") as database:        # or "out/graph.trig", "graph.jsonld", …
        write(database, "graph.ttl", "turtle")

pyoxigraph holds what is read; `to_rdflib`/`from_rdflib` convert for code that needs rdflib
(SHACL, networkx views, the facts table).
"""
from kg.rdfio.convert import from_rdflib, to_rdflib
from kg.rdfio.formats import FORMATS, RdfFormat, by_extension, by_name, writable
from kg.rdfio.read import load_file, open_graph
from kg.rdfio.write import Ordered, serialized, write

__all__ = ["FORMATS", "Ordered", "RdfFormat", "by_extension", "by_name", "from_rdflib", "load_file", "open_graph",
           "serialized", "to_rdflib", "writable", "write"]
