"""Virke: a Word table printed to PDF by LibreOffice. Virke has moved some measures to another delmål since last
year's report; where it has, the goal cell shows this year's code followed by last year's in brackets («2.4 (i 2095:
2.1)»), which the intro explains. An offer that ended in 2095 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, stable_pdf

FILENAME = "Virke – rapport Kompetansepolitisk råd 2096.pdf"
MEMBER = "Virke"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table; "
          "dates and /ID fixed")
SHAPE = ("ordinary table: title, an intro saying that where Virke has moved a measure to another delmål since last "
         "year, last year's delmål stands in brackets, header Tiltak / Dette gjorde Virke / Delmål / Tiltaksform / "
         "Ansvarlig / Med; goal cells «1.4», «2.3», «2.4 (i 2095: 2.1)», «2.5 (i 2095: 2.2)», «2.2 (i 2095: 1.4)» "
         "(the first code is the delmål); Virke's kind words (Rådsplass, Åpne dager, Bransjeprogram, Rapport, "
         "Nettverk); the RSA seat «Rådet for samarbeid med arbeidslivet ved Høyskolen Kristiania»; an offer that "
         "ended in 2095 told only in words; a contact line")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Tiltaksform cells (last year's codes in brackets "
             "included), the row 'Digital butikkskole' (ended in 2095), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, gjort, goal cell, delmål, form, ansvarlig, med, seed, type
ROWS = [
    ("Rådet for samarbeid med arbeidslivet ved Høyskolen Kristiania",
     "Virke har en plass i rådet. Rådet drøftet i 2096 nye etter- og videreutdanningstilbud i handel og ledelse.",
     "1.4", "1.4", "Rådsplass", "Virke Kompetanse", "", "M02", RAD),
    ("Yrkesfagveka 2096 – handel og service",
     "Virke arrangerte åpen butikk i 30 medlemsvirksomheter der elever fikk prøve yrker i handel og service under "
     "Yrkesfagveka.", "2.3", "2.3", "Åpne dager", "Virke Handel", "Handel og Kontor, fylkeskommunene", "J03", ARR),
    ("Handelsløftet – bransjeprogram for varehandelen",
     "Korte kurs i netthandel, logistikk og kundeservice for ansatte uten fagbrev. 950 deltakere fra 140 "
     "virksomheter.", "2.4 (i 2095: 2.1)", "2.4", "Bransjeprogram", "Virke Handel",
     "HK-dir, Handel og Kontor, Fagskolen Oslo", None, KURS),
    ("Rapport om realkompetanse i varehandelen",
     "Samfunnsøkonomisk analyse undersøkte hvordan kompetanse fra butikkarbeid kan dokumenteres og gi uttelling mot "
     "fagbrev og fagskole.", "2.5 (i 2095: 2.2)", "2.5", "Rapport", "Virke Analyse", "Samfunnsøkonomisk analyse", None,
     FOU),
    ("HR-forum for kompetanse",
     "Nettverk for HR-ledere i 60 medlemsvirksomheter, med fire samlinger om kompetanseplanlegging.",
     "2.2 (i 2095: 1.4)", "2.2", "Nettverk", "Virke HR", "", None, RAD),
    ("Digital butikkskole",
     "Tilbudet ble avsluttet i 2095 og inngår nå i Handelsløftet.", "2.1", "", "Nettkurs", "Virke Handel", "", "",
     None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Arial", size=9.5, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Virke – tiltak i kompetansestrategien 2096", "bs15")])
    d.add_paragraph(
        "Virke har i år gått gjennom koblingen mellom tiltakene og strategiens delmål. Der vi har flyttet et tiltak "
        "til et annet delmål siden fjorårets rapport, står fjorårets delmål i parentes etter årets.")
    head = ["Tiltak", "Dette gjorde Virke", "Delmål", "Tiltaksform", "Ansvarlig", "Med"]
    body = [[n, g, cell, f, a, m] for n, g, cell, _dm, f, a, m, *_r in ROWS]
    ruled_table(d, head, body, [5.4, 8.6, 2.6, 2.8, 2.8, 3.8], fill="F2DCDB", size=9)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Spørsmål om rapporten kan rettes til Jonas Aune, fagsjef kompetanse, Virke.", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Jonas Aune"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, g) for n, g, _c, dm, _f, a, m, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_cells(path)
