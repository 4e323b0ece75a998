"""The error kg.viz reports to the user (one line, no traceback, through the CLI)."""
from kg.errors import KgError


class VizError(KgError):
    """A picture that cannot be drawn as asked: bad filter, nothing left to draw, unknown format."""
