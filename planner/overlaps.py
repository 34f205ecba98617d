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
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Generic, TypeVar

# Above this many meetings under way in a meeting's resources, its partners are counted by
# resource set (a few sets in a double-booked programme) rather than gathered one by one.
GATHER = 64

Slot = tuple[int, int, int, tuple[int, ...]]  # (start, end, meeting id, resources)
Item = tuple[int, int, int]  # (start, end, meeting id) in one resource's list
Day = TypeVar("Day", bound=Hashable)  # what a meeting's day is told by (the engine: a date)


@dataclass
class OverlapGroup(Generic[Day]):
    """One resource's overlaps on one day: how many pairs, and which meetings."""

    resource: int
    day: Day
    pairs: int = 0
    meetings: list[int] = field(default_factory=list)


@dataclass
class Overlaps(Generic[Day]):
    total: int  # pairs of meetings that overlap and share at least one resource
    partners: dict[int, int]  # meeting -> how many meetings it overlaps so
    listed: list[tuple[int, int, list[int]]]  # (earlier, later, resources shared)
    groups: list[OverlapGroup[Day]]
    clashes: dict[int, list[int]]  # meeting -> the resources it clashes in

    def shared(self, a: int, b: int) -> list[int]:
        """The resources two overlapping meetings share: those both clash in."""
        theirs = self.clashes[a]
        return [r for r in self.clashes[b] if r in theirs]


class Earliest:
    """The `limit` pairs whose later meeting starts first, of one or several sweeps (told
    apart by a tag): a heap of (-start, tag, earlier, later) whose top is the latest."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.heap: list[tuple[int, Hashable, int, int]] = []

    def closed(self, start: int) -> bool:
        """Whether no pair of a later meeting starting then can be kept any more."""
        heap = self.heap
        return len(heap) >= self.limit and (not heap or -heap[0][0] <= start)

    def add(self, start: int, tag: Hashable, earlier: int, later: int) -> None:
        heapq.heappush(self.heap, (-start, tag, earlier, later))

    def trim(self) -> None:
        while len(self.heap) > self.limit:
            heapq.heappop(self.heap)

    def pairs(self, tag: Hashable) -> list[tuple[int, int]]:
        """The tag's pairs kept, the earliest first (a pair sharing two resources once)."""
        kept = sorted((-start, a, b) for start, t, a, b in self.heap if t == tag)
        return list(dict.fromkeys((a, b) for _start, a, b in kept))


