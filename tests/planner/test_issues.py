"""Agenda issues: codes, validation, tracks, agendas on meetings, and the issue thread."""

from dataclasses import replace

import pytest

from db.models import AgendaIssue, MeetingIssue, Position, Track
from planner.errors import InUseError, ValidationError
from planner.issue_codes import propose_code
from planner.issue_thread import issue_thread
from planner.issues import ISSUE_OPERATIONS, list_issues
from planner.meeting_drafts import agenda_minutes, duplicated, with_agenda_item
from planner.meeting_records import fetch_draft, update_meeting
from planner.tracks import TRACK_OPERATIONS, list_tracks


def track(name: str) -> int:
    return Track.get(Track.name == name).id


def issue(code: str) -> int:
    return AgendaIssue.get(AgendaIssue.code == code).id


def test_codes_follow_the_track(sample_summit):
    last = max(int(i.code.split("-")[1]) for i in AgendaIssue.select() if i.code.startswith("ECO"))
    assert propose_code(track("Economic")) == f"ECO-{last + 1:02d}"
    assert propose_code(track("Ecology")) == "ENV-03"  # the prefix its issues use
    new_track = TRACK_OPERATIONS.add({"name": "Culture", "colour": "#AA3377"})
    assert propose_code(new_track) == "CUL-01"


def test_an_empty_code_is_numbered_and_codes_stay_unique(sample_summit):
    issue_id = ISSUE_OPERATIONS.add({"title": "Water sharing", "track": track("Ecology")})
    assert AgendaIssue.get_by_id(issue_id).code == "ENV-03"
    with pytest.raises(ValidationError, match="already has the code ENV-03") as raised:
        ISSUE_OPERATIONS.add({"code": "env-03", "title": "Again", "track": track("Ecology")})
    assert raised.value.field == "code"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "X", "code": "12 bad"}, "code"),
        ({"title": "X", "priority": "urgent"}, "priority"),
        ({"title": "X", "status": "maybe"}, "status"),
        ({"title": "X", "lead_delegation": 999}, "lead_delegation"),
        ({"title": "X", "track": None}, "track"),
    ],
)
def test_bad_issue_values_name_the_field(sample_summit, values, field):
    values = {"track": track("Economic"), **values}
    before = AgendaIssue.select().count()
    with pytest.raises(ValidationError) as raised:
        ISSUE_OPERATIONS.add(values)
    assert raised.value.field == field
    assert AgendaIssue.select().count() == before


def test_change_and_undo_states(sample_summit):
    target = issue("ECO-01")
    old, new = ISSUE_OPERATIONS.change(target, {"status": "agreed", "tags": "gas, Gas, transit"})
    assert new == {"status": "agreed", "tags": "gas, transit"}
    ISSUE_OPERATIONS.change(target, old)
    assert AgendaIssue.get_by_id(target).status == old["status"]


def test_deleting_an_issue_takes_its_positions_and_agenda_items_and_undo_restores(sample_summit):
    target = issue("ECO-01")
    positions = Position.select().where(Position.issue == target).count()
    items = MeetingIssue.select().where(MeetingIssue.issue == target).count()
    plan = ISSUE_OPERATIONS.plan_removal([target])
    ISSUE_OPERATIONS.remove(plan)
    assert not Position.select().where(Position.issue == target).exists()
    ISSUE_OPERATIONS.restore(plan)
    assert Position.select().where(Position.issue == target).count() == positions
    assert MeetingIssue.select().where(MeetingIssue.issue == target).count() == items


def test_a_track_with_issues_is_deleted_only_by_moving_them(sample_summit):
    social = track("Social")
    with pytest.raises(InUseError, match="choose the track"):
        TRACK_OPERATIONS.plan_removal([social])
    plan = TRACK_OPERATIONS.plan_removal([social], move_to=track("Political"))
    moved = list(plan.issue_ids)
    TRACK_OPERATIONS.remove(plan)
    assert all(AgendaIssue.get_by_id(i).track_id == track("Political") for i in moved)
    TRACK_OPERATIONS.restore(plan)
    assert all(AgendaIssue.get_by_id(i).track_id == social for i in moved)
    assert [t.name for t in list_tracks()][:4] == ["Political", "Economic", "Social", "Ecology"]


def test_agenda_order_minutes_and_outcomes(sample_summit):
    meeting = MeetingIssue.select().first().meeting_id
    draft = fetch_draft(meeting)
    on_agenda = {item[0] for item in draft.agenda}
    extra = next(row.id for row in list_issues() if row.id not in on_agenda)
    changed = with_agenda_item(draft, extra, 15)
    assert with_agenda_item(changed, extra) == changed  # once only
    reordered = replace(changed, agenda=tuple(reversed(changed.agenda)))
    update_meeting(meeting, reordered)
    stored = fetch_draft(meeting)
    assert stored.agenda[0] == (extra, 15, "")
    assert agenda_minutes(stored) == agenda_minutes(draft) + 15
    with pytest.raises(ValidationError) as raised:
        update_meeting(meeting, replace(stored, agenda=((extra, -5, ""),)))
    assert raised.value.field == "agenda"
    copy = duplicated(stored)
    assert [i for i, _, _ in copy.agenda] == [i for i, _, _ in stored.agenda]
    assert all(outcome == "" for _, _, outcome in copy.agenda)


def test_the_issue_thread_is_in_time_order_with_outcomes(sample_summit):
    busiest = max(list_issues(), key=lambda row: row.meetings)
    thread = issue_thread(busiest.id)
    assert len(thread) == busiest.meetings >= 2
    assert [entry.start for entry in thread] == sorted(entry.start for entry in thread)
    assert all("–" in entry.participants or entry.participants for entry in thread)


def test_a_duplicated_meeting_raises_no_financing(sample_summit):
    from db.models import FinancingMeeting

    meeting = FinancingMeeting.select().first().meeting_id
    assert fetch_draft(meeting).requests
    assert duplicated(fetch_draft(meeting)).requests == ()


def test_a_new_issue_starts_open_and_of_medium_priority_in_the_track_shown(sample_summit):
    from planner.issues import new_issue_defaults

    assert new_issue_defaults(track("Economic")) == {
        "track": track("Economic"),
        "priority": "medium",
        "status": "open",
    }
    assert new_issue_defaults(None)["track"] is None


def test_a_cancelled_meeting_takes_no_agenda(sample_summit):
    from planner.meeting_drafts import added_to_agenda
    from planner.meetings import takes_agenda
    from planner.vocabulary import MeetingStatus

    assert [s for s in MeetingStatus if not takes_agenda(s)] == [MeetingStatus.CANCELLED]
    meeting = MeetingIssue.select().first().meeting_id
    draft = replace(fetch_draft(meeting), status=MeetingStatus.CANCELLED)
    extra = next(row.id for row in list_issues() if row.id not in {i[0] for i in draft.agenda})
    with pytest.raises(ValidationError, match="cancelled") as raised:
        added_to_agenda(draft, extra)
    assert raised.value.field == "meeting"
    assert added_to_agenda(replace(draft, status=MeetingStatus.CONFIRMED), extra).agenda[-1][0] == (
        extra
    )


def test_a_new_track_comes_after_the_last_one(sample_summit):
    from planner.tracks import new_track_defaults

    last = max(t.sort_order for t in Track.select())
    assert new_track_defaults() == {"colour": "#6A5ACD", "sort_order": last + 1}
    Track.update(sort_order=40).where(Track.id == track("Social")).execute()
    assert new_track_defaults()["sort_order"] == 41
