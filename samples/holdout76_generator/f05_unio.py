"""Unio: a Word table printed to PDF by LibreOffice. The «Form» cell may name more than one form of work; the main one
is marked «(hovedform)», and it is not always the first. A course held for the last time in 2095 is told only in
words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, stable_pdf

FILENAME = "Unio – tiltak 2096.pdf"
MEMBER = "Unio"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table; "
          "dates and /ID fixed")
SHAPE = ("ordinary table: title, an intro that explains the Form column («Der et tiltak har flere arbeidsformer, er "
         "hovedformen merket (hovedform)»), header Tiltak / Forbund / Hva vi gjorde / Delmål / Form / Samarbeidet "
         "med; the Form cell one word or several with the main one marked «(hovedform)» («Webinarer, kurs "
         "(hovedform)», «Konferanse (hovedform), nettverk», «Rapport, undersøkelse (hovedform)»); delmål as a plain "
         "code; the RSA seat «RSA ved Universitetet i Agder – Unios plass» and the UHR-FSE seat «Sykepleierforbundet "
         "i UHR-Helse og velferd»; a course held for the last time in 2095 told only in words")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Form cells, the row 'Kurs for nye hovedtillitsvalgte' "
             "(held for the last time in 2095), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, forbund, gjort, dm, form, med, seed, type
ROWS = [
    ("RSA ved Universitetet i Agder – Unios plass", "Utdanningsforbundet",
     "Unio har én av arbeidstakerplassene i rådet for samarbeid med arbeidslivet ved UiA. Rådet drøftet i 2096 praksis "
     "i lærerutdanningene og etterutdanning for lærere i Agder.", "1.4", "Rådsarbeid", "", "M02", RAD),
    ("Sykepleierforbundet i UHR-Helse og velferd", "Norsk Sykepleierforbund",
     "NSF møter i den fagstrategiske enheten for helse- og velferdsutdanningene. Enheten arbeidet i 2096 med felles "
     "retningslinjer for praksisveiledning.", "1.4", "Rådsarbeid", "", "M03", RAD),
    ("KI-sertifikatet for ansatte i skole og helse", "Unio sekretariatet",
     "Unio-forbundene gjorde det felles nettkurset kjent blant medlemmene og holdt seks webinarer om kunstig "
     "intelligens i profesjonsutøvelsen. 2 400 medlemmer tok sertifikatet.", "2.1", "Webinarer, kurs (hovedform)",
     "HK-dir", "J06", KURS),
    ("Unio-konferansen 2096: Kompetanse hele livet", "Unio sekretariatet",
     "Konferanse i Oslo i september med 280 deltakere om etter- og videreutdanning i offentlig sektor. Konferansen "
     "startet også et nettverk for kompetansetillitsvalgte.", "2.2", "Konferanse (hovedform), nettverk",
     "KS, Spekter", None, ARR),
    ("Undersøkelse om videreutdanning i politiet", "Politiets Fellesforbund",
     "Spørreundersøkelse blant 3 100 medlemmer om behovet for og tilgangen på videreutdanning. Halvparten svarte at de "
     "ikke får fri til å ta videreutdanning.", "2.2", "Rapport, undersøkelse (hovedform)", "Politihøgskolen", None,
     FOU),
    ("Kurs for nye hovedtillitsvalgte", "Unio sekretariatet",
     "Kurset ble holdt for siste gang i 2095 og er nå en del av forbundenes egne kurs.", "2.2", "Kurs", "", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Unios rapportering til Kompetansepolitisk råd – 2096", "bs15")])
    d.add_paragraph(
        "Unio og forbundene rapporterer her om tiltakene i 2096. Der et tiltak har flere arbeidsformer, er hovedformen "
        "merket «(hovedform)».")
    head = ["Tiltak", "Forbund", "Hva vi gjorde", "Delmål", "Form", "Samarbeidet med"]
    body = [[n, f, g, dm, fo, m] for n, f, g, dm, fo, m, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 4.0, 8.0, 1.8, 3.6, 3.6], fill="DEEAF6", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontaktperson: Lene Brattli, seniorrådgiver i Unio", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Lene Brattli"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, f, m, g) for n, f, g, dm, _fo, m, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_cells(path)
