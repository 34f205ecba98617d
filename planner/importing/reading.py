"""Reading a spreadsheet or CSV file that came from outside, safely and within bounds.

The file is untrusted: its kind is told by its first bytes, not its name; a workbook's
package is checked for zip bombs before any XML is parsed; openpyxl parses the XML through
defusedxml (refusing entity bombs and external entities); rows, columns and cell lengths are
bounded; formulas are read as their cached values.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from planner.errors import PlannerError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # a part of the package may unpack to at most 200 times its packed size
MAX_ENTRIES = 5_000
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL = 32_767
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

Cell = str | int | float | date | datetime | time | None


class ImportCancelled(PlannerError):  # noqa: N818
    """The person cancelled the reading; nothing was changed."""


class ImportRefused(PlannerError):  # noqa: N818 (a refusal the user reads, not a bug)
    """The file cannot be read at all; the message says why in one sentence."""


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]
    notes: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, what)


def require_defusedxml() -> None:
    """openpyxl refuses XML bombs and external entities only when defusedxml is installed."""
    from openpyxl import xml

    if not xml.DEFUSEDXML:
        raise ImportRefused(
            "The safe XML reader (defusedxml) is missing, so spreadsheets cannot be imported; "
            "reinstall Summit Planner."
        )


def read_file(path: Path, progress=None) -> list[Sheet]:
    """Every sheet of a workbook, or the one table of a CSV or text file. `progress` is
    called with the rows read so far; when it returns False the reading stops with
    ImportCancelled."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise ImportRefused(f"{name} cannot be read: {error.strerror}.") from error
    if size == 0:
        raise ImportRefused(f"{name} is empty; there is nothing to import.")
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"{name} is larger than 100 MB; split it into smaller files.")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(
            f"{name} is an old Excel 97–2003 workbook or a password-protected one; open it in "
            "Excel or LibreOffice, save it as .xlsx without a password, and import that."
        )
    if head.startswith(b"PK"):
        return read_workbook(path, progress)
    return [read_text(path, progress)]


def check_package(path: Path) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
            if len(entries) > MAX_ENTRIES:
                raise ImportRefused(
                    f"{name} holds {len(entries)} parts; it is not a normal workbook."
                )
            unpacked = 0
            for entry in entries:
                unpacked += entry.file_size
                packed = max(entry.compress_size, 1)
                if entry.file_size > 1_000_000 and entry.file_size / packed > MAX_RATIO:
                    raise ImportRefused(
                        f"{name} contains a part that would unpack to {entry.file_size:,} bytes "
                        "from almost nothing (a zip bomb); it was not opened."
                    )
            if unpacked > MAX_UNPACKED_BYTES:
                raise ImportRefused(f"{name} would unpack to more than 400 MB; it was not opened.")
            if "xl/workbook.xml" not in package.namelist():
                raise ImportRefused(f"{name} is a ZIP archive but not an Excel workbook (.xlsx).")
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError) as error:
        # a damaged directory may also claim an unknown zip version or impossible offsets
        raise ImportRefused(
            f"{name} is damaged or incomplete (it may not have finished "
            "downloading); ask for it again."
        ) from error


def report(progress, rows: int) -> None:
    if progress is not None and rows % 500 == 0 and progress(rows) is False:
        raise ImportCancelled("The import was cancelled; nothing was changed.")


def read_workbook(path: Path, progress=None) -> list[Sheet]:
    from openpyxl import load_workbook

    require_defusedxml()
    check_package(path)
    name = path.name
    # Our own file object, so that it is closed even when openpyxl gives up halfway.
    with path.open("rb") as stream:
        try:
            workbook = load_workbook(stream, read_only=True, data_only=True, keep_links=False)
        except Exception as error:  # openpyxl raises many kinds for broken or hostile files
            raise ImportRefused(refusal_of(name, error)) from error
        try:
            return [read_sheet(worksheet, progress) for worksheet in workbook.worksheets]
        except (ImportRefused, ImportCancelled):
            raise
        except Exception as error:
            raise ImportRefused(refusal_of(name, error)) from error
        finally:
            workbook.close()


