"""Generator for held-out round 78 (reporting year 2098).

Run ``python -m samples.holdout78_generator [outdir]`` (default ``samples/holdout78``); check with
``python -m samples.holdout78_generator.verify``.
"""
from . import (f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_unio, f06_ys, f07_virke, f08_akademikerne, f09_spekter,
               f10_vofo, f11_rogaland, f12_uhr, f13_fagskoleradet, f14_kompetanseforbundet, f15_sametinget,
               f16_rogaland)

MODULES = [f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_unio, f06_ys, f07_virke, f08_akademikerne, f09_spekter,
           f10_vofo, f11_rogaland, f12_uhr, f13_fagskoleradet, f14_kompetanseforbundet, f15_sametinget,
           f16_rogaland]
