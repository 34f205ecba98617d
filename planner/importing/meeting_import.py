"""Importing meetings: a programme sent by the host (day, times, title, delegations, room,
level, status), checked row by row and committed as one undoable step."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from typing import Any

from db.models import Meeting, Person, Room
from planner import records
from planner.errors import ValidationError
from planner.history import Change
from planner.importing.bounds import CommitProgress, Progress, report, step
from planner.importing.bounds import column_letter as letter
from planner.importing.issue_import import (
    CREATE,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    ImportState,
    PlannedRow,
    Problem,
    choose_sheet,
    reading_problems,
)
from planner.importing.mapping import Header, find_header, map_columns, normal, to_date, word_to
from planner.importing.matching import Delegations, Names
from planner.importing.meeting_words import LEVEL_WORDS, MEETING_FIELDS, STATUS_WORDS
from planner.importing.reading import Cell, ImportRefused, Sheet, read_file
from planner.importing.words import fold
from planner.meeting_records import (
    MEETING_OPERATIONS,
    create_meeting,
    fetch_draft,
    row_values,
    update_meeting,
)
from planner.meetings import MeetingDraft, summit_frame, validate_draft
from planner.timezones import utc_to_local
from planner.translation import tr
from planner.vocabulary import Level, MeetingStatus, Role

__all__ = ["LEVEL_WORDS", "MEETING_FIELDS", "MEETING_IMPORT", "STATUS_WORDS"]

MEETINGS_PER_STEP = 100  # each is validated and written with its links
SEPARATORS = re.compile(r"\s*(?:[,;/+]|–|—|\s-\s|\band\b|\bи\b|、)\s*")


def to_time(value: Any) -> time | None:
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:  # an Excel time of day
        minutes = round(value * 24 * 60)
        return time(minutes // 60, minutes % 60)
    match = re.fullmatch(r"(\d{1,2})[:.h](\d{2})", str(value or "").strip())
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    return None


def to_minutes(value: Any) -> int | None:
    if isinstance(value, int | float) and 0 < value <= 24 * 60:
        return int(value)
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", str(value or "").strip())
    if match:
        return int(match[1]) * 60 + int(match[2])
    text = str(value or "").strip()
    return int(text) if text.isdigit() and 0 < int(text) <= 24 * 60 else None


def plan_meeting_import(
    path: Path,
    sheet_name: str | None = None,
    overrides: dict[str, str] | None = None,
    *,
    new_rooms: bool = True,
    rooms_as: dict[str, str] | None = None,
) -> ImportPlan:
    """Read the file and decide, row by row, what importing it would do; change nothing."""
    return plan_meetings(
        read_file(Path(path)),
        Path(path).name,
        sheet_name,
        overrides,
        new_rooms=new_rooms,
        rooms_as=rooms_as,
    )


def meeting_columns(
    sheet: Sheet, source: str, overrides: dict[str, str] | None = None
) -> tuple[Header, dict[int, str]]:
    """The sheet's header row and which field each column is; refused when it has none."""
    header = find_header(sheet, MEETING_FIELDS)
    if header is None:
        raise ImportRefused(
            tr(
                "Sheet “{name}” of {source} has no header row naming at least "
                "two of {fields} in its first 30 rows."
            ).format(name=sheet.name, source=source, fields=", ".join(MEETING_FIELDS))
        )
    mapping = map_columns(header, overrides, MEETING_FIELDS)
    missing = [f for f in ("title", "day", "start") if f not in mapping.values()]
    if missing:
        raise ImportRefused(
            tr(
                "Sheet “{name}” has no column for the meeting's {fields}; map one "
                'with --map "HEADER=field" (or in the import window).'
            ).format(name=sheet.name, fields=", ".join(missing))
        )
    return header, mapping


def plan_meetings(
    sheets: list[Sheet],
    source: str,
    sheet_name: str | None = None,
    overrides: dict[str, str] | None = None,
    *,
    progress: Progress = None,
    new_rooms: bool = True,
    rooms_as: dict[str, str] | None = None,
) -> ImportPlan:
    """What importing the sheets already read from source would do, row by row (progress
    hears the rows checked, and may cancel). A room the summit does not have is created
    (listed in plan.new_rooms) unless new_rooms is False; rooms_as maps such a name to an
    existing room's name instead."""
    sheet = choose_sheet(sheets, sheet_name, source, MEETING_FIELDS)
    header, mapping = meeting_columns(sheet, source, overrides)
    unmapped = [text for column, text in header.columns.items() if column not in mapping]
    plan = ImportPlan("meetings", source, sheet.name, header, mapping, unmapped)
    plan.problems.extend(reading_problems(sheet))
    MeetingChecker(plan, sheet, new_rooms, rooms_as or {}).run(progress)
    return plan


