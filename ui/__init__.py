"""The Qt user interface: widgets, item models and dialogs over planner/."""
