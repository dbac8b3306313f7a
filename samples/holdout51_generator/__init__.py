"""Generator for held-out round 51 (reporting year 2071).

Run ``python -m samples.holdout51_generator [outdir]`` (default
``samples/holdout51``); check with ``python -m samples.holdout51_generator.verify``.
"""
from . import (f01_spekter_mht, f02_vofo_freemind, f03_lo_unicode_txt,
               f04_trondelag_outlined_pdf, f05_ks_legacy_formfields,
               f06_fagskoleradet_portal_receipt, f07_akademikerne_screenshot,
               f08_rogaland_sheet_printout, f09_nho_docx_embedded_excel,
               f10_vestland_markdown, f11_uhr_eml_attachment, f12_unio_booklet_scan,
               f13_ys_crosstab_xls, f14_regjeringen_word2003xml,
               f15_kompetanseforbundet_fodt, f16_ehf_invoice_not_report)

MODULES = [
    f01_spekter_mht, f02_vofo_freemind, f03_lo_unicode_txt, f04_trondelag_outlined_pdf,
    f05_ks_legacy_formfields, f06_fagskoleradet_portal_receipt, f07_akademikerne_screenshot,
    f08_rogaland_sheet_printout, f09_nho_docx_embedded_excel, f10_vestland_markdown,
    f11_uhr_eml_attachment, f12_unio_booklet_scan, f13_ys_crosstab_xls,
    f14_regjeringen_word2003xml, f15_kompetanseforbundet_fodt, f16_ehf_invoice_not_report,
]
