"""Cleaned copies of received summit files that hold what a summit file may not."""

from __future__ import annotations

from pathlib import Path

from db.cleaning import write_cleaned_copy
from db.safe_files import real_path
from planner.errors import PlannerError
from planner.translation import tr


def cleaned_copy_path(source: Path) -> Path:
    """Where a cleaned copy of source goes unless the caller says: beside it, under a name
    no file has yet ("Astana (cleaned).summit", then "Astana (cleaned 2).summit"…)."""
    source = Path(source)
    suffix = source.suffix or ".summit"
    candidate = source.with_name(f"{source.stem} (cleaned){suffix}")
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = source.with_name(f"{source.stem} (cleaned {number}){suffix}")
        number += 1
    return candidate


def repair_summit_file(source: Path, destination: Path | None = None) -> tuple[Path, list[str]]:
    """Write a cleaned copy of source (our schema, its data, forbidden values replaced by
    defaults or their rows left out) and return where, with what was changed; source is
    never written."""
    source = Path(source)
    destination = cleaned_copy_path(source) if destination is None else Path(destination)
    if real_path(destination) == real_path(source):
        raise PlannerError(
            tr("A cleaned copy cannot replace the received file; choose another name.")
        )
    return destination, write_cleaned_copy(source, destination)
