"""Sametinget: an ordinary table printed to PDF with a column of the Sámi Parliament council's case numbers
(«SR 031/91», «SR 102/88» – the last two digits are the year the case was decided, not the reporting year), and
the responsible units named in North Sámi with the Norwegian name in brackets. A recruitment day moved to February
2092 stands in the table and is told only in its text, in North Sámi and Norwegian."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, stable_pdf

FILENAME = "Sámediggi – Sametingets rapport til KPR 2091.pdf"
MEMBER = "Sametinget"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled seven-column table; "
          "dates and /ID fixed")
SHAPE = ("ordinary table with case numbers: a head «Sámediggi – Sametinget», title, an intro saying the case number "
         "refers to the case in Sametingsrådet where the measure was decided, header Tiltak / Saksnr. / Delmål / "
         "Tiltaksslag / Ansvarlig / Samarbeid / Hva ble gjort i 2091; case numbers «SR 102/88», «SR 031/91», «SR "
         "057/90», «SR 066/91», «SR 044/91», «SR 071/91» (two-digit decision years, one from 2088 for a seat still "
         "held); responsible units in North Sámi with the Norwegian in brackets («Oahpahusossodat "
         "(opplæringsavdelingen)»); Sametinget's kind words (Representasjon, Arrangement, Informasjon, Kartlegging, "
         "Kurs); the NFK seat «Sametingets medlem i forumet for karriereveiledning»; a recruitment day moved to "
         "February 2092, told in its text in North Sámi and Norwegian; a signature")
NOT_TRUTH = ("the head, title and intro, the header, the Saksnr., Delmål and Tiltaksslag cells, the row 'Samisk "
             "rekrutteringsdag i Kautokeino' (moved to February 2092), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

OPP = "Oahpahusossodat (opplæringsavdelingen)"
# name, case, delmål, kind, ansvarlig, partners, text, seed
ROWS = [
    ("Sametingets medlem i forumet for karriereveiledning", "SR 102/88", "1.3", "Representasjon", OPP, "",
     "Sametinget deltok i Nasjonalt forum for karriereveiledning sine tre møter og la fram behovet for veiledere som "
     "kan samisk.", "M05"),
    ("Karrieredøgnet 2091 – samisk veiledning på nett", "SR 031/91", "1.3", "Arrangement", OPP,
     "Nordland fylkeskommune, VOFO",
     "Under Karrieredøgnet ga to veiledere veiledning på nordsamisk og lulesamisk på chat og telefon. 45 samtaler "
     "ble gjennomført.", "J03"),
    ("Nettside om samiske utdanningstilbud for voksne", "SR 057/90", "1.3", "Informasjon", OPP, "Sámi allaskuvla",
     "Sametinget samlet alle samiske utdanningstilbud for voksne på én nettside. Siden hadde 9 000 besøk.", None),
    ("Kartlegging av behovet for samiskspråklige lærere", "SR 066/91", "2.2", "Kartlegging",
     "Giella- ja kulturossodat (språk- og kulturavdelingen)", "Sámi allaskuvla",
     "Kartleggingen viser at det mangler 140 lærere som kan undervise på samisk i grunnskolen og i videregående "
     "opplæring.", None),
    ("Duodjikurs i samarbeid med studieforbund", "SR 044/91", "3.6", "Kurs",
     "Ealáhusossodat (næringsavdelingen)", "Studieforbundet kultur og tradisjon",
     "Kurs i duodji for voksne i ni kommuner i Finnmark og Troms. 130 deltakere.", None),
    ("Samisk rekrutteringsdag i Kautokeino", "SR 071/91", "1.3", "Arrangement", OPP, "",
     "Beaivi sirdojuvvui guovvamánnui 2092. Dagen er flyttet til februar 2092.", ""),
]

KIND = {"Representasjon": RAD, "Arrangement": ARR, "Informasjon": INFO, "Kartlegging": FOU, "Kurs": KURS}


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Sámediggi – Sametinget", "bs11")])
    p = d.add_paragraph()
    runs(p, [("Sametingets rapport til Kompetansepolitisk råd for 2091", "bs16")])
    d.add_paragraph("Tabellen viser Sametingets tiltak i 2091 i oppfølgingen av Nasjonal kompetansepolitisk strategi. "
                    "Saksnummeret viser til saken i Sametingsrådet der tiltaket ble vedtatt.")
    head = ["Tiltak", "Saksnr.", "Delmål", "Tiltaksslag", "Ansvarlig", "Samarbeid", "Hva ble gjort i 2091"]
    body = [[n, c, dm, k, a, s, t] for n, c, dm, k, a, s, t, _seed in ROWS]
    ruled_table(d, head, body, [4.6, 2.0, 1.5, 2.6, 3.8, 3.4, 7.6], fill="E2EFDA", size=9)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kárášjohka/Karasjok, 13.1.2092 – Biret Ánne Mienna, ráđđeaddi/rådgiver", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Sámediggi"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, KIND[k], a, s, t) for n, c, dm, k, a, s, t, seed in ROWS
            if seed != ""]


def text(path) -> str:
    return pdf_cells(path)
