"""tests/planner/test_issues.py on a summit file and on a server summit."""

from tests.planner.test_issues import *  # noqa: F403
