"""Generator for held-out round 53 (reporting year 2073).

Run ``python -m samples.holdout53_generator [outdir]`` (default ``samples/holdout53``); check with
``python -m samples.holdout53_generator.verify``.
"""
from . import (f01_regjeringen_tagged_pdf, f02_lo_winmail_dat, f03_nho_pdf_attachment, f04_unio_strict_docx_tabs,
               f05_ks_docx_smartart, f06_spekter_xfa_form, f07_akademikerne_screenshots_eml,
               f08_vofo_google_docs_zip, f09_uhr_confluence_zip, f10_fagskoleradet_drawio,
               f11_kompetanseforbundet_whatsapp, f12_sametinget_duplex_scan, f13_vestland_onenote_pdf,
               f14_troms_finnmark_planner_xlsx, f15_more_romsdal_kmz, f16_ndr_not_report)

MODULES = [
    f01_regjeringen_tagged_pdf, f02_lo_winmail_dat, f03_nho_pdf_attachment, f04_unio_strict_docx_tabs,
    f05_ks_docx_smartart, f06_spekter_xfa_form, f07_akademikerne_screenshots_eml, f08_vofo_google_docs_zip,
    f09_uhr_confluence_zip, f10_fagskoleradet_drawio, f11_kompetanseforbundet_whatsapp, f12_sametinget_duplex_scan,
    f13_vestland_onenote_pdf, f14_troms_finnmark_planner_xlsx, f15_more_romsdal_kmz, f16_ndr_not_report,
]
