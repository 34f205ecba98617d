"""tests/planner/test_position_import.py on a summit file and on a server summit."""

from tests.planner.test_position_import import *  # noqa: F403
