"""tests/planner/test_workspace.py on a summit file and on a server summit."""

from tests.planner.test_workspace import *  # noqa: F403
