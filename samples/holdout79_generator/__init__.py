"""Generator for held-out round 79 (reporting year 2099).

Run ``python -m samples.holdout79_generator [outdir]`` (default ``samples/holdout79``); check with
``python -m samples.holdout79_generator.verify``.
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
               f11_agder,
               f12_uhr,
               f13_fagskoleradet,
               f14_kompetanseforbundet,
               f15_sametinget,
               f16_nho,
)

MODULES = [f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_unio, f06_ys, f07_virke, f08_akademikerne, f09_spekter,
           f10_vofo, f11_agder, f12_uhr, f13_fagskoleradet, f14_kompetanseforbundet, f15_sametinget, f16_nho]
