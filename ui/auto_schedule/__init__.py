"""Schedule ▸ Schedule All… and Repair…: the automatic scheduler's window."""
