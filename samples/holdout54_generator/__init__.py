"""Generator for held-out round 54 (reporting year 2074).

Run ``python -m samples.holdout54_generator [outdir]`` (default ``samples/holdout54``); check with
``python -m samples.holdout54_generator.verify``.
"""
from . import (f01_regjeringen_pdf_portfolio, f02_lo_docx_altchunk, f03_nho_slide_handout, f04_ys_forms_xlsx,
               f05_virke_trello_json, f06_akademikerne_overleaf_zip, f07_ks_numbers_pdf, f08_vofo_atom_feed,
               f09_uhr_jupyter, f10_fagskoleradet_handwritten_scan, f11_kompetanseforbundet_orgmode,
               f12_sametinget_xliff, f13_innlandet_msproject_xml, f14_agder_sqlite, f15_vestland_mailmerge_docx,
               f16_ssb_px_not_report)

MODULES = [
    f01_regjeringen_pdf_portfolio, f02_lo_docx_altchunk, f03_nho_slide_handout, f04_ys_forms_xlsx,
    f05_virke_trello_json, f06_akademikerne_overleaf_zip, f07_ks_numbers_pdf, f08_vofo_atom_feed, f09_uhr_jupyter,
    f10_fagskoleradet_handwritten_scan, f11_kompetanseforbundet_orgmode, f12_sametinget_xliff,
    f13_innlandet_msproject_xml, f14_agder_sqlite, f15_vestland_mailmerge_docx, f16_ssb_px_not_report,
]
