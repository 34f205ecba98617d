"""Issue codes: their form, a track's prefix, the next free number, and a typed code checked."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from peewee import fn

from db.models import AgendaIssue, Track
from planner.errors import ValidationError
from planner.translation import tr

CODE = re.compile(r"^[A-Z][A-Z0-9]{0,9}-\d{1,4}[A-Z]?$")
CODE_PARTS = re.compile(r"^([A-Z][A-Z0-9]*)-(\d+)$")


def prefix_of(track_id: int) -> str:
    """The code prefix of a track: the one its issues use most, else its name's first letters."""
    codes = AgendaIssue.select(AgendaIssue.code).where(AgendaIssue.track == track_id).tuples()
    prefixes = Counter(m.group(1) for (code,) in codes if (m := CODE_PARTS.match(code)))
    if prefixes:
        return prefixes.most_common(1)[0][0]
    track = Track.get_or_none(Track.id == track_id)
    letters = re.sub(r"[^A-Za-z]", "", track.name if track else "") or "ISS"
    return letters[:3].upper()


def propose_code(track_id: int) -> str:
    """The next free code of the track: ECO-12 follows ECO-11."""
    prefix = prefix_of(track_id)
    numbers = [
        int(m.group(2))
        for (code,) in AgendaIssue.select(AgendaIssue.code)
        .where(AgendaIssue.code.startswith(f"{prefix}-"))
        .tuples()
        if (m := CODE_PARTS.match(code))
    ]
    width = 2
    return f"{prefix}-{max(numbers, default=0) + 1:0{width}d}"


def checked_code(typed: Any, track_id: int, row_id: int | None = None) -> str:
    """The typed code in capitals, or the track's next free one if none was typed; raise
    ValidationError if it is not a code or another issue (not row_id) already has it."""
    code = str(typed or "").strip().upper() or propose_code(track_id)
    if not CODE.match(code):
        raise ValidationError(
            "code",
            tr(
                "“{code}” is not an issue code; use letters, a hyphen and a number, e.g. ECO-07."
            ).format(code=code),
        )
    taken = AgendaIssue.select().where(fn.UPPER(AgendaIssue.code) == code)
    if row_id is not None:
        taken = taken.where(AgendaIssue.id != row_id)
    if taken.exists():
        raise ValidationError(
            "code", tr("Another issue already has the code {code}.").format(code=code)
        )
    return code
