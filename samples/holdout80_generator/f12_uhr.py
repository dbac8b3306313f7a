"""UHR: a Word report printed to PDF that opens with an overview table holding two measures on each line (the
column group Tiltak / Delmål / Form repeated side by side), followed by one section per measure with the
description and a responsibility line. A conference postponed to April 2090 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "UHR – rapport til KPR 2089.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column overview "
          "table, Heading 2 sections and italic responsibility lines; dates and /ID fixed")
SHAPE = ("overview with two measures a line, then sections: title, an intro saying the overview has two measures on "
         "each line to fit on one page, a table Tiltak / Delmål / Form / Tiltak / Delmål / Form with three lines "
         "(measures 1 and 2, 3 and 4, 5 and 6 side by side), so a reader that takes a table line as one measure "
         "merges two; then a Heading 2 per measure with the description and an italic line «Ansvarlig: … · "
         "Samarbeid: …» («Samarbeid: ingen» = none); UHR's kind words (Fagstrategisk enhet, Seminar, Nettjeneste, "
         "Kartlegging, Nettverk, Pilot); the UHR-FSE seat «UHR-Helse og sosial – fagstrategisk enhet for helse- og "
         "sosialfagutdanningene»; UHR's own seminar for new members of the RSA councils (about RSA, not a seat); a "
         "closing section «Annet» with a conference postponed to April 2090, told only in words")
NOT_TRUTH = ("the title and intro, the overview's header and its Delmål and Form cells, the labels «Ansvarlig:» and "
             "«Samarbeid:» («Samarbeid: ingen»), the section «Annet» with 'Utdanningskonferansen 2089' (held in "
             "April 2090), the contact line")
SPLIT_FIELDS = ("ansvarlig", "samarbeidspartnere")

# name, delmål, form, text, ansvarlig, samarbeid, seed, type
ROWS = [
    ("UHR-Helse og sosial – fagstrategisk enhet for helse- og sosialfagutdanningene", "1.4", "Fagstrategisk enhet",
     "Enheten behandlet nye retningslinjer for praksis og tok initiativ til et felles opplegg for tverrprofesjonell "
     "samarbeidslæring. Enheten hadde fire møter.", "UHR-Helse og sosial", "", "M03", RAD),
    ("Seminar for nye medlemmer i RSA-rådene", "1.4", "Seminar",
     "Dagsseminar for ledere og arbeidslivsrepresentanter som er nye i rådene for samarbeid med arbeidslivet. "
     "Seminaret var UHRs eget og ikke et møte i noen av rådene. 75 deltok.", "UHR, avdeling for utdanning",
     "Spekter, KS", None, ARR),
    ("Felles emnekatalog for korte kurs", "2.4", "Nettjeneste",
     "Katalogen samler 1 400 korte emner fra 24 universiteter og høyskoler og ble åpnet i mai.",
     "UHR, avdeling for utdanning", "HK-dir, Sikt", None, INFO),
    ("Kartlegging av praksis i profesjonsutdanningene", "1.4", "Kartlegging",
     "NIFU kartla hvordan praksisperiodene er organisert og finansiert i tolv profesjonsutdanninger. Rapporten kom "
     "i november.", "UHR-Lærerutdanning, UHR-Helse og sosial", "NIFU", None, FOU),
    ("Nettverk for karriereveiledere i universitets- og høyskolesektoren", "1.3", "Nettverk",
     "Nettverket samlet karrieresentrene ved 18 institusjoner til to samlinger om veiledning av voksne studenter.",
     "UHR, avdeling for utdanning", "", None, RAD),
    ("Pilot med mikrokvalifikasjoner i teknologifag", "2.4", "Pilot",
     "To institusjoner prøvde ut emner på 2,5 studiepoeng som kan settes sammen til større enheter. 310 studenter "
     "deltok.", "UHR-MNT", "NTNU, Universitetet i Sørøst-Norge", None, PROSJEKT),
]


def build(out) -> list[dict]:
    from docx.shared import Pt
    d = new_docx(font="Liberation Serif", size=11, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Universitets- og høgskolerådet – rapport til Kompetansepolitisk råd 2089", "bs16")])
    d.add_paragraph("Oversikten har to tiltak på hver linje for å få plass på én side. Under oversikten er hvert "
                    "tiltak omtalt for seg.")
    head = ["Tiltak", "Delmål", "Form"] * 2
    body = []
    for k in range(0, len(ROWS), 2):
        a, b = ROWS[k], ROWS[k + 1]
        body.append([a[0], a[1], a[2], b[0], b[1], b[2]])
    ruled_table(d, head, body, [7.2, 1.5, 3.3, 7.2, 1.5, 3.3], fill="E2D9F3", size=9.5)
    for name, _dm, _f, txt, ans, sam, *_r in ROWS:
        h = d.add_heading(name, level=2)
        h.paragraph_format.space_before = Pt(12)
        d.add_paragraph(txt)
        p = d.add_paragraph()
        runs(p, [(f"Ansvarlig: {ans} · Samarbeid: {sam or 'ingen'}", "i")])
    d.add_heading("Annet", level=2)
    d.add_paragraph("Utdanningskonferansen 2089 ble utsatt og holdes i april 2090.")
    p = d.add_paragraph()
    runs(p, [("Kontakt: Henrik Strand, seniorrådgiver, UHR", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Henrik Strand"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for n, dm, _f, t, a, s, seed, ty in ROWS]


def text(path) -> str:
    return pdf_cells(path)
