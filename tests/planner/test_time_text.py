"""Typed times are read as typed, or refused with the reason."""

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.time_text import TimeTextError, parse_time, time_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14:30", time(14, 30)),
        (" 9:05 ", time(9, 5)),
        ("09.05", time(9, 5)),
        ("1430", time(14, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("11:00:00", time(11, 0)),
        ("14h30", time(14, 30)),
    ],
)
def test_times_are_read_as_typed(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("25:00", "hours go from 00 to 23"),
        ("24:00", "hours go from 00 to 23"),
        ("12:60", "minutes go from 00 to 59"),
        ("zz99:99x", "type hours and minutes"),
        ("14:3", "type hours and minutes"),
        ("", "Type a time of day"),
        ("12:30:15", "type hours and minutes"),
        ("-1:00", "type hours and minutes"),
    ],
)
def test_what_is_not_a_time_is_refused_with_the_reason(typed, why):
    with pytest.raises(TimeTextError) as refused:
        parse_time(typed)
    assert why in str(refused.value)
    if typed.strip():
        assert f"“{typed.strip()}”" in str(refused.value)


@given(st.integers(0, 23), st.integers(0, 59))
def test_a_shown_time_reads_back_as_itself(hours, minutes):
    assert parse_time(time_text(time(hours, minutes))) == time(hours, minutes)
