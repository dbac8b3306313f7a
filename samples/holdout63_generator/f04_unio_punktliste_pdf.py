"""Unio: a short Word report exported to PDF, built on bullet points. The headings are Unio's own priorities, each
measure is a first-level bullet with the bold name, a dash and the description, and second-level bullets tell the
strategy link in Unio's words («Strategien: …», never a code), who in Unio is responsible and with whom. The seats
in councils are held by member unions (Utdanningsforbundet, Sykepleierforbundet, Fysioterapeutforbundet), so the
union is the one responsible. No kind of measure is given. A closing paragraph names a programme ended last year
and a campaign starting next year."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Unio kompetansepolitisk arbeid 2083.pdf"
MEMBER = "Unio"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with two-level bullet lists; dates and /ID fixed"
SHAPE = ("bullet-point report: title, intro, one heading per Unio priority («Et felles kunnskapsgrunnlag», "
         "«Utdanninger i takt med arbeidslivet», «Veiledning gjennom hele yrkeslivet»); each measure a first-level "
         "bullet «**Name** – description», with second-level bullets «Strategien: …» (the delmål in Unio's words, "
         "no code), «Ansvar i Unio: …» and, where there are partners, «Sammen med: …»; council seats held by member "
         "unions; no kind of measure; a closing paragraph «Avsluttet og planlagt»")
NOT_TRUTH = ("the title, intro and priority headings, the «Strategien:» bullets, the paragraph «Avsluttet og "
             "planlagt» (the leadership programme for nurse managers ended last year, the campaign for more men in "
             "kindergarten teacher education starting next year), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# heading, [(name, text, strategy words, ansvar, med, seed, dm, type)]
SECTIONS = [
    ("Et felles kunnskapsgrunnlag", [
        ("Kompetansebehovsutvalget",
         "Utdanningsforbundet har Unios plass i utvalget. Unio fikk inn et eget kapittel om behovet for lærere og "
         "sykepleiere i distriktene i hovedrapporten.",
         "bedre kunnskap om framtidens kompetansebehov", "Utdanningsforbundet", "", "M03", "1.1", RAD),
        ("Unios innspill til KBU om lærer- og sykepleiermangel",
         "Et notat der Unio sammenstilte tall fra forbundene om mangelen på lærere og sykepleiere, sendt til "
         "utvalget i februar. Notatet er Unios eget innspill og er ikke en del av utvalgets rapport.",
         "bedre kunnskap om framtidens kompetansebehov", "Unios sekretariat", "Forskerforbundet", None, "1.1", FOU),
    ]),
    ("Utdanninger i takt med arbeidslivet", [
        ("Rådet for samarbeid med arbeidslivet ved OsloMet",
         "Sykepleierforbundet møter for Unio i rådet. Rådet arbeidet med flere praksisplasser i sykepleie og "
         "vernepleie og med en ny videreutdanning i akuttsykepleie.",
         "tettere samarbeid mellom utdanningene og arbeidslivet", "Norsk Sykepleierforbund", "", "M05", "1.4", RAD),
        ("UHR-Helse og velferd",
         "Fysioterapeutforbundet representerer Unio i den fagstrategiske enheten. Enheten la fram anbefalinger om "
         "felles praksisemner for helsefagene.",
         "tettere samarbeid mellom utdanningene og arbeidslivet", "Norsk Fysioterapeutforbund", "", "M06", "1.4",
         RAD),
        ("Veilederutdanning for praksislærere",
         "Videreutdanning på 15 studiepoeng for lærere som tar imot lærerstudenter i praksis. 190 lærere fullførte "
         "i 2083.",
         "tettere samarbeid mellom utdanningene og arbeidslivet", "Utdanningsforbundet",
         "Universitetet i Stavanger, Nord universitet", None, "1.4", KURS),
    ]),
    ("Veiledning gjennom hele yrkeslivet", [
        ("Karriereveiledning på arbeidsplassen",
         "Pilot der karriereveiledere fra karrieresenteret kom ut til sykehus, skoler og barnehager i Møre og "
         "Romsdal. 340 ansatte fikk veiledning i arbeidstiden.",
         "karriereveiledning for alle, også for voksne i jobb", "Unios sekretariat",
         "Akademikerne, Møre og Romsdal fylkeskommune", "J06", "1.3", PROSJEKT),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=10, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("Unios kompetansepolitiske arbeid 2083", "b")])
    p.runs[0].font.size = Pt(17)
    add_runs(d.add_paragraph(), [("Innspill til Kompetansepolitisk råds oppsummering av tiltak", "i")])
    d.add_paragraph("Unio organiserer over 400 000 lærere, sykepleiere, politi, forskere og andre med høyere "
                    "utdanning. Her er det viktigste Unio og forbundene har gjort i 2083 for å følge opp strategien.")
    rows = []
    for head, items in SECTIONS:
        d.add_heading(head, level=2)
        for name, txt, strat, ans, med, seed, dm, ty in items:
            b = d.add_paragraph(style="List Bullet")
            add_runs(b, [(name, "b"), (" – " + txt, "")])
            d.add_paragraph("Strategien: " + strat, style="List Bullet 2")
            d.add_paragraph("Ansvar i Unio: " + ans, style="List Bullet 2")
            if med:
                d.add_paragraph("Sammen med: " + med, style="List Bullet 2")
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    d.add_heading("Avsluttet og planlagt", level=2)
    d.add_paragraph("Lederutviklingsprogrammet for sykepleieledere ble avsluttet i fjor og er derfor ikke tatt med. "
                    "Fra neste år starter Unio og Utdanningsforbundet en kampanje for å få flere menn til å søke "
                    "barnehagelærerutdanning.")
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kontakt: Mona Eikeland, rådgiver i Unio", "i")])
    docx_to_pdf(d, out / FILENAME, author="Mona Eikeland")
    return rows


def text(path) -> str:
    return pdf_text(path)
