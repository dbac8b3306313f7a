"""LO: an ordinary Word table whose goal column names the hovedinnsatsområde in words and the delmål as an ordinal
word («Læring i arbeidslivet, fjerde delmål» = 2.4), and whose kind column is a short past-tense verb phrase in LO's
own words («Satt i utvalget», «Holdt kurs», «Bestilte forskning», «Holdt samling»). Council seats: KBU as a seat in the
newly appointed committee, FSR as the employees' representative. The trap is LO's own gathering for its members in
the faglige råd (about SRY, not a seat in it). A course last held in November 2093 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, ORDINAL, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "LO – tiltak 2094 til Kompetansepolitisk råd.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, an intro that explains the goal column, header Tiltak / Dette skjedde i 2094 / "
         "Plass i strategien / Slik jobbet vi / LO-ansvar / Samarbeidet med; the goal as the hovedinnsatsområde's "
         "name and the delmål's place under it as an ordinal word («Læring i arbeidslivet, fjerde delmål» = 2.4, "
         "«Gode valg for den enkelte og for samfunnet, første delmål» = 1.1); the kind as a verb phrase (Satt i "
         "utvalget, Satt i rådet, Holdt kurs, Holdt samling, Bestilte forskning); the KBU seat «Plass i det "
         "nyoppnevnte Kompetansebehovsutvalget», the FSR seat «Arbeidstakerrepresentant i Nasjonalt fagskoleråd»; "
         "LO's own gathering for its members in the faglige råd (about SRY); a course last held in November 2093 "
         "told only in words; a signature under the table")
NOT_TRUTH = ("the title and intro, the header, the Plass i strategien and Slik jobbet vi cells, the row 'Digitalt "
             "grunnkurs for verneombud' (last held in November 2093, not continued), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

AREA = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
        "3": "Voksne med svak tilknytning til arbeidslivet"}


def goal(dm: str) -> str:
    a, n = dm.split(".")
    return f"{AREA[a]}, {ORDINAL[int(n)]} delmål"


# name, skjedde, dm (for the goal words), slik, ansvar, med, seed, type
ROWS = [
    ("Plass i det nyoppnevnte Kompetansebehovsutvalget",
     "LO ble oppnevnt for perioden 2094–2097 med nestlederen i samfunnspolitisk avdeling som medlem. LO la i "
     "utvalget fram egne tall for mangel på fagarbeidere i bygg og industri.",
     "1.1", "Satt i utvalget", "Samfunnspolitisk avdeling", "", "M03", RAD),
    ("Arbeidstakerrepresentant i Nasjonalt fagskoleråd",
     "LO har én av de to plassene for arbeidstakersiden. Rådet behandlet i 2094 fordelingen av utviklingsmidler og "
     "en ny modell for fagskoletilbud på deltid.",
     "2.4", "Satt i rådet", "Utdanningsavdelingen", "", "M04", RAD),
    ("Klimaløftet",
     "Kursene i grønn teknologi for fagarbeidere startet i februar. 420 elektrikere, rørleggere og industriarbeidere "
     "tok minst ett kurs. LO-forbundene rekrutterte deltakere gjennom de tillitsvalgte.",
     "2.4", "Holdt kurs", "El og IT Forbundet", "Fellesforbundet, NHO, Innlandet fylkeskommune", "J01", KURS),
    ("Samling for LOs medlemmer i de faglige rådene",
     "Todagers samling i mars for de 48 LO-representantene i de faglige rådene og SRY, om dimensjonering av "
     "læreplasser. Samlingen var LOs egen og ikke et møte i rådene.",
     "2.3", "Holdt samling", "Utdanningsavdelingen", "AOF Norge", None, ARR),
    ("Forskning på tariffavtalt kompetanseutvikling",
     "Fafo kartla på oppdrag fra LO hvilke bestemmelser om kompetanse som står i 80 tariffavtaler, og hvordan de "
     "brukes i bedriftene. Rapporten kom i oktober.",
     "2.2", "Bestilte forskning", "Samfunnspolitisk avdeling", "Fafo", None, FOU),
    ("KI på arbeidsplassen – kurs for tillitsvalgte",
     "Nettkurs med to samlinger om hvordan kunstig intelligens endrer arbeidsoppgavene, og hva tillitsvalgte kan "
     "kreve av opplæring. 1 300 tillitsvalgte fullførte.",
     "2.1", "Holdt kurs", "Utdanningsavdelingen", "AOF Norge", None, KURS),
    ("Digitalt grunnkurs for verneombud",
     "Kurset ble holdt siste gang i november 2093 og er ikke videreført.",
     "2.1", "Holdt kurs", "Utdanningsavdelingen", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9, margins_cm=1.6)
    p = d.add_paragraph()
    add_runs(p, [("LOs tiltak i 2094 – rapport til Kompetansepolitisk råd", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("LO og forbundene rapporterer her det vi har gjort i 2094. I kolonnen «Plass i strategien» viser vi "
                    "til innsatsområdet og til hvilket delmål i rekken under området tiltaket hører til.")
    head = ["Tiltak", "Dette skjedde i 2094", "Plass i strategien", "Slik jobbet vi", "LO-ansvar",
            "Samarbeidet med"]
    body = [[n, s, goal(dm), slik, ans, med] for n, s, dm, slik, ans, med, _s, _t in ROWS]
    docx_table(d, head, body, [3.3, 5.6, 2.9, 1.9, 2.3, 2.4], fill="F4CCCC", bold_first=True)
    rows = []
    for n, s, dm, _slik, ans, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, ans, med, s))
    d.add_paragraph()
    d.add_paragraph("Med vennlig hilsen\nKristin Aune Berg\nrådgiver, utdanningsavdelingen i LO")
    save_docx(d, out / FILENAME, "Kristin Aune Berg")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
