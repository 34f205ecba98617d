"""tests/planner/test_financing.py on a summit file and on a server summit."""

from tests.planner.test_financing import *  # noqa: F403
