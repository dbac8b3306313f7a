"""Generator for held-out round 34 (reporting year 2055).

Self-contained: builds every file of ``samples/holdout35`` plus ``truth.csv`` and
``README.md`` from the data in :mod:`content`.  Run as::

    python -m samples.holdout35_generator --out samples/holdout35
"""
