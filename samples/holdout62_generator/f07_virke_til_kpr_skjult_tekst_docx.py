"""Virke: an extract from Virke's own register of measures, pasted into Word. The column «Til KPR» says whether a
line belongs in the report to the council (J) or is an internal measure (N); the N lines are Virke's own staff
training. One line, a measure planned for 2083, was hidden before the file was sent: every run in it is formatted
as hidden text (w:vanish), so Word shows and prints the table without it, while the text is still in the file."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Virke tiltaksoversikt kompetanse 2082.docx"
MEMBER = "Virke"
FORMAT = ("DOCX (python-docx), landscape, one table with a J/N column and one row formatted as hidden text "
          "(w:vanish on every run), zip normalised")
SHAPE = ("register extract: title, a note that «Til KPR» = J means the line belongs in the report and N that it is "
         "internal, header Tiltak / Til KPR / Delmål / Virkemiddel / Ansvarlig / Partnere / Beskrivelse; two N rows "
         "(Virke's own staff training); one row, a measure planned for 2083, is hidden text: not shown or printed "
         "by Word but present in the XML")
NOT_TRUTH = ("the title and note, the header, the Til KPR, Delmål and Virkemiddel cells, the N rows 'Lederprogram for "
             "Virkes egne ansatte' and 'Opplæring i nytt medlemssystem (CRM)' (internal), the hidden row 'Bransjeskole "
             "for gravferdsbyråer' (planned 2083, hidden before sending), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, kpr, dm, virkemiddel, ansvarlig, partners, text, seed, type, hidden
ROWS = [
    ("Kompetansebehovsutvalget", "J", "1.1", "Utvalgsplass", "Samfunnspolitisk avdeling", "",
     "Virke har én av arbeidsgiverplassene i utvalget og bidro med tall fra handel og tjenesteyting til rapporten om "
     "helse og omsorg.", "M04", RAD, False),
    ("Samarbeidsrådet for yrkesopplæring", "J", "2.3", "Rådsplass", "Kompetanseavdelingen", "",
     "Virke tok opp rekrutteringen til salgsfaget og fikk rådet med på en gjennomgang av læreplanen.", "M06", RAD,
     False),
    ("Lederprogram for Virkes egne ansatte", "N", "", "Internt", "HR", "",
     "Seks samlinger for mellomledere i Virke-sekretariatet.", "", None, False),
    ("Studiepoeng i arbeid", "J", "2.4", "Kompetanseprogram", "Kompetanseavdelingen", "UHR, Handel og Kontor i Norge",
     "Ni nye emner på 7,5 studiepoeng i butikkledelse, netthandel og kundeservice; 1 150 ansatte tok minst ett "
     "emne på arbeidsplassen.", "J06", KURS, False),
    ("Studiepoeng i arbeid – ideell sektor", "J", "2.4", "Pilot", "Virke Ideell og frivillighet",
     "VID vitenskapelige høgskole",
     "Virkes egen pilot etter samme modell, for ansatte i ideelle helse- og omsorgsvirksomheter. Piloten er ikke en "
     "del av det felles programmet.", None, PROSJEKT, False),
    ("Opplæring i nytt medlemssystem (CRM)", "N", "", "Internt", "IT-avdelingen", "",
     "Kurs for alle ansatte i sekretariatet.", "", None, False),
    ("HR-nettverk for små og mellomstore virksomheter", "J", "2.4", "Nettverk", "Virke HR-tjenester", "",
     "Fire regionale nettverk der HR-ansvarlige deler erfaringer med kompetanseplanlegging; 210 virksomheter er "
     "med.", None, RAD, False),
    ("Bransjeskole for gravferdsbyråer", "J", "2.4", "Bransjeskole", "Virke Tjenesteyting", "Fagskolen Oslo",
     "Planlagt oppstart høsten 2083.", "", None, True),
    ("Frokostmøte om kunstig intelligens i handelen", "J", "2.1", "Møteplass", "Kommunikasjonsavdelingen",
     "NHO Service og Handel",
     "Frokostmøte i Oslo og på nett om hvordan butikkansatte kan lære å bruke KI-verktøy; 480 fulgte sendingen.",
     None, ARR, False),
]


def _hide(cell) -> None:
    """Hide every run and the paragraph mark, so the row disappears when hidden text is not shown."""
    from docx.oxml import OxmlElement
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.hidden = True
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:vanish"))
        ppr.append(rpr)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, landscape=True, margins_cm=1.6)
    p = d.add_paragraph()
    add_runs(p, [("Tiltaksoversikt – kompetanse og utdanning 2082", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Uttrekk fra Virkes tiltaksregister per 10.01.2083. Kolonnen «Til KPR» viser om tiltaket inngår i "
                    "rapporteringen til Kompetansepolitisk råd (J = ja, N = nei, internt tiltak).")
    head = ["Tiltak", "Til KPR", "Delmål", "Virkemiddel", "Ansvarlig", "Partnere", "Beskrivelse"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E4DFEC")
    rows = []
    for name, kpr, dm, vm, ans, med, txt, seed, ty, hidden in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [kpr, dm or "–", vm, ans, med or "–", txt]):
            c.paragraphs[0].add_run(v)
        if hidden:
            for c in cells:
                _hide(c)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    set_col_widths(t, [5.6, 1.3, 1.5, 2.8, 3.8, 3.5, 8.0])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Henrik Solberg, fagsjef kompetanse, Virke")
    save_docx(d, out / FILENAME, "Henrik Solberg")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