class MeetingChecker:
    def __init__(
        self, plan: ImportPlan, sheet: Sheet, new_rooms: bool, rooms_as: dict[str, str]
    ) -> None:
        self.plan, self.sheet = plan, sheet
        self.frame = summit_frame()
        self.teams = Delegations()
        self.rooms = Names("room")
        self.new_rooms = new_rooms
        self.rooms_as = {fold(k): v for k, v in rooms_as.items()}
        self.ids = {i for (i,) in Meeting.select(Meeting.id).tuples()}
        self.by_title_start = {
            (normal(t), utc_to_local(s, self.frame.timezone)): i
            for i, t, s in Meeting.select(Meeting.id, Meeting.title, Meeting.start).tuples()
        }

    def cell(self, cells: list[Cell], field_name: str) -> Any:
        for column, name in self.plan.mapping.items():
            if name == field_name and column <= len(cells):
                return cells[column - 1]
        return None

    def problem(self, row: int, field_name: str, message: str) -> None:
        column = next((c for c, f in self.plan.mapping.items() if f == field_name), 0)
        label = f"{letter(column)} ({self.plan.header.columns.get(column, '')})" if column else ""
        self.plan.problems.append(Problem(self.sheet.name, row, label, message))

    def run(self, progress: Progress = None) -> None:
        start = self.plan.header.row
        for number, cells in enumerate(self.sheet.rows[start:], start=start + 1):
            report(progress, number)
            if any(cell is not None for cell in cells):
                self.plan.rows.append(self.plan_row(number, cells))
        self.mark_unchanged()

    def mark_unchanged(self) -> None:
        """An update that would leave its meeting as it is is unchanged (our own programme
        imported again changes nothing)."""
        home = dict(Person.select(Person.id, Person.delegation).tuples())
        for planned in self.plan.rows:
            if planned.action != UPDATE or isinstance(planned.values["room_id"], str):
                continue
            assert planned.issue_id is not None  # a planned update names its meeting
            before = fetch_draft(planned.issue_id)
            draft = draft_of(planned.values, before)
            teams = set(planned.values["delegations"])
            kept = tuple(a for a in draft.attendees if home.get(a[0]) in teams)
            # the same delegations in the same roles, in whatever order the file lists them
            after = replace(draft, attendees=kept, delegations=tuple(sorted(draft.delegations)))
            if after == replace(before, delegations=tuple(sorted(before.delegations))):
                planned.action = UNCHANGED

    def skip(self, number: int, field_name: str, message: str) -> PlannedRow:
        self.problem(number, field_name, message + " The row was skipped.")
        return PlannedRow(number, SKIP, {})

    def plan_row(self, number: int, cells: list[Cell]) -> PlannedRow:
        title = str(self.cell(cells, "title") or "").strip()
        if not title:
            return self.skip(number, "title", "The title is empty.")
        day = to_date(self.cell(cells, "day"))
        if day is None:
            return self.skip(number, "day", f"“{self.cell(cells, 'day')}” is not a date.")
        start = to_time(self.cell(cells, "start"))
        if start is None:
            return self.skip(number, "start", f"“{self.cell(cells, 'start')}” is not a time.")
        minutes = to_minutes(self.cell(cells, "minutes"))
        end = to_time(self.cell(cells, "end"))
        if end is not None:
            minutes = (datetime.combine(day, end) - datetime.combine(day, start)).seconds // 60
        if not minutes:
            return self.skip(number, "end", "The meeting has no end or duration after its start.")
        teams = []
        for word in SEPARATORS.split(str(self.cell(cells, "delegations") or "")):
            if not word.strip():
                continue
            found = self.teams.find(word)
            if found is None:
                self.problem(
                    number,
                    "delegations",
                    f"“{word}” is not a delegation of this summit; it was left out.",
                )
            elif found not in teams:
                teams.append(found)
        if not teams:
            return self.skip(number, "delegations", "No delegation of this summit is named.")
        room = self.room(number, self.cell(cells, "room"))
        level = word_to(LEVEL_WORDS, self.cell(cells, "level")) or Level.SENIOR_OFFICIALS.value
        status = word_to(STATUS_WORDS, self.cell(cells, "status")) or MeetingStatus.PROPOSED.value
        local = datetime.combine(day, start)
        values = {
            "title": title[:255],
            "start": local,
            "minutes": minutes,
            "room_id": room,
            "level": level,
            "status": status,
            "delegations": teams,
        }
        refusal = self.refusal(values)
        if refusal is not None:
            return self.skip(number, *refusal)
        given = self.cell(cells, "id")
        meeting_id = int(given) if str(given or "").strip().isdigit() else None
        if meeting_id not in self.ids:
            meeting_id = self.by_title_start.get((normal(title), local))
        return PlannedRow(number, UPDATE if meeting_id else CREATE, values, meeting_id)

    def room(self, number: int, given: Cell) -> int | str | None:
        """The room's id; the name of a room to create; None (with a problem) when the
        summit has no such room and none may be created."""
        name = str(given or "").strip()
        if not name:
            return None
        found = self.rooms.find(self.rooms_as.get(fold(name), name))
        if found is not None:
            return found
        if not self.new_rooms:
            self.problem(
                number,
                "room",
                tr("There is no room called “{room}”; none was set.").format(room=name),
            )
            return None
        known = next((n for n in self.plan.new_rooms if fold(n) == fold(name)), None)
        if known is None:
            self.plan.new_rooms.append(name)
        return known or name

    def refusal(self, values: dict[str, Any]) -> tuple[str, str] | None:
        """(field, sentence) of what committing the row would refuse, so that a dry run
        finds everything the import would: the very checks of the commit, in the summit's
        days (an import never places a meeting outside the summit), and a start and end
        that exist in UTC."""
        try:
            known = (
                values if not isinstance(values["room_id"], str) else {**values, "room_id": None}
            )
            row_values(validate_draft(draft_of(known, None), self.frame), self.frame)
        except ValidationError as error:
            field_name = error.field
            if field_name == "minutes" and "end" in self.plan.mapping.values():
                field_name = "end"
            return field_name, str(error)
        except OverflowError:
            return "day", f"{values['start'].isoformat(' ', 'minutes')} cannot be stored as a time."
        return None


