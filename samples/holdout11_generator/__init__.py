"""Held-out round for reporting year 2031 (see samples/holdout11/README.md)."""
