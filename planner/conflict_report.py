"""What the conflict engine reports: each conflict, the groups of overlaps that are counted
but not listed, and the report that counts them all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from planner.conflict_words import explain_group

if TYPE_CHECKING:
    from planner.conflict_words import Explainer
    from planner.overlaps import OverlapGroup


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ConflictKind(StrEnum):
    DELEGATION_OVERLAP = "delegation_overlap"
    PERSON_OVERLAP = "person_overlap"
    ROOM_OVERLAP = "room_overlap"
    OUTSIDE_SUMMIT = "outside_summit"
    ROOM_TOO_SMALL = "room_too_small"
    SHORT_TRANSFER = "short_transfer"
    LEVEL_MISMATCH = "level_mismatch"
    NO_ROOM = "no_room"


SEVERITY = {
    ConflictKind.DELEGATION_OVERLAP: Severity.ERROR,
    ConflictKind.PERSON_OVERLAP: Severity.ERROR,
    ConflictKind.ROOM_OVERLAP: Severity.ERROR,
    ConflictKind.OUTSIDE_SUMMIT: Severity.ERROR,
    ConflictKind.ROOM_TOO_SMALL: Severity.ERROR,
    ConflictKind.SHORT_TRANSFER: Severity.WARNING,
    ConflictKind.LEVEL_MISMATCH: Severity.WARNING,
    ConflictKind.NO_ROOM: Severity.WARNING,
}

if TYPE_CHECKING:
    # One kind's overlap groups, with what names them: (kind, groups, words, describe).
    KindGroups = tuple[ConflictKind, list[OverlapGroup[date]], Explainer, Callable[[int], str]]


@dataclass
class Conflict:
    """One clash. Its message is written only when asked for: a large summit may have
    thousands of conflicts of which a window shows a few. (Not frozen: a frozen dataclass
    is several times slower to create, and the engine creates thousands.)"""

    kind: ConflictKind
    severity: Severity
    meetings: tuple[int, ...]
    explain: Callable[[], str] = field(compare=False, repr=False)

    @cached_property
    def message(self) -> str:
        return self.explain()

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "meetings": list(self.meetings),
            "message": self.message,
        }


@dataclass
class ConflictGroup:
    """Many overlaps of one delegation, person or room on one day, counted, not listed."""

    kind: ConflictKind
    severity: Severity
    resource: int
    day: date
    pairs: int  # pairs of its meetings that overlap
    meetings: tuple[int, ...]  # its meetings that overlap another of its meetings
    explain: Callable[[], str] = field(compare=False, repr=False)

    @cached_property
    def message(self) -> str:
        return self.explain()

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "day": self.day.isoformat(),
            "pairs": self.pairs,
            "meetings": len(self.meetings),
            "message": self.message,
        }


@dataclass(frozen=True)
class ConflictReport:
    """Every conflict counted exactly; the first `listed` ones in full (errors first, then in
    time order); overlaps grouped by delegation, person or room and day; and, for every
    meeting, how many errors and warnings it is part of."""

    listed: list[Conflict] = field(default_factory=list)
    counts: dict[ConflictKind, int] = field(default_factory=dict)
    # The overlaps of each kind by resource and day, as (kind, groups, words, describe):
    # made into ConflictGroups only when asked for (there is one per clashing resource and
    # day, tens of thousands in a large summit).
    overlap_groups: list[KindGroups] = field(default_factory=list, repr=False)
    errors_of: Counter[int] = field(default_factory=Counter)  # meeting -> errors it is part of
    warnings_of: Counter[int] = field(default_factory=Counter)
    by_meeting: dict[int, list[Conflict]] = field(default_factory=dict)  # the listed ones

    @cached_property
    def groups(self) -> list[ConflictGroup]:
        """Every group, errors first, the most pairs first."""
        made = []
        for kind, groups, words, describe in self.overlap_groups:
            room = kind is ConflictKind.ROOM_OVERLAP
            for group in groups:
                explain = partial(explain_group, words, room, describe, group)
                made.append(
                    ConflictGroup(
                        kind,
                        SEVERITY[kind],
                        group.resource,
                        group.day,
                        group.pairs,
                        tuple(group.meetings),
                        explain,
                    )
                )
        made.sort(key=lambda g: (g.severity is not Severity.ERROR, -g.pairs, g.day))
        return made

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def errors(self) -> int:
        return sum(n for kind, n in self.counts.items() if SEVERITY[kind] is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.total - self.errors

    @property
    def cut(self) -> bool:
        """Whether some conflicts are counted but not listed."""
        return self.total > len(self.listed)

    def marks(self, meeting_id: int) -> tuple[int, int]:
        """(errors, warnings) a meeting is part of, listed or not."""
        return self.errors_of[meeting_id], self.warnings_of[meeting_id]

    def severity_of(self, meeting_id: int) -> Severity | None:
        """The worst conflict a meeting is part of, or None."""
        if self.errors_of[meeting_id]:
            return Severity.ERROR
        return Severity.WARNING if self.warnings_of[meeting_id] else None
