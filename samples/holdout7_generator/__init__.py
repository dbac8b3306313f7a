"""Builds the 2027 held-out round (samples/holdout7): `python -m samples.holdout7_generator [--out DIR]`."""
