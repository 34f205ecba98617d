"""The built-in Astana sample is complete, consistent and believable."""

from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal

from db.models import (
    AgendaIssue,
    Attendee,
    Delegation,
    Envelope,
    FinancingMeeting,
    FinancingRequest,
    Meeting,
    Position,
    Summit,
    Track,
)
from planner.timezones import utc_to_local


def live_meetings():
    return [m for m in Meeting.select() if m.status != "cancelled"]


def test_summit_description(sample_summit):
    summit = Summit.get()
    assert summit.city == "Astana"
    assert (summit.first_day, summit.last_day) == (date(2025, 6, 16), date(2025, 6, 17))
    assert summit.timezone == "Asia/Almaty"
    assert summit.home_delegation.code == "KZ"


def test_six_delegations(sample_summit):
    codes = {d.code for d in Delegation.select()}
    assert codes == {"CN", "KZ", "KG", "TJ", "TM", "UZ"}
    for delegation in Delegation.select():
        ranks = {person.rank for person in delegation.people}
        assert "head_of_state" in ranks and "minister" in ranks


def test_tracks_and_issues_of_the_article(sample_summit):
    assert {t.name for t in Track.select()} >= {"Political", "Economic", "Social", "Ecology"}
    titles = " ".join(i.title + " " + i.description for i in AgendaIssue.select()).lower()
    for topic in ("line d", "trans-caspian", "aral", "railway", "kuramin", "rare earth", "lunar"):
        assert topic in titles, topic


def test_meetings_cover_the_programme(sample_summit):
    assert Meeting.select().count() >= 20
    sizes = Counter(m.participants.count() for m in Meeting.select())
    assert sizes[2] >= 5  # the bilaterals with China at least
    assert sizes[6] >= 2  # plenary and signing
    titles = " ".join(m.title.lower() for m in Meeting.select())
    assert "declaration" in titles and "plenary" in titles


def test_meetings_lie_within_the_summit_days_and_hours(sample_summit):
    summit = Summit.get()
    for meeting in Meeting.select():
        start = utc_to_local(meeting.start, summit.timezone)
        end = utc_to_local(meeting.end, summit.timezone)
        assert summit.first_day <= start.date() <= summit.last_day, meeting.title
        assert summit.day_start <= start.time() and end.time() <= summit.day_end, meeting.title


def test_every_meeting_has_one_host_and_attendees_of_its_delegations(sample_summit):
    for meeting in Meeting.select():
        roles = Counter(p.role for p in meeting.participants)
        assert roles["host"] == 1, meeting.title
        teams = {p.delegation_id for p in meeting.participants}
        for attendee in meeting.attendees:
            assert attendee.person.delegation_id in teams, meeting.title


def test_rooms_hold_the_required_attendees(sample_summit):
    for meeting in live_meetings():
        required = meeting.attendees.where(Attendee.required == True).count()  # noqa: E712
        if meeting.room is not None:
            assert meeting.room.capacity >= required, meeting.title


def overlapping_pairs(busy):
    pairs = set()
    for key, slots in busy.items():
        slots.sort()
        for (_s1, e1, a), (s2, _e2, b) in zip(slots, slots[1:], strict=False):
            if s2 < e1:
                pairs.add((key, a, b))
    return pairs


def test_at_most_two_deliberate_conflicts(sample_summit):
    by_room, by_person = defaultdict(list), defaultdict(list)
    for meeting in live_meetings():
        if meeting.room_id:
            by_room[meeting.room_id].append((meeting.start, meeting.end, meeting.id))
        for attendee in meeting.attendees:
            by_person[attendee.person_id].append((meeting.start, meeting.end, meeting.id))
    assert overlapping_pairs(by_room) == set()
    clashing_meetings = {frozenset((a, b)) for _, a, b in overlapping_pairs(by_person)}
    assert 1 <= len(clashing_meetings) <= 2


def test_positions_on_the_main_issues(sample_summit):
    assert Position.select().count() >= 72
    per_delegation = Counter(p.delegation.code for p in Position.select())
    assert min(per_delegation.values()) >= 12


def test_financing_requests_and_the_envelope(sample_summit):
    assert FinancingRequest.select().count() >= 8
    envelope = Envelope.get()
    assert (envelope.amount, envelope.currency) == (Decimal("4000000000"), "USD")
    for request in FinancingRequest.select():
        assert isinstance(request.amount, Decimal) and request.amount > 0
        teams = set()
        for link in FinancingMeeting.select().where(FinancingMeeting.request == request):
            teams |= {p.delegation_id for p in link.meeting.participants}
        assert not teams or request.borrower_id in teams, request.code


def test_agendas_fit_their_meetings(sample_summit):
    for meeting in Meeting.select():
        minutes = sum(item.minutes or 0 for item in meeting.agenda)
        assert timedelta(minutes=minutes) <= meeting.end - meeting.start, meeting.title
