"""Held-out round for reporting year 2032 (holdout12): reports from council members and their truth."""
