"""Generator for the held-out round of reports for reporting year 2030 (blind)."""
