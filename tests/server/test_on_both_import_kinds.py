"""tests/planner/test_import_kinds.py on a summit file and on a server summit."""

from tests.planner.test_import_kinds import *  # noqa: F403
