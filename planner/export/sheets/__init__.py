"""The export's sheets, a module per sheet (or pair of sheets) and its writer."""
