"""UHR: an ordinary Word report exported to PDF, with one Heading 2 per UHR unit and a small ruled table under each
(Tiltak / Omtale / Strategimål / Arbeidsform / Samarbeid). The responsible is only the heading above the table. The
UHR-FSE seat is named by the unit's board («Styret i UHR-Lærerutdanning»), the RSA councils as one row for all member
institutions. The trap is UHR's own compilation of the RSA annual reports. One row is outside 2084 by its text, and
one unit's table holds only a measure that starts next year."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "UHR – rapport om kompetansetiltak 2084.pdf"
MEMBER = "UHR"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx), four small ruled tables under unit headings; dates and /ID fixed"
SHAPE = ("ordinary report: title, intro, then one Heading 2 per UHR unit (UHR-Lærerutdanning / Universitetene og "
         "høyskolene / UHR-sekretariatet / UHR-Helse og velferd) with a small ruled table Tiltak / Omtale / "
         "Strategimål / Arbeidsform / Samarbeid under each; the responsible is only the heading; Strategimål as code "
         "with UHR's word in brackets («1.4 (relevans)»); UHR's kind words (Rådsarbeid, Sammenstilling, Konferanse, "
         "Nettkatalog, Nettverk, Portal); one row outside 2084 by its text, and the last unit's table holds only a "
         "measure that starts next year")
NOT_TRUTH = ("the title and intro, the unit headings (they name the responsible), the headers, the Strategimål and "
             "Arbeidsform cells, the row 'Nettverk for karrieresentre ved lærestedene' (closed last year), the whole "
             "table under UHR-Helse og velferd ('Felles nasjonal praksisportal', starts next year), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# unit heading, [(name, omtale, strategimål, arbeidsform, samarbeid, seed, dm, type)]
UNITS = [
    ("UHR-Lærerutdanning", [
        ("Styret i UHR-Lærerutdanning",
         "Styret i UHRs fagstrategiske enhet for lærerutdanning har representanter for institusjonene, KS og "
         "arbeidstakerorganisasjonene. Styret hadde seks møter og la fram nye retningslinjer for samarbeid med "
         "praksisskolene.", "1.4 (relevans)", "Rådsarbeid", "", "M03", "1.4", RAD),
    ]),
    ("Universitetene og høyskolene", [
        ("Råd for samarbeid med arbeidslivet (RSA)",
         "Alle 32 medlemsinstitusjoner har et RSA der arbeidslivet gir råd om studietilbud og praksis. Rådene hadde "
         "til sammen 118 møter i 2084.", "1.4 (relevans)", "Rådsarbeid", "", "M01", "1.4", RAD),
    ]),
    ("UHR-sekretariatet", [
        ("RSA-rapporten 2084",
         "UHR-sekretariatet har samlet årsrapportene fra rådene og skrevet en felles oversikt over hva arbeidslivet "
         "ber om. Rapporten er UHRs egen sammenstilling og ikke en del av rådenes arbeid.", "1.4 (relevans)",
         "Sammenstilling", "", None, "1.4", FOU),
        ("Nasjonal EVU-konferanse 2084",
         "Konferanse i Trondheim om etter- og videreutdanning for folk i jobb, med 420 deltakere fra lærestedene og "
         "arbeidslivet.", "2.4 (EVU)", "Konferanse", "HK-dir, NHO", None, "2.4", ARR),
        ("Mikroemnekatalogen",
         "Felles nettkatalog over korte emner på 2,5–10 studiepoeng fra universitetene og høyskolene. Katalogen "
         "hadde 1 150 emner ved utgangen av året.", "2.4 (EVU)", "Nettkatalog", "HK-dir", None, "2.4", INFO),
        ("Nettverk for karrieresentre ved lærestedene",
         "Nettverket ble lagt ned i fjor, og oppgavene er overført til lærestedene.", "1.3 (veiledning)", "Nettverk",
         "", "", "", None),
    ]),
    ("UHR-Helse og velferd", [
        ("Felles nasjonal praksisportal",
         "Arbeidet med portalen starter neste år etter at finansieringen er på plass.", "1.4 (relevans)", "Portal",
         "Spekter, KS", "", "", None),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Universitets- og høgskolerådet (UHR)", "b")])
    p.runs[0].font.size = Pt(16)
    p = d.add_paragraph()
    add_runs(p, [("Rapport om tiltak i oppfølgingen av kompetansestrategien 2084", "b")])
    p.runs[0].font.size = Pt(12.5)
    d.add_paragraph("UHR rapporterer her for sekretariatet, de fagstrategiske enhetene og medlemsinstitusjonene. "
                    "Tiltakene står under den enheten som har ansvaret.")
    head = ["Tiltak", "Omtale", "Strategimål", "Arbeidsform", "Samarbeid"]
    rows = []
    for unit, items in UNITS:
        d.add_heading(unit, level=2)
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            add_runs(c.paragraphs[0], [(h, "b")])
            set_cell_shading(c, "D9E2F3")
        for name, omt, sm, form, med, seed, dm, ty in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [name, omt, sm, form, med or "–"]):
                c.paragraphs[0].add_run(v)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, unit, med, omt))
        set_col_widths(t, [3.6, 6.6, 2.4, 2.5, 1.9])
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kontakt: Eirik Vangsnes, seniorrådgiver, UHR", "i")])
    docx_to_pdf(d, out / FILENAME, author="Eirik Vangsnes")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
