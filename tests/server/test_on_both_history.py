"""tests/planner/test_history.py on a summit file and on a server summit."""

from tests.planner.test_history import *  # noqa: F403
