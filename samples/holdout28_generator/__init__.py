"""Held-out round 27 (reporting year 2048): builds samples/holdout28/ deterministically."""
