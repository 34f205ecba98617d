"""Automatic scheduling on the sample: schedule all, repair, pinned meetings, the impossible."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from db.models import Delegation, Meeting, MeetingDelegation
from planner.conflicts import summit_conflicts
from planner.meeting_facts import load_directory, load_facts
from planner.meetings import summit_frame
from planner.scheduling.engine import Settings, solve
from planner.scheduling.plan import plan_schedule, schedule_operation
from planner.scheduling.summit import pinned_ids, summit_problem

SECONDS = 4.0  # generous: the sample's few movable meetings are solved to optimality sooner
PLENARY = "Plenary session of the Heads of State"


def rows() -> dict[int, tuple]:
    return {m.id: (m.start, m.end, m.room_id) for m in load_facts()}


def test_schedule_all_places_the_requests_without_errors(sample_summit):
    # Eight meetings become requests, all piled onto one slot: removed from their places.
    wished = datetime(2025, 6, 16, 4, 0, tzinfo=UTC)
    pinned = pinned_ids()
    chosen = [m.id for m in load_facts()
              if m.status in ("confirmed", "proposed") and m.id not in pinned][:8]
    for meeting in Meeting.select().where(Meeting.id.in_(chosen)):
        length = meeting.end - meeting.start
        meeting.status, meeting.start, meeting.end = "requested", wished, wished + length
        meeting.save()
    assert summit_conflicts().errors > 0
    before = rows()
    outcome = plan_schedule(repair=False, seconds=SECONDS)
    assert outcome.placed == len({*chosen, *[m.id for m in load_facts()
                                             if m.status == "requested"]})
    assert outcome.unplaced == []
    assert outcome.violations == 0
    moved = {move.meeting_id for move in outcome.moves}
    assert moved <= set(chosen) | {20}  # only requests move
    operation = schedule_operation(outcome.moves, repair=False)
    operation.apply()
    assert summit_conflicts().errors == 0
    operation.revert()  # one undoable step puts every meeting back
    assert rows() == before


def move_plenary_earlier() -> int:
    plenary = Meeting.get(Meeting.title == PLENARY)
    plenary.start -= timedelta(minutes=90)
    plenary.end -= timedelta(minutes=90)
    plenary.pinned = True  # where the host just put it
    plenary.save()
    return plenary.id


def test_repair_after_moving_the_plenary_moves_fewer_than_solving_afresh(sample_summit):
    plenary = move_plenary_earlier()
    assert summit_conflicts().errors > 0
    facts = load_facts()
    outcome = plan_schedule(repair=True, seconds=SECONDS, allow_confirmed=True)
    assert outcome.violations == 0
    assert plenary not in {move.meeting_id for move in outcome.moves}
    # Afresh: the same meetings free to move, but moving costs nothing.
    built = summit_problem(facts, summit_frame(), load_directory(), repair=True,
                           allow_confirmed=True, pinned=pinned_ids())
    afresh = replace(built.problem, tasks=[
        replace(task, current=None) if not task.fixed else task for task in built.problem.tasks])
    solution = solve(afresh, Settings(seconds=SECONDS))
    changed = [
        key for key, placed in solution.placements.items()
        if key in built.movable and (built.origin + timedelta(minutes=placed.start),
                                     placed.room) != (built.facts[key].start,
                                                      built.facts[key].room_id)
    ]
    assert len(outcome.moves) < len(changed)
    schedule_operation(outcome.moves, repair=True).apply()
    assert summit_conflicts().errors == 0


def test_pinned_meetings_never_move(sample_summit):
    move_plenary_earlier()
    clashing = {m for c in summit_conflicts().listed for m in c.meetings}
    Meeting.update(pinned=True).where(Meeting.id.in_(clashing)).execute()
    before = rows()
    outcome = plan_schedule(repair=True, seconds=SECONDS, allow_confirmed=True)
    assert not clashing & {move.meeting_id for move in outcome.moves}
    schedule_operation(outcome.moves, repair=True).apply()
    after = rows()
    assert all(after[m] == before[m] for m in clashing)


def test_confirmed_meetings_stay_unless_allowed(sample_summit):
    move_plenary_earlier()
    outcome = plan_schedule(repair=True, seconds=SECONDS)
    statuses = {m.id: m.status for m in load_facts()}
    assert all(statuses[move.meeting_id] in ("requested", "proposed") for move in outcome.moves)


def test_an_impossible_request_is_explained(sample_summit):
    kyrgyzstan = Delegation.get(Delegation.code == "KG")
    tajikistan = Delegation.get(Delegation.code == "TJ")
    for day in (16, 17):  # Kyrgyzstan is busy all day, every day, where it cannot move
        start = datetime(2025, 6, day, 3, 0, tzinfo=UTC)  # 08:00 in Astana
        retreat = Meeting.create(title="Kyrgyz delegation retreat", start=start,
                                 end=start + timedelta(hours=13), status="confirmed",
                                 pinned=True, level="ministers")
        MeetingDelegation.create(meeting=retreat, delegation=kyrgyzstan, role="host")
    start = datetime(2025, 6, 16, 5, 0, tzinfo=UTC)
    request = Meeting.create(title="KG–TJ water talks", start=start,
                             end=start + timedelta(hours=1), status="requested",
                             level="senior_officials")
    MeetingDelegation.create(meeting=request, delegation=kyrgyzstan, role="host")
    MeetingDelegation.create(meeting=request, delegation=tajikistan, role="guest")
    outcome = plan_schedule(repair=False, seconds=SECONDS)
    explained = {u.meeting_id: u.reason for u in outcome.unplaced}
    assert request.id in explained
    reason = explained[request.id]
    assert "KG–TJ water talks" in reason and "Kyrgyzstan" in reason
    assert "16 Jun" in reason and "17 Jun" in reason
    assert reason.count(".") >= 1 and "\n" not in reason