def draft_of(values: dict[str, Any], before: MeetingDraft | None) -> MeetingDraft:
    teams = tuple(
        (d, Role.HOST if n == 0 else Role.GUEST) for n, d in enumerate(values["delegations"])
    )
    base = before or MeetingDraft(title=values["title"], start=values["start"], minutes=1)
    return replace(
        base,
        title=values["title"],
        start=values["start"],
        minutes=values["minutes"],
        room_id=values["room_id"],
        level=Level(values["level"]),
        status=MeetingStatus(values["status"]),
        delegations=teams,
        attendees=tuple(a for a in base.attendees) if before else (),
    )


def commit_meeting_import(
    plan: ImportPlan, progress: CommitProgress = None
) -> tuple[ImportState, ImportState]:
    """Create and update the meetings in one transaction; return (undo, redo) states.
    Cancelled through progress, the transaction is rolled back and the file is as it was."""
    created: list[int] = []
    previous: dict[int, MeetingDraft] = {}
    current: dict[int, MeetingDraft] = {}
    total = plan.count(CREATE) + plan.count(UPDATE)
    with records.writing("The import"):
        room_ids = {name: Room.insert(name=name).execute() for name in plan.new_rooms}
        new_rooms = [records.fetch(Room, room_id) for room_id in room_ids.values()]
        for planned in plan.rows:
            done = len(created) + len(previous)
            if planned.action != SKIP and done % MEETINGS_PER_STEP == 0:
                step(progress, "meeting", done, total)
            values = planned.values
            if isinstance(values.get("room_id"), str):
                values = {**values, "room_id": room_ids[values["room_id"]]}
            if planned.action == CREATE:
                created.append(create_meeting(draft_of(values, None)))
            elif planned.action == UPDATE:
                meeting_id = planned.issue_id  # the meeting a planned update changes
                assert meeting_id is not None
                before = fetch_draft(meeting_id)
                draft = draft_of(values, before)
                # People whose delegation no longer takes part leave the meeting.
                teams = set(planned.values["delegations"])
                home = dict(Person.select(Person.id, Person.delegation).tuples())
                kept = tuple(a for a in draft.attendees if home.get(a[0]) in teams)
                update_meeting(meeting_id, replace(draft, attendees=kept), within_summit=False)
                previous[meeting_id] = before
                current[meeting_id] = fetch_draft(meeting_id)
        step(progress, "meeting", total, total)
    removal = MEETING_OPERATIONS.plan_removal(created) if created else None
    rooms = [room["id"] for room in new_rooms]
    return (
        {"remove": removal, "drafts": previous, "remove_rooms": rooms},
        {"restore": removal, "drafts": current, "insert_rooms": new_rooms},
    )


def put_meeting_state(state: ImportState) -> None:
    """Undo or redo a meeting import: meetings removed or restored, drafts put back."""
    with records.writing("Undoing the import"):
        if state.get("insert_rooms"):  # rooms the import created come back before meetings
            Room.insert_many(state["insert_rooms"]).execute()
        if state.get("remove") is not None:
            MEETING_OPERATIONS.remove(state["remove"])
        if state.get("restore") is not None:
            MEETING_OPERATIONS.restore(state["restore"])
        for meeting_id, draft in state["drafts"].items():
            update_meeting(meeting_id, draft, within_summit=False)
        if state.get("remove_rooms"):  # and go after the meetings that used them
            Room.delete().where(Room.id.in_(state["remove_rooms"])).execute()


class MeetingImportEdits:
    """The meeting import as one bulk edit (see edits.BulkEdits and IssueImportEdits)."""

    def commit(self, request: ImportPlan) -> tuple[ImportState, ImportState]:
        return commit_meeting_import(request)

    def put(self, state: ImportState) -> None:
        put_meeting_state(state)

    def changed(self, state: ImportState) -> Change:
        plan = state.get("remove") or state.get("restore")
        created = plan.ids if plan is not None else []
        if state.get("remove_rooms") or state.get("insert_rooms"):
            return Change.everything("meeting", "room")
        return Change.of("meeting", [*created, *state["drafts"]])


MEETING_IMPORT = MeetingImportEdits()
