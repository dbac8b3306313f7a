"""Generator for held-out round 70 (reporting year 2090).

Run ``python -m samples.holdout70_generator [outdir]`` (default ``samples/holdout70``); check with
``python -m samples.holdout70_generator.verify``. Needs LibreOffice (``soffice``) and Chromium (``chromium``).
"""
from . import (f01_regjeringen_tospalter_pdf, f02_lo_hovedomrade_nr_docx, f03_nho_kodeark_desimalkomma_xlsx,
               f04_ks_to_ark_calc_pdf, f05_unio_nummerert_forbund_docx, f06_akademikerne_tabell_omtale_pdf,
               f07_spekter_to_tabeller_docx, f08_uhr_sporsmal_svar_pdf, f09_fagskoleradet_strategitekst_xlsx,
               f10_vofo_avkrysning_type_docx, f11_ys_excel_webarkiv_mht, f12_vestland_pdfskjema_felt_pdf,
               f13_virke_nettside_chromium_pdf, f14_kompetanseforbundet_makrodekk_pptm,
               f15_sametinget_hoveddokument_odm, f16_nettskjema_evaluering_not_report_csv)

MODULES = [
    f01_regjeringen_tospalter_pdf, f02_lo_hovedomrade_nr_docx, f03_nho_kodeark_desimalkomma_xlsx,
    f04_ks_to_ark_calc_pdf, f05_unio_nummerert_forbund_docx, f06_akademikerne_tabell_omtale_pdf,
    f07_spekter_to_tabeller_docx, f08_uhr_sporsmal_svar_pdf, f09_fagskoleradet_strategitekst_xlsx,
    f10_vofo_avkrysning_type_docx, f11_ys_excel_webarkiv_mht, f12_vestland_pdfskjema_felt_pdf,
    f13_virke_nettside_chromium_pdf, f14_kompetanseforbundet_makrodekk_pptm,
    f15_sametinget_hoveddokument_odm, f16_nettskjema_evaluering_not_report_csv,
]
