"""Reading an .xlsx workbook (or, through ods_reading, an .ods) that came from outside, within
bounds. An ordinary workbook is read by python-calamine (calamine_reading.py); this module's
streaming reader takes every other one.

Before anything is parsed, the package is checked for zip bombs and its styles part is
counted in one streaming pass that stops at the first list longer than Excel itself allows.
openpyxl reads the workbook's structure and styles (through defusedxml); the shared strings
and the sheets are streamed by our readers in sheet_xml.py, which stop at the bounds and are
ten times faster than openpyxl's. A sheet's claimed dimension is ignored: openpyxl sizes every
row by it, so a sheet claiming A1:XFD1048576 made 16,384 cells of each row, and when it is
missing openpyxl parses the whole sheet looking for it. Formulas are read as their cached
values.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

from planner.importing.bounds import (
    MAX_VALUES,
    ImportCancelled,
    ImportRefused,
    Progress,
    Sheet,
    TableReader,
    fill_merged,
    trim,
)
from planner.importing.calamine_reading import ordinary, read_with_calamine
from planner.importing.ods_reading import read_spreadsheet
from planner.importing.sheet_xml import MAIN, SharedStrings, SheetRows, Target, parse
from planner.translation import tr

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # a part of the package may unpack to at most 200 times its packed size
MAX_ENTRIES = 5_000
MAX_STYLES = 65_490  # Excel's own limit of cell formats; we apply it to every list of styles
MAX_SHARED_STRINGS = MAX_VALUES  # a workbook needs no more texts than the values read
MAX_SHARED_CHARACTERS = 100_000_000
STYLE_LISTS = {
    f"{MAIN}{name}"
    for name in (
        "numFmts",
        "fonts",
        "fills",
        "borders",
        "cellStyleXfs",
        "cellXfs",
        "cellStyles",
        "dxfs",
        "colors",
        "tableStyles",
    )
}


def require_defusedxml() -> None:
    """openpyxl refuses XML bombs and external entities only when defusedxml is installed."""
    from openpyxl import xml

    if not xml.DEFUSEDXML:
        raise ImportRefused(
            tr(
                "The safe XML reader (defusedxml) is missing, so spreadsheets "
                "cannot be imported; reinstall Summit Planner."
            )
        )


def damaged(name: str) -> ImportRefused:
    return ImportRefused(
        f"{name} is damaged or incomplete (it may not have finished downloading); ask for it again."
    )


ODS_TYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def check_package(path: Path) -> str:
    """Refuse a package that is not a workbook, would unpack to too much, or lists more
    styles than Excel allows; parse nothing else. Returns "xlsx" or "ods"."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
            if len(entries) > MAX_ENTRIES:
                raise ImportRefused(
                    tr("{name} holds {count} parts; it is not a normal workbook.").format(
                        name=name, count=len(entries)
                    )
                )
            unpacked = 0
            for entry in entries:
                unpacked += entry.file_size
                packed = max(entry.compress_size, 1)
                if entry.file_size > 1_000_000 and entry.file_size / packed > MAX_RATIO:
                    raise ImportRefused(
                        tr(
                            "{name} contains a part that would unpack to {file_size} bytes "
                            "from almost nothing (a zip bomb); it was not opened."
                        ).format(name=name, file_size=f"{entry.file_size:,}")
                    )
            if unpacked > MAX_UNPACKED_BYTES:
                raise ImportRefused(
                    tr("{name} would unpack to more than 400 MB; it was not opened.").format(
                        name=name
                    )
                )
            names = package.namelist()
            spreadsheet = "mimetype" in names and "content.xml" in names
            if spreadsheet and package.read("mimetype").strip() == ODS_TYPE:
                return "ods"
            if "xl/workbook.xml" not in names:
                raise ImportRefused(
                    tr(
                        "{name} is a ZIP archive but neither an Excel workbook (.xlsx) "
                        "nor a LibreOffice spreadsheet (.ods)."
                    ).format(name=name)
                )
            if "xl/styles.xml" in names:
                with package.open("xl/styles.xml") as part:
                    for _ in parse(part, StyleCounter(name)):
                        pass
            return "xlsx"
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError) as error:
        # a damaged directory may also claim an unknown zip version or impossible offsets
        raise damaged(name) from error
    except Exception as error:  # the XML parser's refusals, of broken or hostile XML
        raise ImportRefused(refusal_of(name, error)) from error


