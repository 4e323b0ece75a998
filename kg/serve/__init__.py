"""SPARQL over HTTP: `kg serve` (a read-only endpoint that cannot fetch) and `kg push`."""
from kg.serve.push import PushError, push
from kg.serve.server import ServeError, database_location, serve

__all__ = ["serve", "push", "database_location", "ServeError", "PushError"]
