"""Generator of held-out round 23 (reporting year 2044); see samples/holdout24/README.md."""
