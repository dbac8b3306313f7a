"""VOFO: an ordinary Word table with one column per hovedinnsatsområde (Gode valg / Læring i arbeidslivet / Svak
tilknytning): the delmål is the column the digit stands in and the digit itself («3» under «Gode valg» = 1.3, «4»
under «Svak tilknytning» = 3.4); the other two cells are empty. The kind in VOFO's words. A Nordic meeting held in
June 2096 is told only in words."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .common import ARR, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "VOFO tiltaksrapport 2095.docx"
MEMBER = "VOFO"
FORMAT = ("DOCX (python-docx), landscape, one ruled eight-column table with a shaded header row and three narrow "
          "centred area columns, zip normalised")
SHAPE = ("ordinary Word table: title, intro explaining the three area columns, header Tiltak / Om tiltaket / Gode valg "
         "/ Læring i arbeidslivet / Svak tilknytning / Slag tiltak / Studieforbund / Samarbeid; the delmål only as a "
         "digit in the column of its hovedinnsatsområde («3» under Gode valg = 1.3; «4», «2» and «6» under Svak "
         "tilknytning = 3.4, 3.2, 3.6), the other two cells empty; VOFO's kind words (Representasjon, Nettveiledning, "
         "Språkkafé, Prosjektkurs, Markering); the NFK seat «VOFO i Nasjonalt forum for karriereveiledning»; a Nordic "
         "meeting held in June 2096 told only in words")
NOT_TRUTH = ("the title and intro, the header, the area cells with their digits, the Slag tiltak cells, the row "
             "'Nordisk folkeopplysningsmøte' (held in Tromsø in June 2096), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, om, dm, slag, studieforbund, samarbeid, seed, type
ROWS = [
    ("VOFO i Nasjonalt forum for karriereveiledning",
     "VOFO har plassen for frivillig sektor i forumet. I 2095 ledet VOFO forumets arbeid med veiledning for voksne "
     "som lærer i studieforbund.", "1.3", "Representasjon", "VOFO sentralt", "", "M03", RAD),
    ("Karrierekompasset i studieforbundene",
     "Studieforbundene lenket til Karrierekompasset fra kursdatabasene sine og lærte opp 120 kursledere i å vise "
     "deltakerne tjenesten.", "1.3", "Nettveiledning", "Studieforbundet AOF", "HK-dir, fylkeskommunene", "J01", INFO),
    ("Norsk på kveldstid – språkkafeer",
     "Studieforbundene holdt 140 språkkafeer for voksne innvandrere i 60 kommuner, med frivillige samtaleledere.",
     "3.4", "Språkkafé", "Studieforbundet Folkeuniversitetet", "frivilligsentralene", None, KURS),
    ("Kompetansepluss frivillighet – lese- og skrivegrupper",
     "Prosjektkurs i lesing og skriving for voksne i frivillige lag. 38 kurs med 410 deltakere.", "3.2",
     "Prosjektkurs", "Studieforbundet kultur og tradisjon", "HK-dir", None, PROSJEKT),
    ("Frivillighetens læringsuke",
     "Markering i alle fylker i oktober der lag og foreninger viste fram kursene sine. 300 arrangementer.", "3.6",
     "Markering", "VOFO sentralt", "Frivillighet Norge", None, ARR),
    ("Nordisk folkeopplysningsmøte",
     "Møtet holdes i Tromsø i juni 2096.", "3.6", "Markering", "VOFO sentralt", "", "", None),
]
AREAS = ["Gode valg", "Læring i arbeidslivet", "Svak tilknytning"]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, landscape=True, margins_cm=1.6)
    p = d.add_paragraph()
    add_runs(p, [("VOFO – tiltak i kompetansestrategien 2095", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("De tre smale kolonnene er strategiens hovedinnsatsområder. Tallet i kolonnen er nummeret på "
                    "delmålet under området, slik det står i strategien.")
    head = ["Tiltak", "Om tiltaket"] + AREAS + ["Slag tiltak", "Studieforbund", "Samarbeid"]
    body = []
    for n, om, dm, slag, sf, sam, *_r in ROWS:
        a, k = dm.split(".")
        cols = ["", "", ""]
        cols[int(a) - 1] = k
        body.append([n, om] + cols + [slag, sf, sam])
    t = docx_table(d, head, body, [4.6, 8.0, 1.5, 1.9, 1.8, 2.5, 3.3, 3.0], fill="FFE699", bold_first=True)
    for r_ in t.rows[1:]:
        for c in r_.cells[2:5]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()
    d.add_paragraph("Voksenopplæringsforbundet, januar 2096")
    save_docx(d, out / FILENAME, "Voksenopplæringsforbundet")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, sf, sam, om) for n, om, dm, _s, sf, sam, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_text_deep(path)
