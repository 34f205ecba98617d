"""tests/planner/test_delegations.py on a summit file and on a server summit."""

from tests.planner.test_delegations import *  # noqa: F403
