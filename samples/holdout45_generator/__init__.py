"""Generator for held-out round 44 (samples/holdout45, reporting year 2065)."""
