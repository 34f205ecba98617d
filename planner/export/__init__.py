"""Exporting the summit: Excel workbooks that open cleanly in Excel and LibreOffice."""
