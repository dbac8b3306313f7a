"""Generator for held-out round 62 (reporting year 2082).

Run ``python -m samples.holdout62_generator [outdir]`` (default ``samples/holdout62``); check with
``python -m samples.holdout62_generator.verify``.
"""
from . import (f01_regjeringen_oppdrag_tildelingsbrev_pdf, f02_lo_aktivitetslogg_xlsx,
               f03_nho_rapport_med_rettelser_pdf, f04_unio_powerbi_pdf, f05_ks_gaasoyne_utskrift_pdf,
               f06_ys_veikart_pptx, f07_virke_til_kpr_skjult_tekst_docx, f08_akademikerne_intervju_docx,
               f09_spekter_innrykk_xlsx, f10_vofo_talemanus_docx, f11_vestland_framdrift_odt,
               f12_uhr_milepaelsplan_pdf, f13_fagskoleradet_kartotekkort_skann_pdf,
               f14_kompetanseforbundet_notater_til_slutt_pdf, f15_sametinget_utfylt_mal_xlsx,
               f16_nominasjon_kompetanseprisen_not_report)

MODULES = [
    f01_regjeringen_oppdrag_tildelingsbrev_pdf, f02_lo_aktivitetslogg_xlsx, f03_nho_rapport_med_rettelser_pdf,
    f04_unio_powerbi_pdf, f05_ks_gaasoyne_utskrift_pdf, f06_ys_veikart_pptx, f07_virke_til_kpr_skjult_tekst_docx,
    f08_akademikerne_intervju_docx, f09_spekter_innrykk_xlsx, f10_vofo_talemanus_docx, f11_vestland_framdrift_odt,
    f12_uhr_milepaelsplan_pdf, f13_fagskoleradet_kartotekkort_skann_pdf,
    f14_kompetanseforbundet_notater_til_slutt_pdf, f15_sametinget_utfylt_mal_xlsx,
    f16_nominasjon_kompetanseprisen_not_report,
]
