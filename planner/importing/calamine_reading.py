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
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from planner.importing import bounds
from planner.importing.bounds import (
    ImportRefused,
    Progress,
    Sheet,
    TableReader,
    column_letter,
    column_number,
    fill_merged,
    trim,
)
from planner.translation import tr

ROW_NUMBER = re.compile(rb'<row\b[^>]*?\sr="(\d+)"')
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
            name = entry.filename
            if not CHECKED_PARTS.match(name) and not name.endswith(".rels"):
                continue
            if name == "xl/sharedStrings.xml" and entry.file_size > max_characters:
                return False  # more bytes than characters read: counted by the other reader
            scan = (
                SheetScan()
                if name.startswith("xl/worksheets/")
                else StringsScan()
                if name == "xl/sharedStrings.xml"
                else PartScan()
            )
            with package.open(entry) as part:
                if not scan.read(part):
                    return False
            if name == "xl/sharedStrings.xml" and scan.entries > max_strings:
                return False
    return True


class PartScan:
    """Looks at a part a chunk at a time, each chunk cut after a tag's end (so no tag is
    split), keeping nothing of it: a 400 MB part is never held whole."""

    CHUNK = 4 * 1024 * 1024
    entries = 0

    def read(self, part: IO[bytes]) -> bool:
        rest = b""
        while chunk := part.read(self.CHUNK):
            data = rest + chunk
            cut = data.rfind(b">") + 1
            data, rest = data[:cut], data[cut:]
            if len(rest) > self.CHUNK:  # a tag or text run longer than a chunk
                data, rest = data + rest, b""
            if not self.take(data):
                return False
        return self.take(rest) and self.done()

    def take(self, data: bytes) -> bool:
        return b"<!DOCTYPE" not in data

    def done(self) -> bool:
        return True


class StringsScan(PartScan):
    """The shared strings: how many entries."""

    def take(self, data: bytes) -> bool:
        self.entries += data.count(b"<si>") + data.count(b"<si ")
        return super().take(data)


class SheetScan(PartScan):
    """A sheet calamine may hold whole: no cell past its dimension claim (or past the
    columns read, without one), at most MAX_ROWS rows, at most CELL_BUDGET cells in the
    rectangle calamine makes of it; every cell names its column (calamine would place the
    others itself). Values and blank rows are counted by TableReader as it takes the rows."""

    def __init__(self) -> None:
        super().__init__()
        self.widths: list[int] = []  # the widths the sheet may still have, narrowest first
        self.last_row = 0
        self.row_digits = len(str(bounds.MAX_ROWS))

    def take(self, data: bytes) -> bool:
        if not super().take(data):
            return False
        if not self.widths:  # the dimension comes before the rows
            limit = bounds.MAX_COLUMNS
            self.widths = [w for w in (26, 52, 104) if w < limit] + [limit]
            claim = DIMENSION.search(data)
            if claim and claim[3]:
                claimed = column_number(claim[3].decode())
                if claimed > limit or int(claim[4]) > bounds.MAX_ROWS:
                    return False
                self.widths = [claimed]  # a claim is checked, not trusted
        while self.widths and beyond_columns(self.widths[0]).search(data):
            self.widths.pop(0)  # a cell past this width: the sheet is wider
        # a row or cell not naming its place first, and not at all: calamine would place it
        if ROW_NOT_FIRST.search(data) and UNNAMED_ROW.search(data):
            return False
        if CELL_NOT_FIRST.search(data) and UNNAMED_CELL.search(data):
            return False
        numbers = ROW_NUMBER.findall(data)
        if numbers:
            longest = max(map(len, numbers))
            self.last_row = max(self.last_row, max(int(n) for n in numbers if len(n) == longest))
        return bool(self.widths) and self.last_row <= bounds.MAX_ROWS

    def done(self) -> bool:
        width = self.widths[0] if self.widths else bounds.MAX_COLUMNS
        return self.last_row * width <= CELL_BUDGET


ROW_NOT_FIRST = re.compile(rb"<row(?=[\s>/])(?! r=)")
UNNAMED_ROW = re.compile(rb"<row(?=[\s>/])(?![^>]*\sr=)")
CELL_NOT_FIRST = re.compile(rb"<c(?=[\s>/])(?! r=)")
UNNAMED_CELL = re.compile(rb"<c(?=[\s>/])(?![^>]*\sr=)")
# Cells of the rectangle calamine holds (about 32 bytes each): a sheet of more goes to the
# streaming reader, which keeps only the values it reads.
CELL_BUDGET = 10_000_000


@lru_cache(maxsize=8)
def beyond_columns(limit: int) -> re.Pattern[bytes]:
    """A cell whose reference is in a column past `limit`: longer letters than the limit's,
    or as long and after it (for 200, GR: GS–GZ, HA–ZZ, AAA…). A row's r is digits alone."""
    last = column_letter(limit)
    choices = [f"[A-Z]{{{len(last) + 1},}}"]
    for at, letter in enumerate(last):
        if letter < "Z":
            following = f"[A-Z]{{{len(last) - at - 1}}}" if at < len(last) - 1 else ""
            choices.append(f"{last[:at]}[{chr(ord(letter) + 1)}-Z]{following}")
    return re.compile(rb' r="(?:' + "|".join(choices).encode() + rb")\d")


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
            tr(
                "{name} cannot be read as a workbook ({error_kind}); open it in Excel "
                "or LibreOffice, save it again, and import that."
            ).format(name=name, error_kind=type(error).__name__)
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
