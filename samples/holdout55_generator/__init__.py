"""Generator for held-out round 55 (reporting year 2075).

Run ``python -m samples.holdout55_generator [outdir]`` (default ``samples/holdout55``); check with
``python -m samples.holdout55_generator.verify``.
"""
from . import (f01_regjeringen_docx_endnotes, f02_lo_thunderbird_mbox, f03_nho_notes_pages_pdf, f04_unio_xmind,
               f05_ks_eml_csv, f06_ys_sylk, f07_virke_notion_zip, f08_akademikerne_teams_transcript,
               f09_spekter_pdf_sticky_notes, f10_vofo_wordpress_wxr, f11_uhr_yaml, f12_fagskoleradet_opml,
               f13_sametinget_sxw, f14_nordland_geojson, f15_more_og_romsdal_dbf, f16_kontakter_vcard_not_report)

MODULES = [
    f01_regjeringen_docx_endnotes, f02_lo_thunderbird_mbox, f03_nho_notes_pages_pdf, f04_unio_xmind,
    f05_ks_eml_csv, f06_ys_sylk, f07_virke_notion_zip, f08_akademikerne_teams_transcript,
    f09_spekter_pdf_sticky_notes, f10_vofo_wordpress_wxr, f11_uhr_yaml, f12_fagskoleradet_opml,
    f13_sametinget_sxw, f14_nordland_geojson, f15_more_og_romsdal_dbf, f16_kontakter_vcard_not_report,
]
