"""Generator for held-out round 63 (reporting year 2083).

Run ``python -m samples.holdout63_generator [outdir]`` (default ``samples/holdout63``); check with
``python -m samples.holdout63_generator.verify``.
"""
from . import (f01_regjeringen_rapport_prosa_pdf, f02_lo_wordtabell_docx, f03_nho_innsatsliste_xlsx,
               f04_unio_punktliste_pdf, f05_ks_tabell_partnere_i_teksten_docx, f06_ys_aktivitetsliste_xlsx,
               f07_virke_bransjegrupper_docx, f08_akademikerne_brev_pdfa, f09_spekter_makroark_xlsm,
               f10_vofo_rapport_odt_pdf, f11_more_og_romsdal_nynorsk_tabell_docx, f12_uhr_calc_utskrift_pdf,
               f13_fagskoleradet_flat_ods, f14_kompetanseforbundet_skann_gul_lapp_pdf,
               f15_sametinget_tabell_med_omtale_pdf, f16_troms_utsatt_frist_not_report_docx)

MODULES = [
    f01_regjeringen_rapport_prosa_pdf, f02_lo_wordtabell_docx, f03_nho_innsatsliste_xlsx, f04_unio_punktliste_pdf,
    f05_ks_tabell_partnere_i_teksten_docx, f06_ys_aktivitetsliste_xlsx, f07_virke_bransjegrupper_docx,
    f08_akademikerne_brev_pdfa, f09_spekter_makroark_xlsm, f10_vofo_rapport_odt_pdf,
    f11_more_og_romsdal_nynorsk_tabell_docx, f12_uhr_calc_utskrift_pdf, f13_fagskoleradet_flat_ods,
    f14_kompetanseforbundet_skann_gul_lapp_pdf, f15_sametinget_tabell_med_omtale_pdf,
    f16_troms_utsatt_frist_not_report_docx,
]
