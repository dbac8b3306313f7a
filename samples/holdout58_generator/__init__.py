"""Generator for held-out round 58 (reporting year 2078).

Run ``python -m samples.holdout58_generator [outdir]`` (default ``samples/holdout58``); check with
``python -m samples.holdout58_generator.verify``.
"""
from . import (f01_regjeringen_index_pdf, f02_lo_dynamics_xlsx, f03_nho_pivot_xlsx, f04_unio_docx_colours,
               f05_ks_stacked_tables_xlsx, f06_ys_excel_chart_pdf, f07_virke_gsheets_pdf,
               f08_akademikerne_docx_hva_hvorfor, f09_spekter_miro_pdf, f10_vofo_brochure_scan,
               f11_uhr_logframe_pdf, f12_fagskoleradet_odg_poster, f13_kompetanseforbundet_linenum_pdf,
               f14_sametinget_side_by_side_pdf, f15_vestland_odt_styringskort, f16_einnsyn_postliste_not_report)

MODULES = [
    f01_regjeringen_index_pdf, f02_lo_dynamics_xlsx, f03_nho_pivot_xlsx, f04_unio_docx_colours,
    f05_ks_stacked_tables_xlsx, f06_ys_excel_chart_pdf, f07_virke_gsheets_pdf, f08_akademikerne_docx_hva_hvorfor,
    f09_spekter_miro_pdf, f10_vofo_brochure_scan, f11_uhr_logframe_pdf, f12_fagskoleradet_odg_poster,
    f13_kompetanseforbundet_linenum_pdf, f14_sametinget_side_by_side_pdf, f15_vestland_odt_styringskort,
    f16_einnsyn_postliste_not_report,
]
