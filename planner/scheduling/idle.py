"""The idle-stretch preference: a gap resource (a principal) should not wait `idle_units` or
more between two of its tasks on one day when that can be avoided."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

if TYPE_CHECKING:
    from planner.scheduling.cpsat_model import Built, Var
    from planner.scheduling.problem import Key, TaskSpec

PAIR_LIMIT = 20_000  # ordered pairs examined; beyond, the preference is left out


def idle_stretches(built: Built) -> None:
    """Soft (last level): for each task a of a gap resource, one cost when a later task of the
    resource follows on the same day but none starts within `idle_units` of a's end.

    later[a, b] is forced on when b is present, on a's day and after a; close[a, b] may be on
    only when b starts within the idle length after a ends; a's cost is at least
    any later[a, b] minus the close ones."""
    model, problem = built.model, built.problem
    weights = problem.weights
    if not (weights.idle and weights.idle_units and problem.day_units and
            problem.gap_resources):
        return
    holders: dict[Key, list[TaskSpec]] = defaultdict(list)
    for task in problem.tasks:
        present = built.present[task.key]
        if isinstance(present, int) and not present:
            continue
        for r in task.hard:
            if r in problem.gap_resources:
                holders[r].append(task)
    days: dict[Key, Var] = {}
    seen = 0
    for r, members in holders.items():
        if len(members) < 2 or all(isinstance(built.start[t.key], int) for t in members):
            continue
        for a in members:
            later_terms, close_terms = [], []
            for b in members:
                if b.key == a.key:
                    continue
                if not share_a_day(built, a, b):
                    continue
                seen += 1
                if seen > PAIR_LIMIT:
                    return
                later, close = pair_terms(built, a, b, days)
                later_terms.append(later)
                close_terms.append(close)
            if not later_terms:
                continue
            idle = model.new_bool_var(f"idle{id(a)}_{hash(r) % 10**6}")
            for later in later_terms:
                model.add(idle >= later - sum(close_terms))
            built.levels[3].append(weights.idle * idle)


def day_span(built: Built, task: TaskSpec) -> tuple[int, int]:
    start, units = built.start[task.key], built.problem.day_units
    if isinstance(start, int):
        return start // units, start // units
    return min(task.starts) // units, max(task.starts) // units


def share_a_day(built: Built, a: TaskSpec, b: TaskSpec) -> bool:
    (a_low, a_high), (b_low, b_high) = day_span(built, a), day_span(built, b)
    return a_low <= b_high and b_low <= a_high


def day_of(built: Built, task: TaskSpec, days: dict[Key, Var]) -> Var:
    if task.key not in days:
        start, units = built.start[task.key], built.problem.day_units
        low, high = day_span(built, task)
        if isinstance(start, int):
            days[task.key] = low
        else:
            day = built.model.new_int_var(low, high, f"day{id(task)}")
            built.model.add_division_equality(day, start, units)
            days[task.key] = day
    return days[task.key]


def pair_terms(built: Built, a: TaskSpec, b: TaskSpec, days: dict[Key, Var]) -> tuple[Var, Var]:
    """later[a, b] and close[a, b] (see idle_stretches)."""
    model = built.model
    sa, sb = built.start[a.key], built.start[b.key]
    pa, pb = built.present[a.key], built.present[b.key]
    da, db = day_of(built, a, days), day_of(built, b, days)
    end = sa + a.duration
    if all(isinstance(v, int) for v in (sa, sb, pa, pb)):
        known_later = int(bool(pa and pb and da == db and sb >= end))
        known_close = int(bool(pb and end <= sb < end + built.problem.weights.idle_units))
        return known_later, known_close
    later: cp_model.IntVar = model.new_bool_var("later")
    other_day = model.new_bool_var("otherday")
    before = model.new_bool_var("before")
    enforce(model, da != db, other_day)
    enforce(model, sb < end, before)
    absent = [1 - x if isinstance(x, int) else x.Not() for x in (pa, pb)]
    if any(x == 1 for x in absent if isinstance(x, int)):
        return 0, 0
    model.add_bool_or([later, other_day, before,
                       *(x for x in absent if not isinstance(x, int))])
    close: cp_model.IntVar = model.new_bool_var("close")
    if not isinstance(pb, int):
        model.add_implication(close, pb)
    enforce(model, sb >= end, close)
    enforce(model, sb < end + built.problem.weights.idle_units, close)
    return later, close


def enforce(model: cp_model.CpModel, condition: object, literal: cp_model.IntVar) -> None:
    """The condition holds when the literal is on (a known truth: the literal is off when it
    is false)."""
    if isinstance(condition, bool):
        if not condition:
            model.add(literal == 0)
    else:
        model.add(condition).only_enforce_if(literal)  # type: ignore[arg-type]  # a comparison
