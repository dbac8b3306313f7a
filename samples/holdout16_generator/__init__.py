"""Held-out round for reporting year 2036 (built by an author blind to the program)."""
