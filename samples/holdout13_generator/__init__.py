"""Held-out sample round for the reporting year 2033 (reports, truth.csv, README.md)."""
