"""LibreOffice spreadsheets (.ods) built in code, shaped as LibreOffice saves them: every row
ends with a cell repeated to column AMJ and every sheet with a row repeated a million times."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


class Spanned:
    """A cell merged down over `rows` rows (LibreOffice writes covered cells below it)."""

    def __init__(self, value: object, rows: int) -> None:
        self.value, self.rows = value, rows


def cell(value: object) -> str:
    extra = ""
    if isinstance(value, Spanned):
        extra = f' table:number-rows-spanned="{value.rows}" table:number-columns-spanned="1"'
        value = value.value
    if value is None:
        return "<table:table-cell/>"
    if value == "covered":
        return "<table:covered-table-cell/>"
    if isinstance(value, bool):
        kind = f'office:value-type="boolean" office:boolean-value="{str(value).lower()}"'
    elif isinstance(value, int | float):
        kind = f'office:value-type="float" office:value="{value}"'
    elif isinstance(value, date):  # a datetime too
        kind = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    else:
        kind = 'office:value-type="string"'
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
    return f"<table:table-cell {kind}{extra}>{paragraphs}</table:table-cell>"


def write_ods(path: Path, sheets: list[tuple[str, list[list[object]]]]) -> Path:
    """A spreadsheet of the sheets, each (name, rows); a value "covered" is a covered cell."""
    body = []
    for name, rows in sheets:
        body.append(f"<table:table table:name={quoteattr(name)}>")
        body.append('<table:table-column table:number-columns-repeated="1024"/>')
        for row in rows:
            cells = "".join(cell(value) for value in row)
            tail = 1024 - len(row)
            body.append(
                f"<table:table-row>{cells}"
                f'<table:table-cell table:number-columns-repeated="{tail}"/></table:table-row>'
            )
        body.append(
            '<table:table-row table:number-rows-repeated="1048500">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        body.append("</table:table>")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:body><office:spreadsheet>{''.join(body)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE)
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return path
