"""Generator for held-out round 36 (folder holdout37, reporting year 2057).

Written from a data-only briefing, without reading the extraction program, its parsers, tests,
benchmarks, vocabularies or earlier sample rounds. Rebuild with

    python -m samples.holdout37_generator --out samples/holdout37
"""
