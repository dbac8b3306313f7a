"""Held-out round for reporting year 2040 (holdout20): reports and truth."""
