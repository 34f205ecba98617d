"""A sheet of the export written row by row: its columns, frozen header, filter, row heights
and page set-up for paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from planner.export.cells import CellMaker, new_sheet

DATE, TIME, MONEY = "yyyy-mm-dd", "hh:mm", "#,##0.00"
LINE_HEIGHT = 15  # points per line of 11-point text
MAX_LINES = 27  # Excel's tallest row is 409 points


def text_lines(text: str, width: float) -> int:
    """About how many lines text takes in a wrapped cell of width characters."""
    room = max(int(width * 1.1), 1)  # column widths count wide characters; text is narrower
    if len(text) <= room and "\n" not in text:
        return 1  # the common case, without splitting
    return sum(max(1, -(-len(paragraph) // room)) for paragraph in text.split("\n"))


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # in characters
    number_format: str | None = None
    wrap: bool = False


class Table:
    """One sheet written row by row. A write-only sheet writes its layout (frozen header,
    widths, page set-up) with its first row, so all of that is settled here, before it.

    A row is a list of values, formatted as their column says, or of cells from cell() for
    what differs cell by cell (a fill, bold); None leaves a cell empty."""

    def __init__(
        self,
        book: Workbook,
        title: str,
        columns: list[Column],
        *,
        landscape: bool = True,
        filter: bool = True,
    ) -> None:
        self.sheet = sheet = new_sheet(book, title)
        self.columns = columns
        self.filter = filter
        sheet.freeze_panes = "A2"
        for number, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = column.width
        sheet.page_setup.orientation = "landscape" if landscape else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_title_rows = "1:1"
        # bold header text is wider than the body text text_lines() reckons with
        header = max(text_lines(column.title, column.width * 0.8) for column in columns)
        sheet.set_height(1, min(header, MAX_LINES) * LINE_HEIGHT)
        self.make = make = CellMaker(sheet)
        sheet.append([make.header(column.title) for column in columns])
        self.rows = 1
        self.cell = make  # a cell styled on its own: cell(value, fill=..., bold=...)

    def add(self, values: Sequence[object], made: list[Cell | None] | None = None) -> None:
        """Append a row, tall enough for its wrapped text: neither Excel nor LibreOffice
        grows a row to fit when it opens a file, so the height is set here. The row may end
        with cells from cell() (or None) that need no look: made, after the values."""
        make, lines, cells = self.make, 1, list[Cell | None]()
        columns = self.columns if made is None else self.columns[: len(self.columns) - len(made)]
        for value, column in zip(values, columns, strict=True):
            if value is None or isinstance(value, Cell):
                cells.append(value)
                continue
            cell = make(value, column.number_format, column.wrap)
            text = cell._value if cell is not None else None  # type: ignore[attr-defined]
            if column.wrap and isinstance(text, str):
                lines = max(lines, text_lines(text, column.width))  # as cleaned and cut
            cells.append(cell)
        if made:
            cells += made
        self.rows += 1
        if lines > 1:
            self.sheet.set_height(self.rows, min(lines, MAX_LINES) * LINE_HEIGHT)
        self.sheet.append(cells)

    def close(self) -> None:
        if self.filter and self.rows > 1:
            last = get_column_letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A1:{last}{self.rows}"
