"""Automatic scheduling: place meetings without clashes, or repair a schedule moving little."""
