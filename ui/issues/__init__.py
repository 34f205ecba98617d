"""The Issues section: agenda issues, their tracks, and where each one has come up."""
