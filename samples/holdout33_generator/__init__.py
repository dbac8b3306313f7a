"""Generator for held-out round 32 (reporting year 2053).

The documents were written from the domain description only, without
reading the extraction program.  Run from the worktree root:

    python -m samples.holdout33_generator --out samples/holdout33
"""
