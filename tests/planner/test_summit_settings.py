"""The summit's own settings: defaults for a new summit, validation, and changes."""

from datetime import date, time, timedelta

import pytest

from db.models import Delegation, Summit
from planner.errors import ValidationError
from planner.summit_settings import change_settings, fetch_settings


def test_new_summit_is_named_after_its_file_and_starts_in_four_weeks(empty_summit):
    summit = Summit.get()
    assert summit.name == "empty"
    assert summit.first_day == date.today() + timedelta(days=28)
    assert summit.last_day == summit.first_day + timedelta(days=1)


def test_change_returns_old_values_of_what_changed(sample_summit):
    old = change_settings({"city": "Nur-Sultan", "name": fetch_settings()["name"]})
    assert old == {"city": "Astana"}
    assert Summit.get().city == "Nur-Sultan"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": " "}, "name"),
        ({"last_day": date(2025, 6, 15)}, "last_day"),
        ({"last_day": date(2025, 9, 30)}, "last_day"),
        ({"timezone": "Asia/Astana-ish"}, "timezone"),
        ({"reporting_currency": "dollars"}, "reporting_currency"),
        ({"day_end": time(7, 0)}, "day_end"),
        ({"slot_minutes": 3}, "slot_minutes"),
        ({"home_delegation": 999}, "home_delegation"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(sample_summit, values, field):
    before = fetch_settings()
    with pytest.raises(ValidationError) as raised:
        change_settings(values)
    assert raised.value.field == field
    assert fetch_settings() == before


def test_currency_is_upper_cased_and_home_may_be_cleared(sample_summit):
    change_settings({"reporting_currency": "cny", "home_delegation": None})
    assert Summit.get().reporting_currency == "CNY"
    assert Summit.get().home_delegation is None
    assert Delegation.select().count() == 6
