"""tests/planner/test_summit_settings.py on a summit file and on a server summit."""

from tests.planner.test_summit_settings import *  # noqa: F403
