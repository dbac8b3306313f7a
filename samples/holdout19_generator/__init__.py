"""Held-out round for the reporting year 2039 (reports and truth.csv)."""
