"""Generator for held-out round 2037 (samples/holdout17)."""
