"""What every export shares: which meetings it covers, their agenda and request codes, and
writing the file so that a failure never destroys an earlier one."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from db.models import AgendaIssue, FinancingMeeting, FinancingRequest, MeetingIssue
from planner.errors import PlannerError
from planner.meeting_facts import MeetingFacts
from planner.schedule import Overview


def delegation_id(overview: Overview, code: str | None) -> int | None:
    """The id of the delegation whose view is exported, or None for the whole summit."""
    if code is None:
        return None
    wanted = code.strip().upper()
    teams = overview.directory.delegations
    found = next((i for i, (known, _) in teams.items() if known == wanted), None)
    if found is None:
        known = ", ".join(sorted(known for known, _ in teams.values())) or "none"
        raise PlannerError(f"There is no delegation {wanted} in this summit (it has {known}).")
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


def write_safely(path: Path, write: Callable[[Path], None]) -> None:
    """Let write() fill a temporary file in the same folder, then move it into place, so that
    a failed or cancelled export leaves an earlier file of the same name as it was."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.writing")
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise PlannerError(f"{path} could not be written: {error.strerror}.") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
