"""Held-out round 33 (reporting year 2054) generator.

Writes ~15 realistic council-member reports (and one non-report) for the
Kompetansepolitisk råd, plus truth.csv and README.md. Rebuild with
    python -m samples.holdout34_generator --out samples/holdout34
"""
