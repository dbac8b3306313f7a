"""Generator for held-out round 26 (reporting year 2047): `python -m samples.holdout27_generator [--out DIR]`."""
