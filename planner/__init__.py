"""What Summit Planner does, as plain Python: no Qt here, every feature usable headless."""

__version__ = "0.1.0"

# Time zones from the tzdata package, before anything reads one (see planner.timezones).
import planner.timezones  # noqa: E402, F401
