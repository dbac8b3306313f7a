"""Generator for held-out round 39 (reporting year 2060).

Run:  python -m samples.holdout40_generator --out samples/holdout40
Check: python -m samples.holdout40_generator --verify /tmp/h40_check
"""
