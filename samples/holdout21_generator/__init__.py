"""Held-out round for reporting year 2041 (independent author)."""