def find_overlaps(
    by_resource: dict[int, list[Item]],
    days: Mapping[int, Day],
    *,
    limit: int,
    focus: int | None = None,
    earliest: Earliest | None = None,
    tag: Hashable = None,
) -> Overlaps[Day]:
    """Every overlap among each resource's meetings (sorted, positive lengths; see
    resource_lists): counted, grouped by resource and day (`days` gives each meeting's; a
    pair's is its later meeting's), and listed up to `limit` pairs, or, given a focus
    meeting, only the pairs it is in. Given `earliest`, shared with other sweeps, the pairs
    are kept there under `tag` instead, and listed by none (see Earliest.pairs)."""
    own: Earliest | None = None  # the pairs are kept here, to be listed
    if earliest is None and focus is None:
        own = earliest = Earliest(limit)
    tally = Tally(days, None if focus is not None else earliest, tag)
    for resource, items in by_resource.items():
        tally.sweep(resource, items)
    # Pairs sharing several resources were counted once for each: take the difference.
    several = [
        (*tally.spans[meeting_id][:2], meeting_id, tuple(resources))
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
    groups = list(tally.groups.values())
    found = Overlaps(total, partners, [], groups, tally.clashes)
    if focus is not None:
        pairs = pairs_of(focus, by_resource)
    else:
        pairs = own.pairs(tag) if own is not None else []
    found.listed = [(a, b, found.shared(a, b)) for a, b in pairs]
    return found


def resource_lists(slots: Sequence[Slot]) -> dict[int, list[Item]]:
    """Each resource's (start, end, meeting id), sorted."""
    by_resource: dict[int, list[Item]] = defaultdict(list)
    for start, end, meeting_id, resources in slots:
        for resource in resources:
            by_resource[resource].append((start, end, meeting_id))
    for items in by_resource.values():
        items.sort()
    return by_resource


class Tally(Generic[Day]):
    """Per resource: how many of its meetings each meeting overlaps, the pairs per day, which
    meetings clash in which resources; and the `limit` pairs whose later meeting starts
    first (listed as found, which is in time order within a resource, so that a resource
    is passed over once its pairs start no earlier than the latest chosen)."""

    def __init__(self, days: Mapping[int, Day], earliest: Earliest | None, tag: Hashable) -> None:
        self.days = days
        self.earliest = earliest
        self.tag = tag
        self.pairs = 0  # counted once per resource shared
        self.partners: dict[int, int] = {}  # meeting -> partners, once per resource shared
        self.clashes: dict[int, list[int]] = defaultdict(list)  # meeting -> its resources
        self.spans: dict[int, Item] = {}  # meeting -> (start, end, id), if it clashes
        self.groups: dict[tuple[int, Day], OverlapGroup[Day]] = {}

    def sweep(self, resource: int, items: list[Item]) -> None:
        if len(items) < 2 or not overlapping(items):
            return
        # With positive lengths, a meeting's partners are those that start before it ends
        # less those that end by its start (all of which start before it): two binary
        # searches each, in C, however many partners it has.
        starts = [start for start, _end, _id in items]
        ends_in_order = [end for _start, end, _id in items]
        ends = sorted(ends_in_order)
        ended = list(map(partial(bisect_right, ends), starts))  # ended by each start
        begun = list(map(partial(bisect_left, starts), ends_in_order))  # begun by each end
        partners, clashes, spans, groups, days, earliest = (
            self.partners,
            self.clashes,
            self.spans,
            self.groups,
            self.days,
            self.earliest,
        )
        for index, (began, over) in enumerate(zip(begun, ended, strict=True)):
            count = began - over - 1
            if not count:
                continue
            meeting_id = items[index][2]
            earlier = index - over  # those that began before it (in sweep order)
            self.pairs += earlier
            if earlier and earliest is not None:
                self.choose(earliest, items, index, earlier)
            partners[meeting_id] = partners.get(meeting_id, 0) + count
            resources = clashes[meeting_id]
            resources.append(resource)
            if len(resources) == 2:
                spans[meeting_id] = items[index]
            key = (resource, days[meeting_id])
            group = groups.get(key)
            if group is None:
                group = groups[key] = OverlapGroup(*key)
            group.pairs += earlier
            group.meetings.append(meeting_id)

    def choose(self, earliest: Earliest, items: list[Item], index: int, earlier: int) -> None:
        """Offer the pairs of items[index] and the meetings under way at its start."""
        start, _end, meeting_id = items[index]
        if earliest.closed(start):
            return
        found = 0
        for other in range(index - 1, -1, -1):  # back until every earlier partner is found
            if items[other][1] > start:
                earliest.add(start, self.tag, items[other][2], meeting_id)
                found += 1
                if found == earlier:
                    break
        earliest.trim()


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
        self.credited: Counter[int] | None = Counter()  # later partners, while all are gathered
        self.classes: Counter[int] | None = None  # resource set -> meetings under way with it
        self.under_way: list[tuple[int, int]] = []  # (end, resource set), a heap
        self.rank: dict[int, int] = {}  # resource -> its bit in a resource set
        self.surplus = 0
        self.surplus_of: Counter[int] = Counter()

    def run(self, ordered: Sequence[Slot]) -> Distinct:
        heaps: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # (end, seen, id)
        members: dict[int, set[int]] = defaultdict(set)
        seen: Counter[int] = Counter()  # resource -> meetings so far
        counted: Counter[int] = Counter()  # meeting -> partners, once per resource shared
        earlier: Counter[int] = Counter()  # meeting -> distinct partners that began before
        for position, (start, _end, meeting_id, resources) in enumerate(ordered):
            classes = self.classes
            if classes is not None:
                self.retire(classes, start)
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
            classes = self.classes
            if classes is not None:
                self.enter(classes, ordered[position][1], resources)
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

    def count(
        self,
        busy: list[set[int]],
        resources: tuple[int, ...],
        ordered: Sequence[Slot],
        position: int,
    ) -> int:
        """How many meetings under way share a resource with this one; each is credited
        with it as a later partner while every partner is gathered."""
        gathering = sum(len(active) for active in busy)
        if gathering > GATHER and self.classes is None:
            self.start_classes(ordered, position, ordered[position][0])
        if self.classes is not None and len(self.classes) * 4 < gathering:
            self.credited = None  # from now on later partners are counted by resource set
            mask = self.mask(resources)
            return sum(n for other, n in self.classes.items() if other & mask)
        partners: set[int] = set().union(*busy)
        if self.credited is not None:
            self.credited.update(partners)
        return len(partners)

    def later(self, ordered: Sequence[Slot]) -> Counter[int]:
        """For each meeting, how many meetings that start after it (in sweep order) it
        overlaps: those before the first start at or after its end, sharing a resource."""
        starts = [start for start, _end, _id, _resources in ordered]
        positions: dict[int, list[int]] = defaultdict(list)  # resource set -> sweep positions
        masks = [self.mask(resources) for _s, _e, _i, resources in ordered]
        for position, mask in enumerate(masks):
            positions[mask].append(position)
        later: Counter[int] = Counter()
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

    def start_classes(self, ordered: Sequence[Slot], position: int, start: int) -> None:
        classes: Counter[int] = Counter()
        self.classes = classes
        for _start, end, _id, resources in ordered[:position]:
            if end > start:
                self.enter(classes, end, resources)

    def enter(self, classes: Counter[int], end: int, resources: tuple[int, ...]) -> None:
        """Count a meeting under way in `classes` (self.classes, once counting by set)."""
        mask = self.mask(resources)
        heapq.heappush(self.under_way, (end, mask))
        classes[mask] += 1

    def retire(self, classes: Counter[int], start: int) -> None:
        under_way = self.under_way
        while under_way and under_way[0][0] <= start:
            _end, mask = heapq.heappop(under_way)
            classes[mask] -= 1
            if not classes[mask]:
                del classes[mask]
