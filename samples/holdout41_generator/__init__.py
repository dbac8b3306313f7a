"""Generator for held-out round 41 (reporting year 2061).

Written from the brief only; the program under test was never read or run.
`python -m samples.holdout41_generator --out samples/holdout41` rebuilds the
documents, truth.csv and README.md deterministically."""
from . import (d01_lo, d02_nho, d03_regjeringen, d04_ks, d05_vestland, d06_unio, d07_virke,
               d08_uhr, d09_fagskoleradet, d10_sametinget, d11_innlandet, d12_vofo, d13_oslo,
               d14_agder, d15_nyhetsbrev)

DOCS = [d01_lo, d02_nho, d03_regjeringen, d04_ks, d05_vestland, d06_unio, d07_virke, d08_uhr,
        d09_fagskoleradet, d10_sametinget, d11_innlandet, d12_vofo, d13_oslo, d14_agder,
        d15_nyhetsbrev]
