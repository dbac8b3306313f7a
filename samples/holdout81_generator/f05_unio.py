"""Unio: an ordinary table printed to PDF, sorted by kind, whose first column is the kind written once and merged
down over the rows that share it. A conference moved to March 2092 is told only in words under the table."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, stable_pdf

FILENAME = "Unio – rapport til KPR for 2091.pdf"
MEMBER = "Unio"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table "
          "whose first column has vertically merged cells; dates and /ID fixed")
SHAPE = ("ordinary table sorted by kind with the kind merged down: title, an intro saying the table is sorted by "
         "form of work, header Tiltaksform / Tiltak / Hva skjedde i 2091 / Delmål / Forbund / Samarbeid; the "
         "Tiltaksform cell «Rådsarbeid» merged over the first two rows, then «Utviklingsarbeid», «Skolering», "
         "«Fagdag» one row each; delmål as a plain code; the KBU seat «Unios medlem i KBU» and the UHR-FSE seat "
         "«Utdanningsforbundets observatørplass i UHR-Lærerutdanning»; a conference moved to March 2092, told only "
         "in words; a contact line")
NOT_TRUTH = ("the title and intro, the header, the Tiltaksform cells, the Delmål cells, the paragraph on "
             "'Unio-konferansen om kompetanse' (moved to March 2092), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# form, name, text, delmål, forbund, partners, seed, type
ROWS = [
    ("Rådsarbeid", "Unios medlem i KBU",
     "Unios medlem deltok i Kompetansebehovsutvalgets fem møter og skrev innspill til rapporten om helse og omsorg.",
     "1.1", "Unio-sekretariatet", "", "M03", RAD),
    ("Rådsarbeid", "Utdanningsforbundets observatørplass i UHR-Lærerutdanning",
     "Utdanningsforbundet fulgte enhetens møter og arbeidet for mer veiledet praksis i grunnskolelærerutdanningene.",
     "1.4", "Utdanningsforbundet", "", "M06", RAD),
    ("Utviklingsarbeid", "Språkløypa – sykepleiere som språkveiledere",
     "NSF lærte opp 40 sykepleiere til språkveiledere på sykehjem og sykehus og holdt to digitale samlinger for dem.",
     "3.4", "Norsk Sykepleierforbund", "KS, Spekter", "J05", PROSJEKT),
    ("Skolering", "Veilederutdanning for praksislærere",
     "Studiet på 30 studiepoeng ga 120 lærere kompetanse til å veilede studenter i praksis.", "1.4",
     "Utdanningsforbundet", "Universitetet i Stavanger", None, KURS),
    ("Fagdag", "Fagdag om seniorer og læring i politiet",
     "Politiets Fellesforbund holdt en fagdag om etter- og videreutdanning for seniorer i politiet. 150 deltok.",
     "2.2", "Politiets Fellesforbund", "Politihøgskolen", None, ARR),
]

FORM = {"Rådsarbeid": RAD, "Utviklingsarbeid": PROSJEKT, "Skolering": KURS, "Fagdag": ARR}


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Unio – rapport til Kompetansepolitisk råd for 2091", "bs16")])
    d.add_paragraph("Unio og forbundene rapporterer fem tiltak. Tabellen er sortert etter tiltaksform.")
    head = ["Tiltaksform", "Tiltak", "Hva skjedde i 2091", "Delmål", "Forbund", "Samarbeid"]
    body, prev = [], None
    for form, n, t, dm, f, s, *_r in ROWS:
        body.append([form if form != prev else "", n, t, dm, f, s])
        prev = form
    table = ruled_table(d, head, body, [3.0, 5.2, 9.0, 1.6, 3.6, 3.6], fill="D9E2F3", size=9.5)
    start = 1
    for i in range(1, len(ROWS) + 1):
        last = i == len(ROWS) or ROWS[i][0] != ROWS[i - 1][0]
        if last:
            if i > start:
                table.cell(start, 0).merge(table.cell(i, 0))
            start = i + 1
    d.add_paragraph()
    d.add_paragraph("Unio-konferansen om kompetanse ble flyttet fra oktober og holdes i mars 2092.")
    p = d.add_paragraph()
    runs(p, [("Kontakt: Eva Strand, Unio-sekretariatet", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Eva Strand"), ".docx"))
    rows = []
    for form, n, t, dm, f, s, seed, ty in ROWS:
        assert FORM[form] == ty
        rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, f, s, t))
    return rows


def text(path) -> str:
    return pdf_cells(path)
