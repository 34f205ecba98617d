"""Overlapping meetings per delegation, person or room: counted exactly, listed up to a limit.

Each resource's meetings are swept in time order once, counting for every meeting how many
of the resource's meetings it overlaps and adding up the pairs, without listing them; so a
programme where everyone is double-booked thousands of times takes time and memory in
proportion to its meetings, not to its pairs. A pair of meetings that shares two resources
(two delegations, say) is counted once per resource there; those pairs can only be between
meetings that clash in two resources or more, and one more sweep over those meetings alone
finds the difference (a working programme has few of them). Pairs are listed in full only up
to a limit, the earliest first (or only those of one meeting).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from itertools import islice

# Above this many meetings under way in a meeting's resources, its partners are counted by
# resource set (a few sets in a double-booked programme) rather than gathered one by one.
GATHER = 64

Slot = tuple[int, int, int, tuple[int, ...]]  # (start, end, meeting id, resources)
Item = tuple[int, int, int]  # (start, end, meeting id) in one resource's list


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
    listed: list[tuple[int, int, list[int]]]  # (earlier, later, resources shared)
    groups: list[OverlapGroup]


def find_overlaps(
    slots: Sequence[Slot],
    day_of: Callable[[int], Hashable],
    *,
    limit: int,
    focus: int | None = None,
    by_resource: dict[int, list[Item]] | None = None,
) -> Overlaps:
    """Every overlap among slots (positive lengths): counted, grouped by resource and day
    (the day of the later meeting's start for pairs, of each meeting's start for meetings),
    and listed up to `limit` pairs, or, given a focus meeting, only the pairs it is in.
    by_resource, when given, is resource_lists(slots)."""
    if by_resource is None:
        by_resource = resource_lists(slots)
    tally = Tally(day_of, limit if focus is None else 0)
    for resource, items in by_resource.items():
        tally.sweep(resource, items)
    # Pairs sharing several resources were counted once for each: take the difference.
    several = [
        (*tally.spans[meeting_id], meeting_id, tuple(resources))
        for meeting_id, resources in tally.clashes.items()
        if len(resources) > 1
    ]
    distinct = Distinct().run(sorted(several)) if several else None
    partners = tally.partners
    total = tally.pairs
    if distinct is not None:
        total -= distinct.surplus
        for meeting_id, surplus in distinct.surplus_of.items():
            partners[meeting_id] -= surplus
    if focus is not None:
        pairs = pairs_of(focus, by_resource)
    else:  # the earliest first; a pair sharing two resources was chosen twice
        pairs = list(dict.fromkeys((a, b) for _start, a, b in sorted(tally.chosen)))
    needs = {meeting_id: resources for _s, _e, meeting_id, resources in slots} if pairs else {}
    listed = [(a, b, [r for r in needs[b] if r in needs[a]]) for a, b in pairs]
    groups = sorted(tally.groups.values(), key=lambda g: -g.pairs)
    return Overlaps(total, partners, listed, groups)


def resource_lists(slots: Sequence[Slot]) -> dict[int, list[Item]]:
    """Each resource's (start, end, meeting id), sorted."""
    by_resource: dict[int, list[Item]] = defaultdict(list)
    for start, end, meeting_id, resources in slots:
        for resource in resources:
            by_resource[resource].append((start, end, meeting_id))
    for items in by_resource.values():
        items.sort()
    return by_resource


class Tally:
    """Per resource: how many of its meetings each meeting overlaps, the pairs per day, which
    meetings clash in which resources; and the `limit` pairs whose later meeting starts
    first (listed as found, which is in time order within a resource, so that a resource
    is passed over once its pairs start no earlier than the latest chosen)."""

    def __init__(self, day_of: Callable[[int], Hashable], limit: int) -> None:
        self.day_of = day_of
        self.limit = limit
        self.pairs = 0  # counted once per resource shared
        self.partners: dict[int, int] = {}  # meeting -> partners, once per resource shared
        self.clashes: dict[int, list[int]] = defaultdict(list)  # meeting -> its resources
        self.spans: dict[int, tuple[int, int]] = {}  # meeting -> (start, end), if it clashes
        self.groups: dict[tuple[int, Hashable], OverlapGroup] = {}
        # The `limit` pairs whose later meeting starts first, as (-start, earlier, later):
        # a heap whose top is the latest of them.
        self.chosen: list[tuple[int, int, int]] = []

    def sweep(self, resource: int, items: list[Item]) -> None:
        if len(items) < 2 or not overlapping(items):
            return
        earlier: dict[int, int] = {}  # position -> partners in this resource that began before
        later: dict[int, int] = {}  # position -> those that began while it lasted
        heap: list[tuple[int, int]] = []  # (end, position) of the meetings under way
        chosen, limit = self.chosen, self.limit
        choosing = limit > 0
        for index, (start, end, meeting_id) in enumerate(items):
            while heap and heap[0][0] <= start:
                entered = heapq.heappop(heap)[1]
                if index - entered > 1:
                    later[entered] = index - entered - 1
            if heap:
                earlier[index] = len(heap)
                if choosing:
                    if len(chosen) >= limit and -chosen[0][0] <= start:
                        choosing = False  # the rest of this resource starts later
                    else:
                        for _end, other in heap:
                            heapq.heappush(chosen, (-start, items[other][2], meeting_id))
                        while len(chosen) > limit:
                            heapq.heappop(chosen)
            heapq.heappush(heap, (end, index))
        last = len(items) - 1
        for _end, entered in heap:
            if last > entered:
                later[entered] = last - entered
        self.pairs += sum(earlier.values())
        partners, clashes, spans, groups, day_of = (
            self.partners,
            self.clashes,
            self.spans,
            self.groups,
            self.day_of,
        )
        for index in sorted(earlier.keys() | later.keys()):
            start, end, meeting_id = items[index]
            count = earlier.get(index, 0)
            partners[meeting_id] = partners.get(meeting_id, 0) + count + later.get(index, 0)
            clashes[meeting_id].append(resource)
            spans[meeting_id] = (start, end)
            key = (resource, day_of(meeting_id))
            group = groups.get(key)
            if group is None:
                group = groups[key] = OverlapGroup(*key)
            group.pairs += count
            group.meetings.append(meeting_id)


