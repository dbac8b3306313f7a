"""Held-out round 38 generator (reporting year 2059)."""
