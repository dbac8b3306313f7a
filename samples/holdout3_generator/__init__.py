"""Builds the held-out round samples/holdout3 (members' reports on 2023) and its truth from one plan."""
