"""Held-out sample round 24 (reporting year 2045): builds ``samples/holdout25/``.

Written without reading the program's code, vocabulary, catalogue or any earlier round.
Run ``python -m samples.holdout25_generator [--out DIR]`` from the repository root (needs LibreOffice).
"""
