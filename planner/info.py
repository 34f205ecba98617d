"""A summit file at a glance: its description and how many of each thing it holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.models import (
    AgendaIssue,
    Delegation,
    FinancingRequest,
    Meeting,
    Person,
    Position,
    Room,
    Summit,
)


@dataclass(frozen=True)
class SummitInfo:
    name: str
    city: str
    venue: str
    first_day: str
    last_day: str
    timezone: str
    home_delegation: str | None
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "summit": {
                "name": self.name,
                "city": self.city,
                "venue": self.venue,
                "first_day": self.first_day,
                "last_day": self.last_day,
                "timezone": self.timezone,
                "home_delegation": self.home_delegation,
            },
            **self.counts,
        }


COUNTED = {
    "delegations": Delegation,
    "people": Person,
    "rooms": Room,
    "meetings": Meeting,
    "issues": AgendaIssue,
    "positions": Position,
    "financing_requests": FinancingRequest,
}


def summit_info() -> SummitInfo:
    summit = Summit.get()
    delegation = summit.home_delegation if summit.home_delegation_id else None  # read when set
    home = delegation.code if delegation else None
    return SummitInfo(
        name=summit.name,
        city=summit.city,
        venue=summit.venue,
        first_day=summit.first_day.isoformat(),
        last_day=summit.last_day.isoformat(),
        timezone=summit.timezone,
        home_delegation=home,
        counts={key: model.select().count() for key, model in COUNTED.items()},
    )
