"""tests/planner/test_conflicts.py on a summit file and on a server summit."""

from tests.planner.test_conflicts import *  # noqa: F403
