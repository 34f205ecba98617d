"""What Summit Planner does, as plain Python: no Qt here, every feature usable headless."""

__version__ = "0.1.0"
