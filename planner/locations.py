"""Where a summit lives (a file path or a server's URI), re-exported for the user interface,
which reaches storage only through the planner."""

from db.location import ServerLocation, is_server_location, parse_server

__all__ = ["ServerLocation", "is_server_location", "parse_server"]
