"""Tracks, the groups agenda issues belong to: listing, checking and the undoable operations
(a track with issues is deleted only by moving them to another)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import fn

from db.models import AgendaIssue, Track
from planner import records, row_versions
from planner.display_names import names_in_language
from planner.errors import InUseError, PlannerError, ValidationError
from planner.local_names import check_free
from planner.records import RecordChanges, Row
from planner.translation import tr, trn

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class TrackRow:
    id: int
    name: str
    colour: str
    sort_order: int
    issues: int


def new_track_defaults() -> Row:
    """What a new track's form starts with: a colour, and the place after the last track."""
    last = Track.select(fn.MAX(Track.sort_order)).scalar()
    return {"colour": "#6A5ACD", "sort_order": (last or 0) + 1}


def list_tracks() -> list[TrackRow]:
    counts = dict(
        AgendaIssue.select(AgendaIssue.track, fn.COUNT(AgendaIssue.id))
        .group_by(AgendaIssue.track)
        .tuples()
    )
    query = Track.select().order_by(Track.sort_order, Track.name)
    shown = names_in_language("track")
    return [
        TrackRow(t.id, shown.get(t.id, t.name), t.colour, t.sort_order, counts.get(t.id, 0))
        for t in query
    ]


def fetch_track(track_id: int) -> Row:
    return records.fetch(Track, track_id)


def validate_track(values: Row, row_id: int | None = None) -> Row:
    name = str(values.get("name") or "").strip()
    if not name:
        raise ValidationError("name", tr("The track has no name; type one."))
    # case-folded in every alphabet, against every track's names in every language
    check_free("track", name, row_id)
    colour = str(values.get("colour") or "#808080").strip()
    if not COLOUR.match(colour):
        raise ValidationError(
            "colour", tr("“{colour}” is not a colour; use the form #1F77B4.").format(colour=colour)
        )
    order = values.get("sort_order")
    if order is None:
        order = (Track.select(fn.MAX(Track.sort_order)).scalar() or 0) + 1
    return {"name": name, "colour": colour.upper(), "sort_order": int(order)}


@dataclass
class TrackRemoval:
    """A track to delete, with its issues moved to another track first (undo moves them back)."""

    track: Row
    move_to: int | None
    issue_ids: list[int]


class TrackOperations(RecordChanges):
    """Undoable editing of tracks; a track with issues is deleted only by moving them."""

    kind = "track"

    def add(self, values: Row) -> int:
        return records.create(Track, validate_track(values))

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        current = records.fetch(Track, row_id)
        cleaned = validate_track({**current, **values}, row_id)
        changed = {k: v for k, v in cleaned.items() if current.get(k) != v}
        if not changed:
            return None
        return records.update(Track, row_id, changed), changed

    def plan_removal(self, row_ids: list[int], move_to: int | None = None) -> TrackRemoval:
        if len(row_ids) != 1:
            raise PlannerError(tr("Delete one track at a time."))
        track = records.fetch(Track, row_ids[0])
        issue_ids = [
            i
            for (i,) in AgendaIssue.select(AgendaIssue.id)
            .where(AgendaIssue.track == track["id"])
            .tuples()
        ]
        if issue_ids and move_to is None:
            raise InUseError(
                trn(
                    "The track %1 has %n issue; choose the track it moves to.",
                    "The track %1 has %n issues; choose the track they move to.",
                    len(issue_ids),
                ).replace("%1", track["name"])
            )
        if move_to == track["id"] or (
            move_to is not None and not Track.select().where(Track.id == move_to).exists()
        ):
            raise ValidationError("track", tr("Choose another existing track for its issues."))
        return TrackRemoval(track, move_to, issue_ids)

    def remove(self, plan: TrackRemoval) -> None:
        with records.writing(tr("Deleting the track {name}").format(name=plan.track["name"])):
            if plan.issue_ids:
                AgendaIssue.update(track=plan.move_to).where(
                    AgendaIssue.id.in_(plan.issue_ids)
                ).execute()
            row_versions.deleted(Track, [plan.track["id"]], [plan.track])  # if unchanged since

    def restore(self, plan: TrackRemoval) -> None:
        with records.writing(tr("Restoring the track {name}").format(name=plan.track["name"])):
            Track.insert(plan.track).execute()
            if plan.issue_ids:
                AgendaIssue.update(track=plan.track["id"]).where(
                    AgendaIssue.id.in_(plan.issue_ids)
                ).execute()


TRACK_OPERATIONS = TrackOperations()
