"""The Qt user interface: widgets, item models, dialogs and undo commands over planner/."""
