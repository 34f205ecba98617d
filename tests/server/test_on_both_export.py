"""tests/planner/test_export.py on a summit file and on a server summit."""

from tests.planner.test_export import *  # noqa: F403
