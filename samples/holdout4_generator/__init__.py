"""Generator of the held-out 2024 round (samples/holdout4)."""