class StyleCounter(Target):
    """Counts the entries of each list of the styles part, refusing the first list longer
    than MAX_STYLES (openpyxl builds an object for every entry: a 2 MB file listing a
    million fonts took it 36 s and 1.4 GB)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.depth, self.counting, self.count = 0, "", 0

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 2:
            self.counting, self.count = (tag if tag in STYLE_LISTS else ""), 0
        elif self.depth == 3 and self.counting:
            self.count += 1
            if self.count > MAX_STYLES:
                raise ImportRefused(
                    tr(
                        "{name} lists more than {max_styles} styles ({part}), "
                        "more than Excel allows; it was not opened: copy its table into "
                        "a new workbook and import that."
                    ).format(
                        name=self.name,
                        max_styles=f"{MAX_STYLES:,}",
                        part=self.counting.removeprefix(MAIN),
                    )
                )

    def end(self, tag: str) -> None:
        self.depth -= 1


def read_shared_strings(source: IO[bytes], name: str) -> list[str]:
    """The workbook's shared strings, refused past MAX_SHARED_STRINGS entries or
    MAX_SHARED_CHARACTERS characters."""
    strings: list[str] = []
    characters = 0
    for value in parse(source, SharedStrings(name)):
        characters += len(value)
        strings.append(value)
        if len(strings) > MAX_SHARED_STRINGS or characters > MAX_SHARED_CHARACTERS:
            raise ImportRefused(
                tr(
                    "{name} holds more than {max_shared_strings} texts or "
                    "{max_shared_characters} characters of text, more than any "
                    "list to import; it was not opened: split it into smaller files."
                ).format(
                    name=name,
                    max_shared_strings=f"{MAX_SHARED_STRINGS:,}",
                    max_shared_characters=f"{MAX_SHARED_CHARACTERS:,}",
                )
            )
    return strings


def load_bounded_workbook(stream: IO[bytes], name: str) -> Workbook:
    """openpyxl's load_workbook (read-only, cached values, no links) with our bounded
    reader of the shared strings, and worksheets that are not sized by their claimed
    dimension (openpyxl looks for it by parsing the whole sheet when it is missing)."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.xml.constants import SHARED_STRINGS

    class UnsizedWorksheet(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            pass

    class BoundedReader(ExcelReader):
        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as source:
                    self.shared_strings = read_shared_strings(source, name)

        def read_worksheets(self) -> None:
            for sheet, relation in self.parser.find_sheets():
                # a chart sheet holds no table; a missing part is passed over, as openpyxl does
                if relation.target in self.valid_files and "chartsheet" not in relation.Type:
                    worksheet = UnsizedWorksheet(
                        self.wb, sheet.name, relation.target, self.shared_strings
                    )
                    # as openpyxl's own reader does (a state of None is refused)
                    worksheet.sheet_state = sheet.state  # type: ignore[assignment]
                    self.wb._sheets.append(worksheet)  # type: ignore[attr-defined]

    reader = BoundedReader(stream, read_only=True, data_only=True, keep_links=False)
    reader.read()
    return reader.wb


def read_workbook(path: Path, progress: Progress = None) -> list[Sheet]:
    """Every sheet of an .xlsx or .ods package, within the bounds (see the module)."""
    require_defusedxml()
    if check_package(path) == "ods":
        return read_spreadsheet(path, progress)
    if ordinary(path, MAX_SHARED_STRINGS, MAX_SHARED_CHARACTERS):
        return read_with_calamine(path, progress)
    return read_bounded(path, progress)


def read_bounded(path: Path, progress: Progress = None) -> list[Sheet]:
    """The streaming reader: for workbooks that are not ordinary (see calamine_reading)."""
    name = path.name
    # Our own file object, so that it is closed even when openpyxl gives up halfway.
    with path.open("rb") as stream:
        try:
            workbook = load_bounded_workbook(stream, name)
        except ImportRefused:
            raise
        except Exception as error:  # openpyxl raises many kinds for broken or hostile files
            raise ImportRefused(refusal_of(name, error)) from error
        try:
            return [read_sheet(worksheet, name, progress) for worksheet in workbook.worksheets]
        except (ImportRefused, ImportCancelled):
            raise
        except Exception as error:
            raise ImportRefused(refusal_of(name, error)) from error
        finally:
            workbook.close()


def read_sheet(worksheet: ReadOnlyWorksheet, source: str, progress: Progress = None) -> Sheet:
    """The sheet's rows, bounded: a cell far below the data (which makes the sheet claim a
    million rows) does not make us read a million empty rows."""
    sheet = Sheet(worksheet.title, [])
    table = TableReader(sheet, source, progress, None)
    # the sheet's strings and XML part, which openpyxl's stubs do not show
    strings: list[str] = worksheet._shared_strings  # type: ignore[attr-defined]
    target = SheetRows(source, strings, worksheet.parent)
    expected = 1  # the next row number; rows the sheet leaves out are empty
    with worksheet._get_source() as part:  # type: ignore[attr-defined]
        for number, values, beyond, last in parse(part, target):
            while expected < number and table.add(expected, []):
                expected += 1
            if expected < number or not table.add(expected, values, beyond, last):
                break
            expected += 1
    fill_merged(sheet, target.merged)
    trim(sheet)
    return sheet


def refusal_of(name: str, error: BaseException) -> str:
    """One sentence for a workbook openpyxl could not read; defusedxml's refusals of entity
    bombs and external entities may be wrapped in openpyxl's own error."""
    chain: list[str] = []
    cause: BaseException | None = error
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
