"""Cells that leave the laptop safely: text stays text, Excel's limits are respected.

openpyxl's write-only sheet infers each appended value's type, and when handed a styled cell
it first fails to store the cell as a value, formats the error message, then builds a spare
cell: three quarters of the time of a styled export went there. Sheet takes rows of cells
made here instead, each with its type set and a style shared by every cell that looks alike,
and RowWriter writes each row of them as one piece of XML text, the very text openpyxl's
writer makes element by element, so a styled export takes less time than openpyxl's unstyled
dump of the same cells (tests/perf/bench_export.py). This leans on openpyxl 3.1's write-only
internals; the export tests read every type and style back and compare RowWriter's XML with
openpyxl's own."""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from openpyxl import LXML
from openpyxl.cell import Cell
from openpyxl.cell._writer import write_cell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from planner import languages
from planner.text import clean_cell

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.dimensions import ColumnDimension, DimensionHolder
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.page import PageMargins, PrintPageSetup
    from openpyxl.worksheet.pagebreak import ColBreak
    from openpyxl.worksheet.properties import WorksheetProperties

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")

# Every font is named: a style without a name prints in the reader's fallback, a serif in
# LibreOffice. Arial is on every Windows and macOS desktop, and LibreOffice prints it in the
# metric-compatible Liberation Sans, so widths and page breaks come out alike; both cover
# Latin and Cyrillic (Kazakh letters too). Arial has no Chinese, and a reader filling it in
# from a CJK font of several languages may take the Japanese glyph shapes, so a Chinese export
# names Microsoft YaHei, the Simplified Chinese face on every Windows, with charset 134
# (GB2312) saying which shapes it wants; fontconfig gives the name for Chinese as Noto Sans CJK
# SC, and LibreOffice takes the Simplified shapes from it.
DEFAULT_FONT = "Arial"
LANGUAGE_FONTS = {"zh_CN": ("Microsoft YaHei", 134)}
FONT_SIZE = 10


def font_of_language() -> tuple[str, int | None]:
    """The cells' font name and character set for the chosen language."""
    return LANGUAGE_FONTS.get(languages.current_language(), (DEFAULT_FONT, None))


def named_font(size: float = FONT_SIZE, **options: Any) -> Font:
    """A font of the chosen language's face (family 2: swiss, a sans one where it is missing)."""
    name, charset = font_of_language()
    return Font(name=name, sz=size, family=2, charset=charset, **options)


HEADER_FILL = PatternFill("solid", fgColor="2F4F6F")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
# Excel's type letters by Python type; subclasses are looked up in order (bool before int).
TYPE_LETTERS: dict[type, str] = {
    str: "s",
    bool: "b",
    int: "n",
    float: "n",
    Decimal: "n",
    datetime: "d",
    date: "d",
    time: "d",
    timedelta: "d",
}
DEFAULT_FORMATS = {datetime: "yyyy-mm-dd hh:mm", date: "yyyy-mm-dd", time: "hh:mm"}

# A cell's style as openpyxl keeps it: its array, its index in the workbook, whether it has one.
Style = tuple[StyleArray, int, bool]
# What a style is made from: number format, wrap, bold, fill, colour, formula-like, size,
# horizontal alignment.
StyleKey = tuple[str | None, bool, bool, str | None, str | None, bool, float, str | None]


def type_of(value: Any) -> str:
    letter = TYPE_LETTERS.get(type(value))
    if letter is not None:
        return letter
    for kind, letter in TYPE_LETTERS.items():
        if isinstance(value, kind):
            return letter
    raise TypeError(f"A {type(value).__name__} cannot be written to a workbook cell.")


class ReadyCell(Cell):
    """A cell whose style is already in the workbook's list: the writer asks for its index
    and whether it has a style once per cell, which otherwise hashes the style each time."""

    __slots__ = ("style_id", "has_style")
    style_id: int  # plain slots here, where openpyxl's cells compute them
    has_style: bool

    def __init__(self, sheet: Sheet, value: Any, data_type: str, style: Style) -> None:
        # Every slot of Cell set at once; row and column are set as the row is written.
        self.parent, self.row, self.column = sheet, None, None  # type: ignore[assignment]
        self._value, self.data_type, self._hyperlink, self._comment = value, data_type, None, None
        self._style, self.style_id, self.has_style = style


class Sheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows are lists of cells from CellMaker (None: nothing)."""

    # Made by the set-up openpyxl's write-only sheet shares with its ordinary one (its stubs
    # give the write-only sheet none of them); a row's dimensions here are plain attributes.
    row_dimensions: dict[int, dict[str, str]]
    column_dimensions: DimensionHolder[str, ColumnDimension]
    page_setup: PrintPageSetup
    page_margins: PageMargins
    col_breaks: ColBreak
    sheet_properties: WorksheetProperties
    auto_filter: AutoFilter

    def set_height(self, row: int, points: float) -> None:
        """The row's height, as the attributes the row writer copies into the row element
        (a RowDimension object costs more to make and read than the row's cells)."""
        self.row_dimensions[row] = {"ht": f"{points:g}", "customHeight": "1"}

    def _values_to_row(self, values: Any, row_idx: int) -> Any:
        return values  # RowWriter places each cell itself

    def _get_writer(self) -> None:
        if self._writer is None:  # type: ignore[has-type]  # openpyxl sets it in __init__
            writer = RowWriter(self)
            writer.write_top()
            self._writer = writer


class RowWriter(WorksheetWriter):
    """Writes a row of cells as one piece of XML text, exactly as openpyxl's writer would
    element by element (the export tests compare the two), in a fraction of its time; what
    it does not know (rich text, formulas, comments, links, time zones, ISO dates) it leaves
    to openpyxl's writer, cell by cell. With lxml, openpyxl's writer is lxml's incremental
    one, which takes no text as it is: the sheet's file is opened here and the text written
    to it after lxml has flushed what it holds."""

    stream: IO[bytes] | None = None  # the sheet's file, when lxml writes it

    def get_stream(self) -> Generator[Any, Any, None]:
        if not LXML:
            yield from super().get_stream()
            return
        path: Any = self.out  # a temporary file's name, made in __init__
        with open(path, "wb") as stream, xmlfile(stream, encoding="utf-8") as xf:
            self.stream = stream
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        element = yield
                        if element is True:
                            yield xf
                        elif element is not None:
                            xf.write(element)
                except GeneratorExit:
                    pass

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        write: Callable[[str], object] | None = getattr(xf, "_file", None)  # et_xmlfile's
        stream = self.stream
        if write is None and stream is not None:

            def write(text: str) -> None:
                xf.flush()
                stream.write(text.encode("utf-8"))

        if write is None:  # a writer of another kind: openpyxl's own, cell by cell
            placed = []
            for column, cell in enumerate(row, 1):
                if cell is not None:
                    cell.row, cell.column = row_idx, column
                    placed.append(cell)
            super().write_row(xf, placed, row_idx)
            return
        sheet: Any = self.ws  # a Sheet: its row_dimensions hold plain attribute dicts
        attributes = "".join(
            f' {name}="{value}"' for name, value in sheet.row_dimensions.get(row_idx, {}).items()
        )
        parts = [f'<row r="{row_idx}"{attributes}>']
        epoch = sheet.parent.epoch
        plain = not sheet.parent.iso_dates
        for column, cell in enumerate(row, 1):
            if cell is None:
                continue
            cell.row, cell.column = row_idx, column
            text = cell_xml(cell, epoch) if plain and cell._comment is None else None
            if text is None:
                write("".join(parts))
                parts.clear()
                write_cell(xf, self.ws, cell, cell.has_style)
            else:
                parts.append(text)
        parts.append("</row>")
        write("".join(parts))


def cell_xml(cell: Cell, epoch: datetime) -> str | None:
    """The cell's element as openpyxl writes it, or None when it is not a plain value."""
    value, data_type = cell._value, cell.data_type  # type: ignore[attr-defined]  # openpyxl's own
    if value is None or value == "" or cell._hyperlink is not None:  # type: ignore[attr-defined]
        return None
    start = f'<c r="{get_column_letter(cell.column)}{cell.row}"'
    if cell.has_style:
        start += f' s="{cell.style_id}"'
    if data_type == "s":
        if type(value) is not str:
            return None  # rich text
        stripped = value.strip()
        # as each writer marks it: lxml's cell writer also marks text of spaces only
        kept = stripped != value if LXML else stripped and stripped != value
        space = ' xml:space="preserve"' if kept else ""
        return f'{start} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'
    if data_type == "d":
        if getattr(value, "tzinfo", None) is not None:
            return None  # openpyxl's writer refuses it
        value, data_type = to_excel(value, epoch), "n"
    elif data_type not in ("n", "b"):
        return None  # formulas, errors
    shown = safe_string(value)
    if not shown:
        return None  # not a number (NaN, infinity): openpyxl writes an empty element
    return f'{start} t="{data_type}"><v>{escape(shown)}</v></c>'


def escape(text: str) -> str:
    """Text content as XML: &, < and > as entities (as ElementTree writes it)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def use_named_font(book: Workbook) -> None:
    """Make the workbook's default font (of cells without a style of their own, and of its
    Normal style) the named one, before any style is made."""
    body = named_font()
    book._fonts = IndexedList([body])  # type: ignore[attr-defined]  # the styles' fonts
    book._named_styles["Normal"].font = body  # type: ignore[attr-defined]


def new_sheet(book: Workbook, title: str) -> Sheet:
    sheet = Sheet(parent=book, title=title)
    book._add_sheet(sheet)  # type: ignore[attr-defined]  # create_sheet() makes its own kind
    return sheet


class CellMaker:
    """Makes the cells of one sheet. Text is always stored as text: a value that starts like a
    formula (=, +, -, @, tab, carriage return, line feed) is never written as one, and is
    marked so that Excel keeps it text when the cell is edited.

    Looking a style up in the workbook's lists costs more than writing a cell, so each
    combination of options is looked up once and its style shared by the cells using it."""

    def __init__(self, sheet: Sheet, size: float = FONT_SIZE) -> None:
        self.sheet = sheet
        self.size = size  # of the text, unless a cell asks for another
        self.styles: dict[StyleKey, Style] = {}

    def __call__(
        self,
        value: Any,
        number_format: str | None = None,
        wrap: bool = False,
        *,
        bold: bool = False,
        fill: str | None = None,
        colour: str | None = None,
        size: float | None = None,
        align: str | None = None,
    ) -> Cell | None:
        formula_like = False
        if isinstance(value, str):
            value = clean_cell(value)
            formula_like = value.startswith(FORMULA_START)
            if not value:
                value = None
        if value is None and not fill:
            return None  # an empty cell carries nothing worth writing
        data_type = "n" if value is None else type_of(value)
        if data_type == "d" and number_format is None:
            number_format = DEFAULT_FORMATS.get(type(value), "yyyy-mm-dd hh:mm")
        key: StyleKey = (
            number_format,
            wrap,
            bold,
            fill,
            colour,
            formula_like,
            size or self.size,
            align,
        )
        style = self.styles.get(key)
        if style is None:
            style = self.styles[key] = self.style(*key)
        return ReadyCell(self.sheet, value, data_type, style)

    def style(
        self,
        number_format: str | None,
        wrap: bool,
        bold: bool,
        fill: str | None,
        colour: str | None,
        formula_like: bool,
        size: float,
        align: str | None,
    ) -> Style:
        """The style, its index in the workbook and whether it differs from the default."""
        cell = Cell(self.sheet)  # type: ignore[call-arg]  # placed nowhere: only its style is used
        if number_format:
            cell.number_format = number_format
        cell.alignment = Alignment(wrap_text=wrap or None, vertical="top", horizontal=align)
        cell.font = named_font(size, bold=bold, color=colour)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill.lstrip("#"))
        if formula_like:
            cell.quotePrefix = True
        return cell._style, cell.style_id, cell.has_style  # type: ignore[attr-defined]  # private

    def header(self, title: str) -> Cell:
        # row and column are set as the row is written
        cell = Cell(self.sheet, value=clean_cell(title))  # type: ignore[call-arg]
        cell.font = named_font(self.size, bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        cell.data_type = "s"
        return cell
