"""Generator for held-out round 30 (reporting year 2051)."""
