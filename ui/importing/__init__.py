"""The import window: file, sheet, column mapping, preview with problems, result."""
