"""The Schedule section: the day grid (wall chart) and the "Find a time" search."""
