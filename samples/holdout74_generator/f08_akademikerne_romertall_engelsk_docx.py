"""Akademikerne: an ordinary Word table with English loan words in the header and in the kind column (Lead, Format;
Representasjon, Policy brief, Survey, Workshop, Pilot, E-learning), and the delmål written with a Roman numeral for
the area and an Arabic one for the delmål («II.2» = 2.2, «III.4» = 3.4), as an intro sentence explains. Two council
seats (KBU as a committee member, UHR-FSE as an observer seat held by a member association). The trap is a policy
brief sent to KBU as input (about a council, not a seat in it). An e-learning module launched in February 2095 is told
only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "Akademikerne – initiativ og tiltak 2094.docx"
MEMBER = "Akademikerne"
FORMAT = "DOCX (python-docx), portrait, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with English loan words: title, intro, header Initiativ / Beskrivelse / Strategisk "
         "forankring / Format / Lead / Partnere; the delmål as a Roman numeral for the area and an Arabic digit for "
         "the delmål («I.1» = 1.1, «I.4» = 1.4, «II.1» = 2.1, «II.2» = 2.2, «III.4» = 3.4), explained by one intro "
         "sentence; the kind in anglicisms (Representasjon, Policy brief, Survey, Workshop, Pilot, E-learning); the "
         "responsible member association under «Lead»; the KBU seat «Utvalgsmedlem, Kompetansebehovsutvalget (KBU)» "
         "with Akademikerne's own policy brief to KBU right under it; the UHR-FSE seat «UHR-Medisin og helse – "
         "Legeforeningens observatørplass»; an e-learning module launched in February 2095 told only in words")
NOT_TRUTH = ("the title and intro, the header, the Strategisk forankring and Format cells, the row 'E-læringsmodul om KI "
             "for jurister' (launched in February 2095), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROMAN = {"1": "I", "2": "II", "3": "III"}
# name, beskrivelse, dm, format, lead, partners, seed, type
ROWS = [
    ("Utvalgsmedlem, Kompetansebehovsutvalget (KBU)",
     "Akademikerne har ett av medlemmene fra hovedorganisasjonene. Vi fikk inn et eget kapittel om behovet for "
     "realfag og teknologi i delrapporten.", "1.1", "Representasjon", "Akademikerne sekretariatet", "", "M03", RAD),
    ("Policy brief til KBU om realfagskompetanse",
     "Notat med tall fra Tekna om mangel på ingeniører og realister, sendt utvalget som innspill før delrapporten. "
     "Notatet er vårt eget innspill og er ikke en del av utvalgets arbeid.", "1.1", "Policy brief", "Tekna", "",
     None, FOU),
    ("UHR-Medisin og helse – Legeforeningens observatørplass",
     "Legeforeningen deltar som observatør i den fagstrategiske enheten. Enheten arbeidet med praksis for "
     "medisinstudenter i kommunehelsetjenesten.", "1.4", "Representasjon", "Den norske legeforening", "", "M06", RAD),
    ("Survey om etter- og videreutdanning blant akademikere",
     "Spørreundersøkelse blant 8 000 medlemmer om hvor mye etter- og videreutdanning de tar, og hvem som betaler. "
     "Rapporten kom i juni.", "2.2", "Survey", "Samfunnsøkonomene", "Ny Analyse", None, FOU),
    ("Workshop om KI i profesjonsutøvelsen",
     "Workshop for tillitsvalgte og ledere i advokatfirmaer og konsulentselskaper om hvordan KI endrer "
     "kompetansebehovet. 120 deltakere.", "2.1", "Workshop", "Juristforbundet", "Tekna", None, ARR),
    ("Pilot: mentorprogram for innvandrede akademikere",
     "Mentorordning der medlemmer hjelper akademikere med utdanning fra utlandet inn i relevante jobber. 45 par i "
     "2094.", "3.4", "Pilot", "Tekna", "NAV, IMDi", None, PROSJEKT),
    ("E-læringsmodul om KI for jurister",
     "Modulen er under utvikling og lanseres i februar 2095.", "2.1", "E-learning", "Juristforbundet", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, margins_cm=1.7)
    p = d.add_paragraph()
    add_runs(p, [("Akademikerne – initiativ og tiltak 2094", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Akademikerne og medlemsforeningene rapporterer her til Kompetansepolitisk råd. «Strategisk "
                    "forankring» viser innsatsområdet med romertall og delmålet med tall, for eksempel II.2 = delmål "
                    "2.2.")
    head = ["Initiativ", "Beskrivelse", "Strategisk forankring", "Format", "Lead", "Partnere"]
    body = [[n, b, f"{ROMAN[dm[0]]}.{dm[2]}", fmt, lead, med] for n, b, dm, fmt, lead, med, _s, _t in ROWS]
    docx_table(d, head, body, [3.6, 6.0, 2.0, 2.2, 2.5, 2.2], fill="FCE4D6", bold_first=True)
    rows = []
    for n, b, dm, _fmt, lead, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, lead, med, b))
    d.add_paragraph()
    d.add_paragraph("Spørsmål kan rettes til Jonas Aamodt, fagsjef i Akademikerne.")
    save_docx(d, out / FILENAME, "Jonas Aamodt")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
