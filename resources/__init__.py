"""Data files of the application (the sample summit, translations), read with importlib."""
