"""Generator for the held-out round of reports for reporting year 2034 (holdout14)."""