MAX_BLANK_RUN = 1_000  # this many empty rows in a row end the table


def read_sheet(worksheet, progress=None) -> Sheet:
    """The sheet's rows, bounded: a cell far below the data (which makes the sheet claim a
    million rows) does not make us read a million empty rows."""
    sheet = Sheet(worksheet.title, [])
    # No max_col: rows then hold only the cells present, and one far-away cell makes one
    # long row, cut below, not 200 empty cells on every row.
    rows = worksheet.iter_rows(max_row=MAX_ROWS, values_only=True)
    blank_run = 0
    for number, row in enumerate(rows, start=1):
        report(progress, number)
        if not any(value is not None for value in row):
            blank_run += 1
            if blank_run > MAX_BLANK_RUN:
                break
            sheet.rows.append([])
            continue
        blank_run = 0
        sheet.rows.append(
            [
                clean_cell(sheet, number, column, value)
                for column, value in enumerate(row[:MAX_COLUMNS], 1)
            ]
        )
    trim(sheet)
    return sheet


def refusal_of(name: str, error: BaseException) -> str:
    """One sentence for a workbook openpyxl could not read; defusedxml's refusals of entity
    bombs and external entities may be wrapped in openpyxl's own error."""
    chain, cause = [], error
    while cause is not None and len(chain) < 10:
        chain.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    kind = chain[0]
    if any(("Forbidden" in k or "DTD" in k or "Entities" in k) for k in chain):
        return (
            f"{name} contains XML that is not allowed (an entity bomb or an external "
            "entity); it was not imported."
        )
    return f"{name} cannot be read as an Excel workbook ({kind}); save it again from Excel."


def clean_cell(sheet: Sheet, row: int, column: int, value: Any) -> Cell:
    if isinstance(value, str):
        if CONTROL.search(value):
            value = CONTROL.sub("", value)
        if len(value) > MAX_CELL:
            sheet.notes.append((row, column, f"cut to {MAX_CELL} characters"))
            value = value[:MAX_CELL]
        value = value.strip()
        return value or None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float | date | datetime | time) or value is None:
        return value
    return str(value)


def trim(sheet: Sheet) -> None:
    """Drop trailing empty rows and columns (a far-away formatted cell adds nothing)."""
    while sheet.rows and not any(cell is not None for cell in sheet.rows[-1]):
        sheet.rows.pop()
    width = max(
        (max((i for i, c in enumerate(r, 1) if c is not None), default=0) for r in sheet.rows),
        default=0,
    )
    sheet.rows = [row[:width] for row in sheet.rows]


ENCODINGS = ("utf-8", "cp1251")


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1251."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ImportRefused(f"{name} is not a spreadsheet or a text table.")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused(f"{name} is in an unknown text encoding; save it as UTF-8 CSV.")


def read_text(path: Path, progress=None) -> Sheet:
    data = path.read_bytes()
    text = decode(data, path.name)
    sample = text[:65536]
    counts = {d: sample.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ";"))
    if counts[delimiter] == 0:
        delimiter = ","
    sheet = Sheet(path.stem, [])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, row in enumerate(reader, start=1):
            report(progress, number)
            if number > MAX_ROWS:
                sheet.notes.append((number, 0, f"only the first {MAX_ROWS} rows were read"))
                break
            sheet.rows.append(
                [
                    clean_cell(sheet, number, column, value)
                    for column, value in enumerate(row[:MAX_COLUMNS], start=1)
                ]
            )
    except csv.Error as error:
        raise ImportRefused(f"{path.name} is not a readable CSV table ({error}).") from error
    trim(sheet)
    if not sheet.rows:
        raise ImportRefused(f"{path.name} has no rows to import.")
    return sheet
