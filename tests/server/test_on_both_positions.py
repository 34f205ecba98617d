"""tests/planner/test_positions.py on a summit file and on a server summit."""

from tests.planner.test_positions import *  # noqa: F403
