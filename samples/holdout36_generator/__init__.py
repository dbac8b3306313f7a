"""Generator for held-out round 35 (reporting year 2056).

Self-contained: imports nothing from other sample generators.
Run as ``python -m samples.holdout36_generator --out samples/holdout36``.
"""
