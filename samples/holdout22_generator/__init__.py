"""Generator for the held-out round of reports for the reporting year 2042 (samples/holdout22)."""
