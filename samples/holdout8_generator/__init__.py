"""Held-out round for reporting year 2028 (holdout8).

Written by an author who did not read the program's code, vocabulary, catalogue
or any earlier held-out round. Build with ``python -m samples.holdout8_generator``.
"""
