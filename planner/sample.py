"""The built-in sample: the 2nd Central Asia–China Summit, built from resources/sample."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from db.location import ServerLocation
from db.models import (
    AgendaIssue,
    Attendee,
    Delegation,
    Envelope,
    ExchangeRate,
    FinancingMeeting,
    FinancingRequest,
    FinancingStatusChange,
    Lender,
    Meeting,
    MeetingDelegation,
    MeetingIssue,
    Person,
    Position,
    Room,
    Summit,
    Track,
)
from planner.local_names import set_names
from planner.summit_file import new_summit_file
from planner.timezones import local_to_utc

SAMPLE_RESOURCE = "astana_2025.json"
HISTORY_START = datetime(2025, 6, 1, 4, 0, tzinfo=UTC)


def sample_data() -> dict[str, Any]:
    text = resources.files("resources.sample").joinpath(SAMPLE_RESOURCE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def create_sample_summit(path: Path | ServerLocation, *, overwrite: bool = False) -> None:
    """Create the sample summit at path and make it the current summit."""
    new_summit_file(path, populate=lambda: populate_sample(sample_data()), overwrite=overwrite)


def populate_sample(data: dict[str, Any]) -> None:
    """Fill an empty, bound summit file with data in the sample's JSON layout."""
    summit = data["summit"]
    tz = summit["timezone"]
    delegations = {
        d["code"]: Delegation.create(
            **{k: d[k] for k in ("code", "name", "head", "colour")},
            precedence=d["precedence"],
            timezone=d["timezone"],
        )
        for d in data["delegations"]
    }
    Summit.create(
        name=summit["name"],
        city=summit["city"],
        venue=summit["venue"],
        first_day=date.fromisoformat(summit["first_day"]),
        last_day=date.fromisoformat(summit["last_day"]),
        timezone=tz,
        home_delegation=delegations[summit["home_delegation"]],
        reporting_currency=summit["reporting_currency"],
        day_start=time.fromisoformat(summit["day_start"]),
        day_end=time.fromisoformat(summit["day_end"]),
        slot_minutes=summit["slot_minutes"],
        transfer_minutes=summit["transfer_minutes"],
    )
    tracks = {
        t["name"]: Track.create(name=t["name"], colour=t["colour"], sort_order=order)
        for order, t in enumerate(data["tracks"])
    }
    people = {
        p["name"]: Person.create(
            delegation=delegations[p["delegation"]],
            name=p["name"],
            rank=p["rank"],
            title=p["title"],
        )
        for p in data["people"]
    }
    rooms = {
        r["name"]: Room.create(**{k: v for k, v in r.items() if k != "names"})
        for r in data["rooms"]
    }
    for kind, records, items, key in (
        ("delegation", delegations, data["delegations"], "code"),
        ("track", tracks, data["tracks"], "name"),
        ("room", rooms, data["rooms"], "name"),
    ):
        for item in items:
            set_names(kind, records[item[key]].id, item.get("names", {}))
    issues = {
        i["code"]: AgendaIssue.create(
            code=i["code"],
            title=i["title"],
            track=tracks[i["track"]],
            description=i["description"],
            priority=i["priority"],
            lead_delegation=delegations[i["lead"]] if i.get("lead") else None,
            status=i["status"],
            due_date=date.fromisoformat(i["due"]) if i.get("due") else None,
            tags=", ".join(i.get("tags", [])),
        )
        for i in data["issues"]
    }
    for i in data["issues"]:
        set_names("issue", issues[i["code"]].id, i.get("names", {}))
    meetings = {
        m["key"]: create_meeting(m, tz, delegations, people, rooms, issues)
        for m in data["meetings"]
    }
    for p in data["positions"]:
        Position.create(
            issue=issues[p["issue"]],
            delegation=delegations[p["delegation"]],
            stance=p["stance"],
            talking_points=p.get("talking_points", ""),
            red_lines=p.get("red_lines", ""),
            fallback=p.get("fallback", ""),
        )
    lenders = {
        le["short_name"]: Lender.create(
            name=le["name"],
            short_name=le["short_name"],
            delegation=delegations[le["delegation"]] if le.get("delegation") else None,
        )
        for le in data["lenders"]
    }
    envelopes = {
        e["key"]: Envelope.create(
            name=e["key"],
            lender=lenders[e["lender"]],
            amount=Decimal(e["amount"]),
            currency=e["currency"],
            description=e.get("description", ""),
        )
        for e in data["envelopes"]
    }
    for r in data["exchange_rates"]:
        ExchangeRate.create(
            currency=r["currency"], rate=Decimal(r["rate"]), as_of=date.fromisoformat(r["as_of"])
        )
    for f in data["financing_requests"]:
        request = FinancingRequest.create(
            code=f["code"],
            title=f["title"],
            borrower=delegations[f["borrower"]],
            lender=lenders[f["lender"]],
            instrument=f["instrument"],
            sector=f.get("sector", ""),
            amount=Decimal(f["amount"]),
            currency=f["currency"],
            status=f["status"],
            issue=issues[f["issue"]] if f.get("issue") else None,
            envelope=envelopes[f["envelope"]] if f.get("envelope") else None,
            notes=f.get("notes", ""),
        )
        for key in f.get("meetings", []):
            FinancingMeeting.create(request=request, meeting=meetings[key])
        FinancingStatusChange.create(
            request=request,
            status=f["status"],
            changed_at=HISTORY_START,
            note="status when the sample was recorded",
        )


def create_meeting(
    m: dict[str, Any],
    tz: str,
    delegations: dict[str, Delegation],
    people: dict[str, Person],
    rooms: dict[str, Room],
    issues: dict[str, AgendaIssue],
) -> Meeting:
    meeting = Meeting.create(
        title=m["title"],
        level=m["level"],
        start=local_to_utc(datetime.fromisoformat(m["start"]), tz),
        end=local_to_utc(datetime.fromisoformat(m["end"]), tz),
        room=rooms[m["room"]] if m.get("room") else None,
        status=m["status"],
        notes=m.get("notes", ""),
        pinned=bool(m.get("pinned", False)),
    )
    for d in m["delegations"]:
        MeetingDelegation.create(meeting=meeting, delegation=delegations[d["code"]], role=d["role"])
    for a in m.get("attendees", []):
        Attendee.create(meeting=meeting, person=people[a["person"]], required=a["required"])
    for order, item in enumerate(m.get("agenda", [])):
        MeetingIssue.create(
            meeting=meeting,
            issue=issues[item["issue"]],
            sort_order=order,
            minutes=item.get("minutes"),
            outcome=item.get("outcome", ""),
        )
    return meeting
