"""What every export shares: which meetings it covers, their agenda and request codes, and
writing the file so that a failure never destroys an earlier one."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from db.connection import SQLITE_MAGIC
from db.models import AgendaIssue, FinancingMeeting, FinancingRequest, MeetingIssue
from db.safe_files import not_a_regular_file, temporary_beside, write_failure
from planner.errors import PlannerError
from planner.meeting_facts import MeetingFacts
from planner.schedule import Overview
from planner.translation import tr


def delegation_id(overview: Overview, code: str | None) -> int | None:
    """The id of the delegation whose view is exported, or None for the whole summit."""
    if code is None:
        return None
    wanted = code.strip().upper()
    teams = overview.directory.delegations
    found = next((i for i, (known, _) in teams.items() if known == wanted), None)
    if found is None:
        known = ", ".join(sorted(known for known, _ in teams.values())) or "none"
        raise PlannerError(
            tr("There is no delegation {wanted} in this summit (it has {known}).").format(
                wanted=wanted, known=known
            )
        )
    return found


def meetings_of(overview: Overview, delegation: int | None) -> list[MeetingFacts]:
    """The meetings an export covers, in time order."""
    chosen = [f for f in overview.facts if delegation is None or delegation in f.delegations]
    return sorted(chosen, key=lambda f: (f.start, f.id))


def agenda_codes() -> dict[int, list[str]]:
    """Each meeting's agenda issue codes, in agenda order."""
    result: dict[int, list[str]] = {}
    for meeting, code in (
        MeetingIssue.select(MeetingIssue.meeting, AgendaIssue.code)
        .join(AgendaIssue)
        .order_by(MeetingIssue.sort_order)
        .tuples()
    ):
        result.setdefault(meeting, []).append(code)
    return result


def request_codes() -> dict[int, list[str]]:
    """Each meeting's financing request codes."""
    result: dict[int, list[str]] = {}
    for meeting, code in (
        FinancingMeeting.select(FinancingMeeting.meeting, FinancingRequest.code)
        .join(FinancingRequest)
        .order_by(FinancingRequest.code)
        .tuples()
    ):
        result.setdefault(meeting, []).append(code)
    return result


def codes_in_lines(codes: list[str], width: float) -> str:
    """Codes separated by commas, a line broken only between two of them (a spreadsheet
    breaks a line at a hyphen: "POL-" / "04"), each line at most width characters."""
    lines: list[str] = []
    for code in codes:
        if lines and len(lines[-1]) + 2 + len(code) <= width:
            lines[-1] += ", " + code
        else:
            if lines:
                lines[-1] += ","
            lines.append(code)
    return "\n".join(lines)


def write_safely(path: Path, write: Callable[[Path], object]) -> None:
    """Let write() fill an exclusive, owner-only temporary file in the same folder, then move
    it into place, so that a failed or cancelled export leaves an earlier file of the same name
    as it was, and nobody sharing the folder can redirect or read what is written."""
    path = Path(path)
    problem = not_a_regular_file(path)
    if problem:
        raise PlannerError(
            tr("{path} {problem}, not a file; choose another name to export to.").format(
                path=path, problem=problem
            )
        )
    if is_database(path):  # `export Astana.summit Astana.summit` replaced the summit itself
        raise PlannerError(
            tr(
                "{path} is a summit file (or another database), which an export "
                "never replaces; choose another name to export to."
            ).format(path=path)
        )
    try:
        with temporary_beside(path, "writing") as temporary:
            write(temporary)
            os.replace(temporary, path)
    except OSError as error:
        raise PlannerError(
            tr("{path} could not be written: {write_failure}.").format(
                path=path, write_failure=write_failure(error)
            )
        ) from error


def is_database(path: Path) -> bool:
    """Whether the regular file at path (if any) is an SQLite database, a summit file above all."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def save_workbook(book: Workbook, path: Path) -> None:
    """Save book at path, closing its archive also when a write fails: openpyxl leaves it to
    the garbage collector then, whose second failure on a full disk ends up on stderr."""
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        book.properties.modified = datetime.now(UTC).replace(tzinfo=None)
        ExcelWriter(book, archive).write_data()
    finally:
        archive.close()
