"""Overlapping meetings per delegation, person or room: counted exactly, listed up to a limit.

One sweep in time order keeps, for every resource, the meetings under way. A meeting's
partners are the meetings under way in any of its resources; their number is found without
listing them when the sets are large (by counting the meetings under way per set of
resources), so a programme where everyone is double-booked thousands of times takes time
and memory in proportion to its meetings, not to its pairs. Pairs are listed in full only
up to a limit (or only those of one meeting).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

# Above this many meetings under way in a meeting's resources, its partners are counted by
# resource set (a few sets in a double-booked programme) rather than gathered one by one.
GATHER = 64

Slot = tuple[int, int, int, tuple[int, ...]]  # (start, end, meeting id, resources)


@dataclass
class OverlapGroup:
    """One resource's overlaps on one day: how many pairs, and which meetings."""

    resource: int
    day: Hashable
    pairs: int = 0
    meetings: list[int] = field(default_factory=list)


@dataclass
class Overlaps:
    total: int  # pairs of meetings that overlap and share at least one resource
    partners: dict[int, int]  # meeting -> how many meetings it overlaps so
    listed: list[tuple[int, int, list[int]]]  # (earlier, later, resources shared), in time order
    groups: list[OverlapGroup]


def find_overlaps(
    slots: Sequence[Slot],
    day_of: Callable[[int], Hashable],
    *,
    limit: int,
    focus: int | None = None,
    by_resource: dict[int, list[tuple[int, int, int]]] | None = None,
) -> Overlaps:
    """Every overlap among slots (positive lengths): counted, grouped by resource and day
    (the day of the later meeting's start for pairs, of each meeting's start for meetings),
    and listed up to `limit` pairs, or, given a focus meeting, only the pairs it is in.
    by_resource, when given, is resource_lists(slots)."""
    if by_resource is None:
        by_resource = resource_lists(slots)
    clashing = clashing_slots(slots, by_resource, day_of)
    ordered = sorted(clashing.slots)
    forward = Sweep(day_of, clashing.groups, limit, focus)
    earlier = forward.run(ordered)
    # Later partners: as gathered, or, where some were only counted, counted by resource set.
    later = forward.credited if forward.credited is not None else forward.later(ordered)
    partners = {i: earlier.get(i, 0) + later.get(i, 0) for i in earlier.keys() | later.keys()}
    groups = sorted(forward.groups.values(), key=lambda g: -g.pairs)
    return Overlaps(sum(earlier.values()), partners, forward.listed, groups)


@dataclass
class Clashing:
    slots: list[Slot]  # the meetings that overlap another, each with the resources it shares
    groups: dict[tuple[int, Hashable], OverlapGroup]  # with their meetings, no pairs yet


def resource_lists(slots: Sequence[Slot]) -> dict[int, list[tuple[int, int, int]]]:
    """Each resource's (start, end, meeting id), sorted."""
    by_resource: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for start, end, meeting_id, resources in slots:
        for resource in resources:
            by_resource[resource].append((start, end, meeting_id))
    for items in by_resource.values():
        items.sort()
    return by_resource


def clashing_slots(
    slots: Sequence[Slot],
    by_resource: dict[int, list[tuple[int, int, int]]],
    day_of: Callable[[int], Hashable],
) -> Clashing:
    """Which meetings overlap another in which resource, found per resource in sorted order
    (one that began earlier is still under way, or the next one begins before it ends); the
    sweep needs no other meeting or resource, and in a working programme most are neither."""
    clashes: dict[int, list[int]] = defaultdict(list)  # meeting -> resources it clashes in
    groups: dict[tuple[int, Hashable], OverlapGroup] = {}
    for resource, items in by_resource.items():
        if len(items) < 2:
            continue
        latest = None  # the latest end before this one
        for index, (start, end, meeting_id) in enumerate(items):
            after = index + 1 < len(items) and items[index + 1][0] < end
            if after or (latest is not None and latest > start):
                clashes[meeting_id].append(resource)
            if latest is None or end > latest:
                latest = end
    for meeting_id, resources in clashes.items():
        for resource in resources:
            key = (resource, day_of(meeting_id))
            group = groups.get(key)
            if group is None:
                group = groups[key] = OverlapGroup(*key)
            group.meetings.append(meeting_id)
    kept = [
        (start, end, meeting_id, tuple(clashes[meeting_id]))
        for start, end, meeting_id, _resources in slots
        if meeting_id in clashes
    ]
    return Clashing(kept, groups)


