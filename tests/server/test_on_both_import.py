"""tests/planner/test_import.py on a summit file and on a server summit."""

from tests.planner.test_import import *  # noqa: F403
