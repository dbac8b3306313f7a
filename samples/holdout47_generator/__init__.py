"""Deterministic generator for held-out round 46 (reporting year 2067), written to samples/holdout47."""
