"""Generator for held-out round 81 (reporting year 2091).

Run ``python -m samples.holdout81_generator [outdir]`` (default ``samples/holdout81``); check with
``python -m samples.holdout81_generator.verify``.
"""
from . import (
               f01_regjeringen,
               f02_lo,
               f03_nho,
               f04_ks,
               f05_unio,
               f06_ys,
               f07_virke,
               f08_akademikerne,
               f09_spekter,
               f10_vofo,
               f11_nordland,
               f12_uhr,
               f13_fagskoleradet,
               f14_kompetanseforbundet,
               f15_sametinget,
               f16_nho,
)

MODULES = [f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_unio, f06_ys, f07_virke, f08_akademikerne, f09_spekter,
           f10_vofo, f11_nordland, f12_uhr, f13_fagskoleradet, f14_kompetanseforbundet, f15_sametinget, f16_nho]
