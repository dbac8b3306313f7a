"""Builds samples/holdout26: held-out round 25, reporting year 2046 (see samples/holdout26/README.md)."""
