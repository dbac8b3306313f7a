"""Generator for held-out round 68 (reporting year 2088).

Run ``python -m samples.holdout68_generator [outdir]`` (default ``samples/holdout68``); check with
``python -m samples.holdout68_generator.verify``.
"""
from . import (f01_regjeringen_fakta_over_teksten_pdf, f02_lo_tabell_plusstegn_docx, f03_nho_orienteringsark_xlsx,
               f04_unio_bokstavkoder_docx, f05_ks_hybrid_pdf, f06_ys_oversikt_og_omtale_pdf,
               f07_virke_statuskolonne_xlsx, f08_akademikerne_safari_webarchive, f09_spekter_smime_signert_eml,
               f10_vofo_base_odb, f11_vestland_nynorsk_tabell_docx, f12_uhr_7z_arkiv,
               f13_fagskoleradet_calc_utskrift_pdf, f14_kompetanseforbundet_arsmelding_pdf,
               f15_sametinget_tospraklige_etiketter_pdf, f16_tilbud_evaluering_not_report_pdf)

MODULES = [
    f01_regjeringen_fakta_over_teksten_pdf,
    f02_lo_tabell_plusstegn_docx,
    f03_nho_orienteringsark_xlsx,
    f04_unio_bokstavkoder_docx,
    f05_ks_hybrid_pdf,
    f06_ys_oversikt_og_omtale_pdf,
    f07_virke_statuskolonne_xlsx,
    f08_akademikerne_safari_webarchive,
    f09_spekter_smime_signert_eml,
    f10_vofo_base_odb,
    f11_vestland_nynorsk_tabell_docx,
    f12_uhr_7z_arkiv,
    f13_fagskoleradet_calc_utskrift_pdf,
    f14_kompetanseforbundet_arsmelding_pdf,
    f15_sametinget_tospraklige_etiketter_pdf,
    f16_tilbud_evaluering_not_report_pdf,
]
