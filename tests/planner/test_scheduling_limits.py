"""A meeting's own scheduling limits and tier, the stored weights, and principals' idle hours."""

from dataclasses import replace
from datetime import UTC, datetime, time

from db.models import Meeting, Summit
from planner import summit_settings
from planner.meetings import summit_frame
from planner.scheduling.engine import Settings, solve
from planner.scheduling.plan import plan_schedule
from planner.scheduling.problem import Problem, RoomSpec, TaskSpec, Weights
from planner.scheduling.summit import WEIGHTS, summit_weights
from planner.timezones import utc_to_local

SECONDS = 4.0
CN_TJ, KZ_TM, KZ_CN = "CN–TJ transport talks", "KZ–TM: Trans-Caspian", "KZ–CN ministers"
TM_UZ = "TM–UZ consultations"


def requests(*titles: str) -> list[Meeting]:
    """The sample's meetings of these titles turned into requests, all wished at one time."""
    wished = datetime(2025, 6, 16, 4, 0, tzinfo=UTC)
    out = []
    for title in titles:
        meeting = Meeting.get(Meeting.title.startswith(title))
        length = meeting.end - meeting.start
        meeting.status, meeting.start, meeting.end = "requested", wished, wished + length
        meeting.pinned = False
        meeting.save()
        out.append(meeting)
    return out


def local_start(meeting_id: int, outcome) -> datetime:
    move = next(move for move in outcome.moves if move.meeting_id == meeting_id)
    return utc_to_local(move.after[0], summit_frame().timezone)


def test_a_fixed_day_and_a_window_are_kept(sample_summit):
    first, second = requests(TM_UZ, KZ_TM)
    last_day = summit_frame().last_day
    first.fixed_day = last_day
    first.save()
    second.earliest, second.latest = time(15, 0), time(15, 30)
    second.save()
    outcome = plan_schedule(repair=False, seconds=SECONDS)
    assert outcome.unplaced == []
    assert local_start(first.id, outcome).date() == last_day
    assert time(15, 0) <= local_start(second.id, outcome).time() <= time(15, 30)


def one_slot_for_two(first_tier: int, second_tier: int) -> tuple[Meeting, Meeting]:
    """Two requests of one delegation (minister level) that may both start only at 12:30 on
    the first day, with the tiers given: only one of them fits."""
    a, b = requests(KZ_TM, KZ_CN)  # both with Kazakhstan
    for meeting, tier in ((a, first_tier), (b, second_tier)):
        meeting.level, meeting.tier = "ministers", tier
        meeting.fixed_day = summit_frame().first_day
        meeting.earliest = meeting.latest = time(12, 30)
        meeting.save()
    return a, b


def test_the_lower_tier_stays_unplaced_when_not_both_fit(sample_summit):
    for tiers in ((3, 1), (1, 3)):
        a, b = one_slot_for_two(*tiers)
        outcome = plan_schedule(repair=False, seconds=SECONDS)
        low, high = (a, b) if tiers[0] > tiers[1] else (b, a)
        assert [u.meeting_id for u in outcome.unplaced] == [low.id]
        assert high.id in {move.meeting_id for move in outcome.moves}
        assert "within its own limits (on " in outcome.unplaced[0].reason
        assert "from 12:30, starting by 12:30" in outcome.unplaced[0].reason


def test_limits_outside_the_working_hours_are_explained(sample_summit):
    (meeting,) = requests(CN_TJ)
    meeting.earliest = time(22, 0)
    meeting.save()
    outcome = plan_schedule(repair=False, seconds=SECONDS)
    (unplaced,) = outcome.unplaced
    assert unplaced.meeting_id == meeting.id
    assert "its own limits (from 22:00) leave no start" in unplaced.reason


def test_the_weights_are_stored_in_the_summit_settings(sample_summit):
    assert summit_weights() == WEIGHTS  # a summit starts with the defaults
    summit_settings.change_settings({"weight_idle": 7, "weight_break": 0})
    assert (Summit.get().weight_idle, Summit.get().weight_break) == (7, 0)
    assert summit_weights() == replace(WEIGHTS, idle=7, gap=0)


def idle_case(weights: Weights) -> int:
    """A principal's fixed meeting 9:00-10:00 and a movable hour that may start 10:00-13:00:
    the cheap room is free only from 13:00. Returns the movable meeting's start."""
    principal = ("p", 1)
    tasks = [
        TaskSpec("fixed", 60, (540,), ("big",), hard=(principal,), current=(540, "big"),
                 fixed=True),
        TaskSpec("free", 60, tuple(range(600, 781, 15)), ("cheap", "big"), hard=(principal,),
                 tier=1),
    ]
    rooms = [RoomSpec("cheap", 10, cost=0, closed=((0, 780),)), RoomSpec("big", 10, cost=100)]
    problem = Problem(tasks, rooms, weights, gap_resources=frozenset({principal}),
                      day_units=24 * 60)
    solution = solve(problem, Settings(seconds=SECONDS))
    return solution.placements["free"].start


def test_a_principal_is_not_left_idle_for_an_hour_when_avoidable():
    weights = replace(WEIGHTS, early=0)
    assert idle_case(replace(weights, idle=0)) == 780  # the cheap room, after a long wait
    assert idle_case(weights) == 615  # right after the first, with a break


def test_a_move_keeps_the_limits_and_undo_gives_back_the_row(sample_summit):
    from datetime import date, timedelta

    from planner.history import History
    from planner.meeting_drafts import moved
    from planner.meeting_edits import AdjustMeeting
    from planner.meeting_records import fetch_draft

    meeting = Meeting.get(Meeting.title.startswith(KZ_TM))
    Meeting.update(tier=1, fixed_day=date(2025, 6, 16), earliest=time(9, 0),
                   latest=time(17, 0)).where(Meeting.id == meeting.id).execute()
    start = fetch_draft(meeting.id).start
    history = History()
    history.run(AdjustMeeting(meeting.id, lambda d: moved(d, start + timedelta(minutes=30)),
                              "Move"))
    draft = fetch_draft(meeting.id)
    assert draft.start == start + timedelta(minutes=30)
    assert (draft.tier, draft.fixed_day, draft.earliest, draft.latest) == (
        1, date(2025, 6, 16), time(9, 0), time(17, 0))
    history.undo()
    assert fetch_draft(meeting.id) == replace(draft, start=start)


def test_a_weight_out_of_range_is_refused_and_nothing_changes(sample_summit):
    import pytest

    from planner.errors import ValidationError

    with pytest.raises(ValidationError, match="A weight must be 0 to 100000"):
        summit_settings.change_settings({"weight_room": 100_001, "weight_idle": 5})
    assert summit_weights() == WEIGHTS
