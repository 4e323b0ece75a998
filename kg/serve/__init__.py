"""SPARQL over HTTP: `kg serve` (Oxigraph's server, read-only, no federation) and `kg push`."""
from kg.serve.push import PushError, push
from kg.serve.server import ServeError, database_location, free_port, serve, start_oxigraph

__all__ = ["serve", "push", "start_oxigraph", "database_location", "free_port", "ServeError", "PushError"]
