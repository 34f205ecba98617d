"""Reading a spreadsheet or CSV file that came from outside, safely and within bounds.

The file is untrusted: only a regular file is opened (a FIFO or a device would block the
reading forever), its kind is told by its first bytes, not its name, and what it holds is
bounded (see bounds.py; workbooks in workbook_reading.py, text in text_reading.py).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from planner.importing.bounds import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    Cell,
    ImportCancelled,
    ImportRefused,
    Progress,
    Sheet,
)
from planner.importing.text_reading import read_text
from planner.importing.workbook_reading import read_workbook
from planner.translation import tr

__all__ = [
    "MAX_CELL",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "Cell",
    "ImportCancelled",
    "ImportRefused",
    "Sheet",
    "read_file",
]


def read_file(path: Path, progress: Progress = None) -> list[Sheet]:
    """Every sheet of a workbook, or the one table of a CSV or text file. `progress` is
    called with the rows read so far; when it returns False the reading stops with
    ImportCancelled."""
    path = Path(path)
    name = path.name
    try:
        # stat before opening: opening a FIFO for reading blocks until someone writes to it
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "not a regular file"
            raise ImportRefused(
                tr("{name} is {kind}; choose a spreadsheet or CSV file to import.").format(
                    name=name, kind=kind
                )
            )
        size = status.st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise ImportRefused(
            tr("{name} cannot be read: {strerror}.").format(name=name, strerror=error.strerror)
        ) from error
    if size == 0:
        raise ImportRefused(tr("{name} is empty; there is nothing to import.").format(name=name))
    if size > MAX_FILE_BYTES:
        raise ImportRefused(
            tr("{name} is larger than 100 MB; split it into smaller files.").format(name=name)
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(
            tr(
                "{name} is an old Excel 97–2003 workbook or a password-protected "
                "one; open it in Excel or LibreOffice, save it as .xlsx without "
                "a password, and import that."
            ).format(name=name)
        )
    if head.startswith(b"PK"):
        return read_workbook(path, progress)
    return [read_text(path, progress)]
