"""tests/planner/test_availability.py on a summit file and on a server summit."""

from tests.planner.test_availability import *  # noqa: F403
