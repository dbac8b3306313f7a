"""Sametinget: an ordinary Word table in Norwegian whose kind column is written in North Sámi with the Norwegian word
in brackets («Kursa (kurs)», «Prošeakta (prosjekt)», «Čielggadeapmi (utredning)»). Delmål as a plain code. The
responsible is one of Sametinget's departments. A Sámi greeting opens the letter-like head. Two rows are outside 2084,
only by their text («ble holdt i fjor», «lyses ut neste år»)."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Sametinget – tiltak i kompetansestrategien 2084.docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx), landscape, one ruled table, zip normalised"
SHAPE = ("ordinary Word table after a letter-like head with a Sámi greeting («Buorre beaivi!»): header Tiltak / Delmål / "
         "Tiltaksslag (sámegillii) / Ansvar / Samarbeidspartnere / Omtale; the kind written in North Sámi with the "
         "Norwegian word in brackets («Ovddastus (representasjon)», «Kampánja (kampanje)», «Prošeakta (prosjekt)», "
         "«Kursa (kurs)», «Čielggadeapmi (utredning)», «Dáhpáhus (arrangement)», «Stipeanda (stipend)»); delmål as "
         "code; the responsible a Sametinget department; two rows outside 2084 only by their text")
NOT_TRUTH = ("the head, greeting and intro, the header, the Delmål and Tiltaksslag cells, the row 'Samisk karrieredag "
             "i Karasjok' (held last year), the row 'Stipend til samiske lærlinger i duodji' (announced next year), "
             "the closing and signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dm, kind, ansvar, partners, omtale, seed, type
ROWS = [
    ("Nasjonalt forum for karriereveiledning", "1.3", "Ovddastus (representasjon)", "Opplærings- og språkavdelingen",
     "",
     "Sametinget har plass i forumet og arbeidet i 2084 for at karrieresentrene skal kunne gi veiledning på samisk "
     "og kjenne samiske næringer.", "M05", RAD),
    ("Rekrutteringskampanje for samisk lærerutdanning", "1.4", "Kampánja (kampanje)",
     "Opplærings- og språkavdelingen", "Sámi allaskuvla – Samisk høgskole",
     "Kampanje i sosiale medier og på videregående skoler i Sápmi for å få flere til å søke samisk grunnskole- og "
     "barnehagelærerutdanning. Søkertallet økte med 18 prosent.", None, INFO),
    ("Duodji som lærefag", "2.3", "Prošeakta (prosjekt)", "Nærings- og kulturavdelingen",
     "Finnmark fylkeskommune, Duojáriid ealáhussearvi",
     "Prosjektet utvikler læreplasser i duodjifaget hos utøvere som ikke har hatt lærlinger før. Ti nye lærebedrifter "
     "ble godkjent i 2084.", None, PROSJEKT),
    ("Nordsamisk for helsepersonell", "2.4", "Kursa (kurs)", "Helse- og sosialavdelingen", "Nord universitet",
     "Kurs på to nivåer for sykepleiere og helsefagarbeidere i kommunene i forvaltningsområdet. 90 deltakere, de "
     "fleste fra hjemmetjenesten.", None, KURS),
    ("Kartlegging av samisk kompetansebehov i reindrifta", "1.1", "Čielggadeapmi (utredning)",
     "Nærings- og kulturavdelingen", "Norsk institutt for bioøkonomi",
     "Utredningen ser på hvilken kompetanse reindrifta trenger de neste ti årene, særlig innen økonomi, "
     "dyrevelferd og digitale verktøy. Rapporten kom i november.", None, FOU),
    ("Samisk karrieredag i Karasjok", "1.3", "Dáhpáhus (arrangement)", "Opplærings- og språkavdelingen", "",
     "Karrieredagen ble holdt i fjor og er ikke gjentatt i 2084.", "", None),
    ("Stipend til samiske lærlinger i duodji", "2.3", "Stipeanda (stipend)", "Nærings- og kulturavdelingen", "",
     "Ordningen lyses ut neste år.", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Sámediggi · Sametinget", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd\nKárášjohka/Karasjok, 15.01.2085\nÁššenr./Saksnr. "
                    "24/2291")
    d.add_paragraph("Buorre beaivi!")
    p = d.add_paragraph()
    add_runs(p, [("Sametingets tiltak i oppfølgingen av kompetansestrategien 2084", "b")])
    p.runs[0].font.size = Pt(12)
    d.add_paragraph("Tabellen viser Sametingets tiltak. Vi har skrevet tiltaksslaget på samisk, med norsk oversettelse "
                    "i parentes. To tiltak som ikke var i gang i 2084 er tatt med til orientering.")
    head = ["Tiltak", "Delmål", "Tiltaksslag (sámegillii)", "Ansvar", "Samarbeidspartnere", "Omtale"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "F2D7D5")
    rows = []
    for name, dm, kind, ans, med, omt, seed, ty in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dm, kind, ans, med or "–", omt]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, omt))
    set_col_widths(t, [4.6, 1.5, 3.6, 3.8, 4.2, 8.3])
    d.add_paragraph()
    d.add_paragraph("Dearvvuođaiguin / Med vennlig hilsen")
    d.add_paragraph("Elle Marja Guttorm\nseniorráđđeaddi / seniorrådgiver")
    save_docx(d, out / FILENAME, "Elle Marja Guttorm")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
