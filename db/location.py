"""Where a summit is: a file path, or a summit on a PostgreSQL server named by a libpq URI.

A server summit is `postgresql://[user@]host[:port]/dbname?summit=NAME[&sslmode=…]` (also with
`?host=/socket/dir&port=…`). `summit=` is ours: the summit's schema in that database (default
`summit`); every other parameter is libpq's. Passwords come from ~/.pgpass or PGPASSWORD as
libpq finds them; one written in the URI is used to connect but never shown or stored by us.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from db.errors import SummitFileError

SCHEMES = ("postgresql://", "postgres://")
DEFAULT_SUMMIT = "summit"
SUMMIT_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
RESERVED = ("public", "information_schema")
CONNECT_TIMEOUT = "10"  # seconds; an unreachable server answers well within 15


def is_server_location(text: str | Path) -> bool:
    return isinstance(text, str) and text.lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerLocation:
    """A summit on a server: the libpq URI to connect with and the summit's schema."""

    conninfo: str  # without our summit= parameter, with a connect timeout
    summit: str
    shown: str  # the URI as the user may see it: as typed, without a password

    @property
    def where(self) -> str:
        """Host (or socket folder), port and database, for sentences."""
        parts = urlsplit(self.conninfo)
        query = dict(parse_qsl(parts.query))
        host = parts.hostname or query.get("host") or "localhost"
        port = parts.port or query.get("port") or "5432"
        database = parts.path.lstrip("/") or query.get("dbname") or "postgres"
        return f"database {database} on {host}:{port}"

    def __str__(self) -> str:
        return self.shown


def without_password(uri: str) -> str:
    parts = urlsplit(uri)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    return joined(parts.scheme, netloc, parts.path, urlencode(query, quote_via=quote, safe="/"))


def joined(scheme: str, netloc: str, path: str, query: str) -> str:
    """A URI from its parts, keeping the `//` of one without a host (`postgresql:///db`, the
    default socket), which urlunsplit drops."""
    uri = urlunsplit((scheme, netloc, path, query, ""))
    if not netloc:
        uri = uri.replace(f"{scheme}:", f"{scheme}://", 1)
    return uri


def parse_server(text: str) -> ServerLocation:
    """The server location a URI names; a sentence when it is not one we can use."""
    parts = urlsplit(text)
    if parts.fragment:
        raise SummitFileError(f"{without_password(text)} has a '#' part, which a URI may not.")
    query = parse_qsl(parts.query, keep_blank_values=True)
    summits = [v for k, v in query if k == "summit"]
    summit = summits[-1] if summits else DEFAULT_SUMMIT
    check_summit_name(summit)
    kept = [(k, v) for k, v in query if k != "summit"]
    if not any(k == "connect_timeout" for k, _ in kept):
        kept.insert(0, ("connect_timeout", CONNECT_TIMEOUT))
    conninfo = joined(
        "postgresql", parts.netloc, parts.path, urlencode(kept, quote_via=quote, safe="/")
    )
    return ServerLocation(conninfo, summit, without_password(text))


def check_summit_name(summit: str) -> None:
    if not SUMMIT_NAME.fullmatch(summit) or summit in RESERVED or summit.startswith("pg_"):
        raise SummitFileError(
            f"“{summit}” cannot name a summit on a server: use lower-case letters, digits and "
            "underscores, starting with a letter (not public or pg_…)."
        )


def location_of(text: str | Path) -> Path | ServerLocation:
    """A file path or a server location, from what the user typed."""
    if is_server_location(text):
        return parse_server(str(text))
    return Path(text)
