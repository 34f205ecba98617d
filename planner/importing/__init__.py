"""Importing the lists colleagues send (Excel or CSV): reading safely, finding the header,
mapping columns and values, checking every row, and committing in one step."""
