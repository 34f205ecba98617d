"""Reading an ordinary .xlsx with python-calamine (Rust), after checking that it is ordinary.

calamine reads a 50,000-row list about five times faster than our streaming reader, but it
trusts the file: it sizes a sheet by its cells (one far-away cell makes every row 16,384
cells wide) and holds the whole sheet in memory. So every part is looked at first, cheaply
(the package itself was checked for zip bombs and styles by check_package): no document type
declaration, a dimension claim and cells within the rows and columns we read, no gap of blank
rows that ends a table, no more values or texts than are read. A workbook that passes is
read by calamine; any other goes to the streaming reader (workbook_reading.py), which reads
it within the bounds and notes each limit with its row, or refuses it in one sentence.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.importing import bounds
from planner.importing.bounds import (
    ImportRefused,
    Progress,
    Sheet,
    TableReader,
    column_number,
    fill_merged,
    trim,
)

ROW_NUMBER = re.compile(rb'<row\b[^>]*?\br="(\d+)"')
CELL_COLUMN = re.compile(rb'<c\b[^>]*?\br="([A-Z]+)')
DIMENSION = re.compile(rb'<dimension\b[^>]*?\bref="([A-Z]*)(\d*)(?::([A-Z]+)(\d+))?"')
CHECKED_PARTS = re.compile(r"^xl/(worksheets/[^/]+\.xml|sharedStrings\.xml|workbook\.xml)$")


def ordinary(path: Path, max_strings: int, max_characters: int) -> bool:
    """Whether every part calamine would read lies within the bounds (see the module); a
    part that cannot be unpacked is left to the streaming reader, which says so."""
    try:
        return parts_within(path, max_strings, max_characters)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError, ValueError):
        return False


def parts_within(path: Path, max_strings: int, max_characters: int) -> bool:
    with zipfile.ZipFile(path) as package:
        for entry in package.infolist():
            if not CHECKED_PARTS.match(entry.filename) and not entry.filename.endswith(".rels"):
                continue
            data = package.read(entry)
            if b"<!DOCTYPE" in data:
                return False
            if entry.filename == "xl/sharedStrings.xml":
                if data.count(b"<si>") + data.count(b"<si ") > max_strings:
                    return False
                if len(data) > max_characters:
                    return False
            elif entry.filename.startswith("xl/worksheets/") and not ordinary_sheet(data):
                return False
    return True


def ordinary_sheet(data: bytes) -> bool:
    claim = DIMENSION.search(data)
    if (
        claim
        and claim[3]
        and (
            column_number(claim[3].decode()) > bounds.MAX_COLUMNS or int(claim[4]) > bounds.MAX_ROWS
        )
    ):
        return False
    numbers = [int(n) for n in ROW_NUMBER.findall(data)]
    if data.count(b"<row") != len(numbers):
        return False  # rows without their number: left to the reader that counts them
    previous = 0
    for number in numbers:
        if number <= previous or number - previous > bounds.MAX_BLANK_RUN:
            return False
        previous = number
    if previous > bounds.MAX_ROWS:
        return False
    if data.count(b"<v>") + data.count(b"<is>") > bounds.MAX_VALUES:
        return False
    letters = set(CELL_COLUMN.findall(data))
    return all(column_number(text.decode()) <= bounds.MAX_COLUMNS for text in letters)


def read_with_calamine(path: Path, progress: Progress) -> list[Sheet]:
    """Every worksheet of an ordinary workbook (see ordinary()), rows cleaned and bounded as
    the streaming reader's are, merged cells filled down."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    name = path.name
    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            sheets = []
            for meta in workbook.sheets_metadata:
                if meta.typ != SheetTypeEnum.WorkSheet:
                    continue
                worksheet = workbook.get_sheet_by_name(meta.name)
                rows = worksheet.to_python(skip_empty_area=False)
                merged = worksheet.merged_cell_ranges or []
                sheets.append(table_of(meta.name, rows, merged, name, progress))
            return sheets
    except (KeyboardInterrupt, SystemExit):
        raise
    except bounds.ImportCancelled:
        raise
    except ImportRefused:
        raise
    except BaseException as error:  # noqa: B036 (calamine's panics are BaseExceptions)
        raise ImportRefused(
            f"{name} cannot be read as a workbook ({type(error).__name__}); open it in Excel "
            "or LibreOffice, save it again, and import that."
        ) from error


def table_of(
    title: str,
    rows: list[list[Any]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    source: str,
    progress: Progress,
) -> Sheet:
    sheet = Sheet(title, [])
    table = TableReader(sheet, source, progress, None)
    for number, row in enumerate(rows, start=1):
        if not table.add(number, [value_of(v) for v in row]):
            break
    fill_merged(sheet, [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in merged])
    trim(sheet)
    return sheet


def value_of(value: Any) -> Any:
    """calamine's value as the streaming reader gives it (whichever reads a file, its rows
    are the same): "" is empty, whole numbers are ints, a date is a datetime at midnight."""
    kind = type(value)
    if kind is str:
        return value or None
    if kind is float and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if kind is date:
        return datetime(value.year, value.month, value.day)
    return value
