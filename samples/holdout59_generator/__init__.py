"""Generator for held-out round 59 (reporting year 2079).

Run ``python -m samples.holdout59_generator [outdir]`` (default ``samples/holdout59``); check with
``python -m samples.holdout59_generator.verify``.
"""
from . import (f01_regjeringen_departementer_xlsx, f02_lo_protokoll_pdf, f03_nho_prioriteringsmatrise_xlsx,
               f04_unio_forbund_grid_docx, f05_ks_faktaark_pdf, f06_ys_aarskolonner_xlsx, f07_virke_sharepoint_pdf,
               f08_akademikerne_aktiviteter_docx, f09_spekter_emoji_xlsx, f10_vofo_skann_pdf,
               f11_uhr_brev_vedlegg_pdf, f12_fagskoleradet_a_til_aa_docx, f13_kompetanseforbundet_kvartal_pdf,
               f14_sametinget_plan_resultat_pdf, f15_nordland_gruppert_xlsx, f16_hoyringsfrasegn_not_report)

MODULES = [
    f01_regjeringen_departementer_xlsx, f02_lo_protokoll_pdf, f03_nho_prioriteringsmatrise_xlsx,
    f04_unio_forbund_grid_docx, f05_ks_faktaark_pdf, f06_ys_aarskolonner_xlsx, f07_virke_sharepoint_pdf,
    f08_akademikerne_aktiviteter_docx, f09_spekter_emoji_xlsx, f10_vofo_skann_pdf, f11_uhr_brev_vedlegg_pdf,
    f12_fagskoleradet_a_til_aa_docx, f13_kompetanseforbundet_kvartal_pdf, f14_sametinget_plan_resultat_pdf,
    f15_nordland_gruppert_xlsx, f16_hoyringsfrasegn_not_report,
]
