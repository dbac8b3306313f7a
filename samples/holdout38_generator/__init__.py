"""Generator for held-out round 37 (reporting year 2058), folder
samples/holdout38. Written without reading the extraction program.

Rebuild:  python -m samples.holdout38_generator --out samples/holdout38
"""
from __future__ import annotations

from . import (docx_forms, docx_prose, docx_tables, office_convert,
               pdf_misc, pdf_reports, scan, xlsx_book)

# (builder, needs a work dir for soffice)
BUILDERS = [
    (docx_tables.build_lo, False),
    (docx_tables.build_nho, False),
    (docx_forms.build_vestland, False),
    (docx_forms.build_fagskoleradet, False),
    (docx_prose.build_ks_draft, False),
    (docx_prose.build_ks_final, False),
    (docx_prose.build_uhr, False),
    (pdf_reports.build_unio, False),
    (pdf_reports.build_regjeringen, False),
    (pdf_misc.build_virke, False),
    (pdf_misc.build_ys, False),
    (pdf_misc.build_newsletter, False),
    (scan.build_innlandet, False),
    (xlsx_book.build_trondelag, False),
    (office_convert.build_akademikerne, True),
    (office_convert.build_sametinget, True),
    (office_convert.build_vofo, True),
]

SHARED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)",
    "M02": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "M03": "Råd for samarbeid med arbeidslivet (RSA)",
    "M04": "UHRs fagstrategiske enheter (UHR-FSE)",
    "M05": "Nasjonalt fagskoleråd (FSR)",
    "M06": "Nasjonalt forum for karriereveiledning (NFK)",
    "J01": "LÆRA – Læringsløftet i arbeidslivet",
    "J02": "DIGIBRO – digital brobygging for ansatte i små bedrifter",
    "J03": "Yrkesfagsuka (YFU)",
    "J04": "Språkstigen",
    "J05": "Lær mer frivillig",
    "J06": "VURA – vurdering av realkompetanse i arbeidslivet",
}
