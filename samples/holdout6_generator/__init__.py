"""Held-out round 6 (reporting year 2026): builds 16 inbox files and their truth.

Written by an author who did not read the program's code, vocabulary, catalogue or any earlier
held-out round. Run ``python -m samples.holdout6_generator [--out DIR]``.
"""