def overlapping(items: list[Item]) -> bool:
    """Whether any two of a resource's sorted meetings overlap: then two neighbours do."""
    previous = items[0][1]
    for start, end, _id in islice(items, 1, None):
        if start < previous:
            return True
        previous = end
    return False


def pairs_of(focus: int, by_resource: dict[int, list[Item]]) -> list[tuple[int, int]]:
    """Every pair the focus meeting is in, the earlier meeting first."""
    found: dict[tuple[int, int], None] = {}
    for items in by_resource.values():
        mine = [item for item in items if item[2] == focus]
        if not mine:
            continue
        start, end, _id = mine[0]
        for item in items:
            if item[0] >= end:
                break
            if item[2] != focus and item[1] > start:
                found[(item[2], focus) if item < mine[0] else (focus, item[2])] = None
    return list(found)


class Distinct:
    """One sweep over the meetings that clash in several resources, each with those: how
    many pairs among them share more than one resource, counted once per extra resource
    (the surplus), in all and per meeting."""

    def __init__(self) -> None:
        self.credited: Counter | None = Counter()  # later partners, while all are gathered
        self.classes: Counter | None = None  # resource set -> meetings under way with it
        self.under_way: list[tuple[int, int]] = []  # (end, resource set), a heap
        self.rank: dict[int, int] = {}  # resource -> its bit in a resource set
        self.surplus = 0
        self.surplus_of: Counter = Counter()

    def run(self, ordered: Sequence[Slot]) -> Distinct:
        heaps: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # (end, seen, id)
        members: dict[int, set[int]] = defaultdict(set)
        seen: Counter = Counter()  # resource -> meetings so far
        counted: Counter = Counter()  # meeting -> partners, once per resource shared
        earlier: Counter = Counter()  # meeting -> distinct partners that began before
        for position, (start, _end, meeting_id, resources) in enumerate(ordered):
            if self.classes is not None:
                self.retire(start)
            busy: list[set[int]] = []
            for resource in resources:
                heap, active = heaps[resource], members[resource]
                while heap and heap[0][0] <= start:
                    _end_, entered, gone = heapq.heappop(heap)
                    active.discard(gone)
                    counted[gone] += seen[resource] - entered
                if active:
                    busy.append(active)
                    counted[meeting_id] += len(active)
            if busy:
                earlier[meeting_id] = self.count(busy, resources, ordered, position)
            for resource in resources:
                seen[resource] += 1
                heapq.heappush(heaps[resource], (ordered[position][1], seen[resource], meeting_id))
                members[resource].add(meeting_id)
            if self.classes is not None:
                self.enter(ordered[position][1], resources)
        for resource, heap in heaps.items():
            for _end, entered, meeting_id in heap:
                counted[meeting_id] += seen[resource] - entered
        later = self.credited if self.credited is not None else self.later(ordered)
        self.surplus = (sum(counted.values()) // 2) - sum(earlier.values())
        for meeting_id, count in counted.items():
            extra = count - earlier[meeting_id] - later[meeting_id]
            if extra:
                self.surplus_of[meeting_id] = extra
        return self

    def count(self, busy: list[set[int]], resources, ordered, position) -> int:
        """How many meetings under way share a resource with this one; each is credited
        with it as a later partner while every partner is gathered."""
        gathering = sum(len(active) for active in busy)
        if gathering > GATHER and self.classes is None:
            self.start_classes(ordered, position, ordered[position][0])
        if self.classes is not None and len(self.classes) * 4 < gathering:
            self.credited = None  # from now on later partners are counted by resource set
            mask = self.mask(resources)
            return sum(n for other, n in self.classes.items() if other & mask)
        partners = set().union(*busy)
        if self.credited is not None:
            self.credited.update(partners)
        return len(partners)

    def later(self, ordered: Sequence[Slot]) -> Counter:
        """For each meeting, how many meetings that start after it (in sweep order) it
        overlaps: those before the first start at or after its end, sharing a resource."""
        starts = [start for start, _end, _id, _resources in ordered]
        positions: dict[int, list[int]] = defaultdict(list)  # resource set -> sweep positions
        masks = [self.mask(resources) for _s, _e, _i, resources in ordered]
        for position, mask in enumerate(masks):
            positions[mask].append(position)
        later: Counter = Counter()
        for position, (_start, end, meeting_id, _resources) in enumerate(ordered):
            stop = bisect_left(starts, end, position + 1)
            if stop == position + 1:
                continue
            mask = masks[position]
            for other, places in positions.items():
                if other & mask:
                    later[meeting_id] += bisect_left(places, stop) - bisect_right(places, position)
        return later

    # Counting partners by resource set: a set with no resource in common is left out.

    def mask(self, resources: tuple[int, ...]) -> int:
        bits = 0
        for resource in resources:
            bits |= 1 << self.rank.setdefault(resource, len(self.rank))
        return bits

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
