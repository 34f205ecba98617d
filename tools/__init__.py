"""Developer commands kept with the project (not installed with the application)."""
