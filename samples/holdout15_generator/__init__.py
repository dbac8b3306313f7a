"""Generator for a held-out round of member reports for the reporting year 2035."""
