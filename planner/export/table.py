"""A sheet of the export written row by row: its columns, frozen header, filter, row heights
and page set-up for paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter

from planner.export.cells import FONT_SIZE, CellMaker, new_sheet
from planner.export.paper import set_up_paper

DATE, TIME, MONEY = "yyyy-mm-dd", "hh:mm", "#,##0.00"
MAX_LINES = 27  # Excel's tallest row is 409 points


def text_lines(text: str, width: float) -> int:
    """About how many lines text takes in a wrapped cell of width characters, wrapped at
    spaces as Excel and LibreOffice wrap it."""
    room = max(int(width * 1.05), 1)  # column widths count digits; text is a little narrower
    if len(text) <= room and "\n" not in text:
        return 1  # the common case, without splitting
    return sum(paragraph_lines(paragraph, room) for paragraph in text.split("\n"))


def paragraph_lines(paragraph: str, room: int) -> int:
    if len(paragraph) <= room:
        return 1
    lines, used = 1, 0
    for word in paragraph.split(" "):
        size = len(word)
        if used and used + 1 + size > room:
            lines, used = lines + 1, 0
        if size > room:  # a word longer than the line is broken anywhere
            lines += (size - 1) // room
            size = (size - 1) % room + 1
        used = size if not used else used + 1 + size
    return lines


def split_to_fit(text: str, width: float, limit: int = MAX_LINES) -> list[str]:
    """text in parts of whole lines, each part at most limit wrapped lines (a paragraph longer
    than that is cut at a word), so that no row has to be taller than Excel allows."""
    parts: list[str] = []
    lines: list[str] = []
    for paragraph in text.split("\n"):
        while text_lines(paragraph, width) > limit:  # a paragraph of its own rows
            words = paragraph.split(" ")
            cut = max(len(words) - 1, 1)
            while cut > 1 and text_lines(" ".join(words[:cut]), width) > limit:
                cut -= 1
            if lines:
                parts.append("\n".join(lines))
                lines = []
            head = " ".join(words[:cut])
            if text_lines(head, width) > limit:  # one enormous word
                head = paragraph[: int(width) * limit]
                paragraph = paragraph[len(head) :]
            else:
                paragraph = " ".join(words[cut:])
            parts.append(head)
        if lines and text_lines("\n".join([*lines, paragraph]), width) > limit:
            parts.append("\n".join(lines))
            lines = []
        lines.append(paragraph)
    parts.append("\n".join(lines))
    return parts


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # in characters
    number_format: str | None = None
    wrap: bool = False
    align: str | None = None  # "center" keeps a number apart from the text beside it


class Table:
    """One sheet written row by row. A write-only sheet writes its layout (frozen header,
    widths, page set-up) with its first row, so all of that is settled here, before it.

    A row is a list of values, formatted as their column says, or of cells from cell() for
    what differs cell by cell (a fill, bold); None leaves a cell empty. heading: lines above
    the column titles (the first one larger), as a printed page's title."""

    def __init__(
        self,
        book: Workbook,
        title: str,
        columns: list[Column],
        *,
        landscape: bool = True,
        filter: bool = True,
        summit: str = "",
        subject: str | None = None,
        across: int | None = None,
        heading: Sequence[str] = (),
        size: float = FONT_SIZE,
    ) -> None:
        self.sheet = sheet = new_sheet(book, title)
        self.columns = columns
        self.filter = filter
        self.size = size
        self.line_height = round(size * 1.3 * 4) / 4  # points per line of text
        self.header_row = top = len(heading) + 1
        sheet.freeze_panes = f"A{top + 1}"
        for number, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = column.width
        set_up_paper(
            sheet,
            [column.width for column in columns],
            landscape=landscape,
            summit=summit,
            subject=title if subject is None else subject,
            across=across,
        )
        sheet.print_title_rows = f"{top}:{top}"
        self.make = make = CellMaker(sheet, size)
        self.rows = 0
        for number, line in enumerate(heading):
            larger = size + 4 if number == 0 else size + 1
            sheet.set_height(number + 1, round(larger * 1.6))
            sheet.append([make(line, bold=number == 0, size=larger)])
            self.rows += 1
        # bold header text is wider than the body text text_lines() reckons with
        header = max(text_lines(column.title, column.width * 0.8) for column in columns)
        sheet.set_height(top, min(header, MAX_LINES) * self.line_height)
        sheet.append([make.header(column.title) for column in columns])
        self.rows += 1
        self.cell = make  # a cell styled on its own: cell(value, fill=..., bold=...)

    def add(self, values: Sequence[object], made: list[Cell | None] | None = None) -> None:
        """Append a row, tall enough for its wrapped text: neither Excel nor LibreOffice
        grows a row to fit when it opens a file, so the height is set here. The row may end
        with cells from cell() (or None) that need no look: made, after the values."""
        make, lines, cells = self.make, 1, list[Cell | None]()
        columns = self.columns if made is None else self.columns[: len(self.columns) - len(made)]
        for value, column in zip(values, columns, strict=True):
            if value is None or isinstance(value, Cell):
                cell = value
            else:
                cell = make(value, column.number_format, column.wrap, align=column.align)
            text = cell._value if cell is not None else None  # type: ignore[attr-defined]
            if column.wrap and isinstance(text, str):
                # widths count characters of the standard size; larger text fits fewer
                width = column.width * FONT_SIZE / self.size
                lines = max(lines, text_lines(text, width))  # as cleaned and cut
            cells.append(cell)
        if made:
            cells += made
        self.rows += 1
        if lines > 1:
            self.sheet.set_height(self.rows, min(lines, MAX_LINES) * self.line_height)
        self.sheet.append(cells)

    def add_continued(self, values: Sequence[object], continued: str) -> int:
        """Append a row whose wrapped text may be taller than a row can be, continued over as
        many rows as it needs (the first column of each further row saying continued), so that
        nothing is cut off in print. Returns how many rows it took."""
        parts: list[list[object]] = []
        for value, column in zip(values, self.columns, strict=True):
            if column.wrap and isinstance(value, str):
                width = column.width * FONT_SIZE / self.size
                parts.append(list(split_to_fit(value, width)))
            else:
                parts.append([value])
        rows = max(len(p) for p in parts)
        for number in range(rows):
            row = [p[number] if number < len(p) else None for p in parts]
            if number:
                row[0] = continued
            self.add(row)
        return rows

    @property
    def count(self) -> int:
        """The rows below the column titles."""
        return self.rows - self.header_row

    def close(self) -> None:
        if self.filter and self.count > 0:
            last = get_column_letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A{self.header_row}:{last}{self.rows}"
