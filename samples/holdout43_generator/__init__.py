"""Generator for held-out round 42 (reporting year 2063), written without reading the program."""
