"""Sametinget: an ordinary Word table printed to PDF whose one goal column gives the delmål and the kind together,
the kind as a North Sámi word («1.3 – diehtojuohkin»), with a small glossary under the table. A recruitment fair
moved to March 2090 is told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "Sámediggi – Sametingets rapport KPR 2089.pdf"
MEMBER = "Sametinget"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled five-column table "
          "and a glossary paragraph under it; dates and /ID fixed")
SHAPE = ("ordinary table with the delmål and a North Sámi kind word in one cell: a head «Sámediggi – Sametinget», "
         "title, an intro saying the column «Strategi og tiltaksslag» gives the delmål first and then the kind in "
         "North Sámi, header Tiltak / Hva ble gjort i 2089 / Strategi og tiltaksslag / Ansvarlig / Samarbeid; cells "
         "«1.3 – ráđđebargu», «1.3 – diehtojuohkin», «2.4 – kursa», «2.2 – iskkadeapmi», «3.2 – prošeakta»; a "
         "glossary line under the table translating the six Sámi kind words; the NFK seat «Sametingets plass i "
         "Nasjonalt forum for karriereveiledning»; a recruitment fair moved to March 2090 told only in words; a "
         "signature")
NOT_TRUTH = ("the head, title and intro, the header, the «Strategi og tiltaksslag» cells, the glossary line, the "
             "paragraph on 'Samisk rekrutteringsmesse i Tromsø' (moved to March 2090), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

KIND = {RAD: "ráđđebargu", INFO: "diehtojuohkin", KURS: "kursa", FOU: "iskkadeapmi", PROSJEKT: "prošeakta"}
GLOSSARY = ("Tiltaksslag på nordsamisk: ráđđebargu = råds- og utvalgsarbeid · diehtojuohkin = informasjon · kursa = "
            "kurs og opplæring · iskkadeapmi = kartlegging og forskning · prošeakta = prosjekt · čoahkkin = møte "
            "eller arrangement.")

# name, text, delmål, ansvarlig, samarbeid, seed, type
ROWS = [
    ("Sametingets plass i Nasjonalt forum for karriereveiledning",
     "Sametinget deltok i forumets møter og arbeidet for at samisk språk og kultur skal være med i opplæringen av "
     "karriereveiledere.", "1.3", "Opplæringsavdelingen", "", "M01", RAD),
    ("Veiledningsbussen i Sápmi",
     "Bussen kjørte til Karasjok, Kautokeino, Tana og Snåsa med samisktalende veiledere, og 380 personer fikk "
     "veiledning.", "1.3", "Opplæringsavdelingen", "Sámi allaskuvla, Karriere Finnmark, VOFO", "J03", INFO),
    ("Kurs i samisk språk og kultur for ansatte i helsetjenesten",
     "Nettkurs og to samlinger i Kautokeino for 65 sykepleiere og helsefagarbeidere i kommuner med samisk "
     "befolkning.", "2.4", "Helse- og sosialavdelingen", "Sámi allaskuvla", None, KURS),
    ("Kartlegging av kompetansebehov i reindriften",
     "Kartleggingen viser hvilke ferdigheter reindriftsutøvere trenger for å ta fagbrev i reindrift. Rapporten kom "
     "i september.", "2.2", "Næringsavdelingen", "Samisk videregående skole og reindriftsskole", None, FOU),
    ("Prosjekt for fagbrev i duodji",
     "Åtte voksne duodjiutøvere fikk opplæring som skal føre fram til fagbrev i duodji. Prosjektet er finansiert "
     "med Kompetansepluss-midler.", "3.2", "Opplæringsavdelingen", "Troms og Finnmark fylkeskommune", None,
     PROSJEKT),
]


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Sámediggi – Sametinget", "bs11")])
    p = d.add_paragraph()
    runs(p, [("Sametingets rapport til Kompetansepolitisk råd 2089", "bs15")])
    d.add_paragraph("I kolonnen «Strategi og tiltaksslag» står delmålet i strategien først og deretter tiltaksslaget "
                    "på nordsamisk.")
    head = ["Tiltak", "Hva ble gjort i 2089", "Strategi og tiltaksslag", "Ansvarlig", "Samarbeid"]
    body = [[n, t, f"{dm} – {KIND[ty]}", a, s] for n, t, dm, a, s, _seed, ty in ROWS]
    ruled_table(d, head, body, [5.4, 8.4, 3.4, 4.4, 4.0], fill="E2EFD9", size=9.5)
    p = d.add_paragraph()
    runs(p, [(GLOSSARY, "g")])
    d.add_paragraph("Den samiske rekrutteringsmessen i Tromsø var planlagt i november, men er flyttet til mars 2090.")
    p = d.add_paragraph()
    runs(p, [("Karasjok, 13. januar 2090\nÁnde Somby\nseniorrådgiver, opplæringsavdelingen", "")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Ánde Somby"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for n, t, dm, a, s, seed, ty in ROWS]


def text(path) -> str:
    return pdf_cells(path)
