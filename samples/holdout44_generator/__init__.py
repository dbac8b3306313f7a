"""Generator for held-out round 43 (reporting year 2064), samples/holdout44."""
