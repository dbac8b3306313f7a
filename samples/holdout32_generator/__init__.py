"""Generator for held-out round 31 (reporting year 2052).

Run from the repository root:

    python -m samples.holdout32_generator --out samples/holdout32
"""
