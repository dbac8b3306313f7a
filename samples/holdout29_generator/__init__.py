"""Held-out round 28 (reporting year 2049): generator for the files in samples/holdout29."""
