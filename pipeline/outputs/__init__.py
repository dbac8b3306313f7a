"""Writers of what a run produces; each takes records and a path, and writes one file."""
