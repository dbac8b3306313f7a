"""KS: an ordinary Word table printed to PDF whose kind column gives KS' role in the measure as a verb («deltar»,
«arrangerer», «utreder», «lærer opp», «utvikler og prøver ut»). A network closed at the end of 2088 is told only
in words under the table."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "KS – rapport KPR 2089.pdf"
MEMBER = "KS"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table and "
          "a repeated header row; dates and /ID fixed")
SHAPE = ("ordinary table whose kind is a verb: title, an intro saying that the column «KS' rolle» tells with one "
         "verb what KS does in the measure, header Tiltak / KS' rolle / Dette skjedde i 2089 / Delmål / Ansvarlig "
         "i KS / Samarbeid; role cells «deltar», «arrangerer», «utvikler og prøver ut», «lærer opp», «utreder»; "
         "delmål as a plain code; the SRY seat «Arbeidsgiverplassene i SRY – KS' to medlemmer»; KS Trøndelag's own "
         "autumn day named like the joint day (its own version, not the joint measure); a paragraph under the table "
         "on a network closed at the end of 2088, told only in words; a contact line")
NOT_TRUTH = ("the title and intro, the header, the role cells, the Delmål cells, the paragraph under the table on "
             "'Nettverket for HR-ledere i kommunene' (closed at the end of 2088), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, role, text, delmål, ansvarlig, samarbeid, seed, type
ROWS = [
    ("Arbeidsgiverplassene i SRY – KS' to medlemmer", "deltar",
     "KS' to medlemmer fulgte rådets arbeid med tilbudsstrukturen og med lærlingløftet i kommunene. Rådet hadde "
     "fem møter.", "2.3", "Avdeling for arbeidsgiverpolitikk", "", "M06", RAD),
    ("Fagbrevdagen 2089 i kommunene", "arrangerer",
     "120 kommuner åpnet sykehjem, barnehager og tekniske etater for elever og voksne på Fagbrevdagen. KS laget "
     "felles materiell og program.", "2.3", "Avdeling for arbeidsgiverpolitikk", "NHO, Virke", "J02", ARR),
    ("Fagbrevdagen Trøndelag – kommunenes egen høstdag", "arrangerer",
     "KS Trøndelag holdt i oktober en egen dag for helsefagarbeiderlærlinger i 23 kommuner. Dagen var KS "
     "Trøndelags eget tiltak og ikke en del av den nasjonale Fagbrevdagen.", "2.3", "KS Trøndelag",
     "Trøndelag fylkeskommune", None, ARR),
    ("Norsk i turnus på sykehjem og i hjemmetjenesten", "utvikler og prøver ut",
     "Ansatte med kort botid i 24 kommuner fikk norskopplæring lagt inn i turnusen, og 70 språkkontakter ble lært "
     "opp.", "3.4", "Avdeling for arbeidsgiverpolitikk", "Spekter, Unio, 24 kommuner", "J05", PROSJEKT),
    ("Lederutdanning i velferdsteknologi", "lærer opp",
     "Videreutdanning på 15 studiepoeng for ledere i helse og omsorg om innføring og drift av velferdsteknologi. "
     "110 ledere fullførte.", "2.1", "KS Læring", "NTNU", None, KURS),
    ("Kunnskapsoversikt om Kompetansepluss i kommunene", "utreder",
     "KS fikk laget en oversikt over hvordan kommunene bruker Kompetansepluss arbeid for ansatte uten fullført "
     "videregående opplæring. Rapporten kom i september.", "3.2", "KS Analyse", "Oslo Economics", None, FOU),
]


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("KS – rapport til Kompetansepolitisk råd for 2089", "bs16")])
    d.add_paragraph(
        "Her er KS' tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi i 2089. Kolonnen «KS' rolle» sier "
        "med ett verb hva KS gjør i tiltaket.")
    head = ["Tiltak", "KS' rolle", "Dette skjedde i 2089", "Delmål", "Ansvarlig i KS", "Samarbeid"]
    body = [[n, r, t, dm, a, s] for n, r, t, dm, a, s, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 2.6, 9.4, 1.6, 3.8, 3.6], fill="DEEAF6", size=9.5, header_repeat=True)
    d.add_paragraph()
    d.add_paragraph("Nettverket for HR-ledere i kommunene ble avsluttet ved utgangen av 2088 og er derfor ikke med i "
                    "tabellen.")
    p = d.add_paragraph()
    runs(p, [("Kontakt: Geir Moen, seniorrådgiver i KS", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Geir Moen"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for n, _r, t, dm, a, s, seed, ty in ROWS]


ROLE = {"deltar": RAD, "arrangerer": ARR, "utvikler og prøver ut": PROSJEKT, "lærer opp": KURS, "utreder": FOU}


def text(path) -> str:
    return pdf_cells(path)
