"""tests/planner/test_meetings.py on a summit file and on a server summit."""

from tests.planner.test_meetings import *  # noqa: F403