class Sweep:
    """One pass over slots sorted by start: for each meeting, how many earlier meetings it
    overlaps (sharing a resource), and, when asked, groups and the first pairs in full."""

    def __init__(
        self,
        day_of: Callable[[int], Hashable],
        groups: dict[tuple[int, Hashable], OverlapGroup],
        limit: int,
        focus: int | None,
    ) -> None:
        self.day_of = day_of
        self.groups = groups  # pairs are added to them
        self.limit = limit
        self.focus = focus
        self.listed: list[tuple[int, int, list[int]]] = []
        self.credited: Counter | None = Counter()  # later partners, while all are gathered
        self.classes: Counter | None = None  # resource set -> meetings under way with it
        self.under_way: list[tuple[int, int]] = []  # (end, resource set), a heap
        self.rank: dict[int, int] = {}  # resource -> its bit in a resource set

    def run(self, ordered: Sequence[Slot]) -> dict[int, int]:
        heaps: dict[int, list[tuple[int, int]]] = defaultdict(list)  # (end, id) per resource
        members: dict[int, set[int]] = defaultdict(set)
        # Meetings under way that need more than one resource (the others are never counted
        # twice, and their later partners are counted by how many came while they lasted).
        shared: dict[int, set[int]] = defaultdict(set)
        seen: Counter = Counter()  # resource -> meetings so far
        entered: dict[int, int] = {}  # a one-resource meeting -> seen[resource] at its start
        earlier: dict[int, int] = {}
        groups, day_of = self.groups, self.day_of
        for position, (start, end, meeting_id, resources) in enumerate(ordered):
            if self.classes is not None:
                self.retire(start)
            busy: list[tuple[int, set[int]]] = []
            for resource in resources:
                heap, active = heaps[resource], members[resource]
                while heap and heap[0][0] <= start:
                    gone = heapq.heappop(heap)[1]
                    active.discard(gone)
                    shared[resource].discard(gone)
                    if gone in entered:
                        self.credit(gone, seen[resource] - entered.pop(gone))
                if active:
                    busy.append((resource, active))
                    groups[(resource, day_of(meeting_id))].pairs += len(active)
            if busy:
                earlier[meeting_id] = self.count(busy, shared, resources, ordered, position)
                self.list_pairs(meeting_id, busy)
            for resource in resources:
                seen[resource] += 1
                heapq.heappush(heaps[resource], (end, meeting_id))
                members[resource].add(meeting_id)
                if len(resources) > 1:
                    shared[resource].add(meeting_id)
                else:
                    entered[meeting_id] = seen[resource]
            if self.classes is not None:
                self.enter(end, resources)
        for resource, heap in heaps.items():
            for _end, meeting_id in heap:
                if meeting_id in entered:
                    self.credit(meeting_id, seen[resource] - entered.pop(meeting_id))
        return earlier

    def credit(self, meeting_id: int, later: int) -> None:
        if later and self.credited is not None:
            self.credited[meeting_id] += later

    def count(self, busy, shared, resources, ordered, position) -> int:
        """How many meetings under way share a resource with this one (its earlier
        partners); those needing more than one resource are credited with it as a later
        partner while every partner is gathered."""
        if len(busy) == 1:
            resource, active = busy[0]
            if self.credited is not None:
                self.credited.update(shared[resource])
            return len(active)
        gathering = sum(len(active) for _, active in busy)
        if gathering > GATHER and self.classes is None:
            self.start_classes(ordered, position, ordered[position][0])
        if self.classes is not None and len(self.classes) * 4 < gathering:
            self.credited = None  # from now on later partners are counted by resource set
            mask = self.mask(resources)
            return sum(n for other, n in self.classes.items() if other & mask)
        several = set().union(*(shared[resource] for resource, _ in busy))
        if self.credited is not None:
            self.credited.update(several)
        alone = sum(len(active) - len(shared[resource]) for resource, active in busy)
        return alone + len(several)

    def list_pairs(self, meeting_id: int, busy: list[tuple[int, set[int]]]) -> None:
        focus = self.focus
        if focus is None and len(self.listed) >= self.limit:
            return
        if focus is not None and focus != meeting_id:
            shared = [resource for resource, active in busy if focus in active]
            if shared:
                self.listed.append((focus, meeting_id, shared))
            return
        found: dict[int, list[int]] = defaultdict(list)
        for resource, active in busy:
            for other in active:
                found[other].append(resource)
        # In the order found; the rest of the list is cut at the limit.
        room = len(found) if focus is not None else self.limit - len(self.listed)
        for other in sorted(found)[:room]:
            self.listed.append((other, meeting_id, found[other]))

    # Counting partners by resource set: a set with no resource in common is left out.

    def mask(self, resources: tuple[int, ...]) -> int:
        bits = 0
        for resource in resources:
            bits |= 1 << self.rank.setdefault(resource, len(self.rank))
        return bits

    def later(self, ordered: Sequence[Slot]) -> dict[int, int]:
        """For each meeting, how many meetings that start after it (in sweep order) it
        overlaps: those before the first start at or after its end, sharing a resource."""
        starts = [start for start, _end, _id, _resources in ordered]
        positions: dict[int, list[int]] = defaultdict(list)  # resource set -> sweep positions
        masks = [self.mask(resources) for _s, _e, _i, resources in ordered]
        for position, mask in enumerate(masks):
            positions[mask].append(position)
        later: dict[int, int] = {}
        for position, (_start, end, meeting_id, _resources) in enumerate(ordered):
            stop = bisect_left(starts, end, position + 1)
            if stop == position + 1:
                continue
            mask = masks[position]
            count = 0
            for other, places in positions.items():
                if other & mask:
                    count += bisect_left(places, stop) - bisect_right(places, position)
            if count:
                later[meeting_id] = count
        return later

    def start_classes(self, ordered, position: int, start: int) -> None:
        self.classes = Counter()
        for _start, end, _id, resources in ordered[:position]:
            if end > start:
                self.enter(end, resources)

    def enter(self, end: int, resources: tuple[int, ...]) -> None:
        mask = self.mask(resources)
        heapq.heappush(self.under_way, (end, mask))
        self.classes[mask] += 1

    def retire(self, start: int) -> None:
        under_way, classes = self.under_way, self.classes
        while under_way and under_way[0][0] <= start:
            _end, mask = heapq.heappop(under_way)
            classes[mask] -= 1
            if not classes[mask]:
                del classes[mask]
