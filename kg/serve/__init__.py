"""SPARQL over HTTP: `kg serve` (a read-only endpoint that cannot fetch) and `kg push`."""
from kg.serve.push import PushError, push, send, uploads_of
from kg.serve.server import ServeError, database_location, serve

__all__ = ["serve", "push", "send", "uploads_of", "database_location", "ServeError", "PushError"]
