"""Held-out round for reporting year 2038 (folder holdout18). Build with
``python -m samples.holdout18_generator [--out DIR]``."""
