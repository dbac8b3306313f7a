"""Generator for held-out round 60 (reporting year 2080).

Run ``python -m samples.holdout60_generator [outdir]`` (default ``samples/holdout60``); check with
``python -m samples.holdout60_generator.verify``.
"""
from . import (f01_regjeringen_prop_pdf, f02_lo_oppnevninger_xlsx, f03_nho_risikoregister_xlsx,
               f04_unio_endringslogikk_docx, f05_ks_framdrift_pdf, f06_ys_tiltak_partner_xlsx, f07_virke_timer_xlsx,
               f08_akademikerne_emneknagger_pdf, f09_spekter_datoer_xlsx, f10_vofo_telefaks_pdf,
               f11_uhr_prikkledere_pdf, f12_fagskoleradet_tidslinje_docx, f13_kompetanseforbundet_prosentfordeling_pdf,
               f14_sametinget_vedtaksoppfolging_docx, f15_vestland_deltakarmatrise_xlsx, f16_deltakarliste_not_report)

MODULES = [
    f01_regjeringen_prop_pdf, f02_lo_oppnevninger_xlsx, f03_nho_risikoregister_xlsx, f04_unio_endringslogikk_docx,
    f05_ks_framdrift_pdf, f06_ys_tiltak_partner_xlsx, f07_virke_timer_xlsx, f08_akademikerne_emneknagger_pdf,
    f09_spekter_datoer_xlsx, f10_vofo_telefaks_pdf, f11_uhr_prikkledere_pdf, f12_fagskoleradet_tidslinje_docx,
    f13_kompetanseforbundet_prosentfordeling_pdf, f14_sametinget_vedtaksoppfolging_docx,
    f15_vestland_deltakarmatrise_xlsx, f16_deltakarliste_not_report,
]
