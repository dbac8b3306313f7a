"""Generator for held-out round 52 (reporting year 2072).

Run ``python -m samples.holdout52_generator [outdir]`` (default
``samples/holdout52``); check with ``python -m samples.holdout52_generator.verify``.
"""
from . import (f01_regjeringen_epub, f02_lo_outlook_msg, f03_nho_html_xls, f04_ys_xps,
               f05_ks_docx_pasted_picture, f06_virke_svg, f07_spekter_vtt, f08_vofo_zip,
               f09_uhr_docx_comments, f10_fagskoleradet_ps, f11_sametinget_jpeg,
               f12_more_og_romsdal_spreadsheetml, f13_vestland_ocr_scan, f14_innlandet_xlsx_shapes,
               f15_agder_asice, f16_kbu_slides_not_report)

MODULES = [
    f01_regjeringen_epub, f02_lo_outlook_msg, f03_nho_html_xls, f04_ys_xps,
    f05_ks_docx_pasted_picture, f06_virke_svg, f07_spekter_vtt, f08_vofo_zip,
    f09_uhr_docx_comments, f10_fagskoleradet_ps, f11_sametinget_jpeg,
    f12_more_og_romsdal_spreadsheetml, f13_vestland_ocr_scan, f14_innlandet_xlsx_shapes,
    f15_agder_asice, f16_kbu_slides_not_report,
]
