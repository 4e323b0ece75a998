"""Exceptions with messages meant for the user (the CLI prints them on one line)."""


class KgError(Exception):
    """Base class: anything `kg` reports to the user without a traceback."""


class InputError(KgError):
    """An input file or record that cannot be read."""


class ValidationError(KgError):
    """A built graph that does not conform to the SHACL shapes (a bug in kg)."""
