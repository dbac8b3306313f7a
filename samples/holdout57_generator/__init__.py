"""Generator for held-out round 57 (reporting year 2077).

Run ``python -m samples.holdout57_generator [outdir]`` (default ``samples/holdout57``); check with
``python -m samples.holdout57_generator.verify``.
"""
from . import (f01_regjeringen_docx, f02_lo_xlsx_ticks, f03_nho_calc_pdf, f04_unio_odt_tabs, f05_ks_docx_raci,
               f06_ys_scan_folded, f07_virke_xlsx_sheet_per_type, f08_akademikerne_markup_pdf,
               f09_spekter_gantt_pdf, f10_vofo_odt_toc, f11_uhr_handlingsplan_pdf, f12_sametinget_pdf,
               f13_fagskoleradet_tsv, f14_kompetanseforbundet_rst, f15_more_og_romsdal_docx_status,
               f16_zotero_ris_not_report)

MODULES = [
    f01_regjeringen_docx, f02_lo_xlsx_ticks, f03_nho_calc_pdf, f04_unio_odt_tabs, f05_ks_docx_raci,
    f06_ys_scan_folded, f07_virke_xlsx_sheet_per_type, f08_akademikerne_markup_pdf, f09_spekter_gantt_pdf,
    f10_vofo_odt_toc, f11_uhr_handlingsplan_pdf, f12_sametinget_pdf, f13_fagskoleradet_tsv,
    f14_kompetanseforbundet_rst, f15_more_og_romsdal_docx_status, f16_zotero_ris_not_report,
]
