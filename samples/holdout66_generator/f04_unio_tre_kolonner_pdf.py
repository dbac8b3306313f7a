"""Unio: a PDF exported by LibreOffice from a Word report with a three-column table. Each cell stacks several
facts: the first cell the bold measure name and, on a line of its own in italics, the union responsible; the second
the description with a last paragraph «Partnere: …»; the third the delmål code on one line and Unio's kind word on
the next. The NFK and UHR-Lærerutdanning seats are named by the union's seat; a leadership programme whose first
class starts next autumn is outside 2086."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_to_pdf, pdf_text_with_cells, row

FILENAME = "Unio – tiltak i kompetansepolitikken 2086.pdf"
MEMBER = "Unio"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with one ruled three-column table; dates and /ID fixed"
SHAPE = ("report with a three-column table Tiltak og forbund / Hva og med hvem / Strategi, each cell stacking "
         "facts: bold name and the responsible union in italics on the next line; the description followed by a "
         "paragraph «Partnere: …» (or «Partnere: ingen»); the delmål code over Unio's lower-case kind word "
         "(forumarbeid, medlemskap, utviklingsarbeid, videreutdanning, kartlegging); a programme starting next autumn")
NOT_TRUTH = ("the title, intro and header, the «Partnere:» labels and «Partnere: ingen», the Strategi cells, the "
             "row 'Lederprogram for barnehagestyrere' (first class admitted next autumn), the closing paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Utdanningsforbundets plass i Nasjonalt forum for karriereveiledning", "Utdanningsforbundet",
     "Utdanningsforbundet representerer Unio i forumet. Vi har særlig arbeidet for at rådgivere i skolen skal få "
     "videreutdanning i karriereveiledning.", "", "1.3", "forumarbeid", "M01", RAD),
    ("Medlem av arbeidslivsutvalget i UHR-Lærerutdanning", "Utdanningsforbundet",
     "Utdanningsforbundet er arbeidslivets representant i utvalget, som i år drøftet praksis i "
     "lektorutdanningene.", "", "1.4", "medlemskap", "M04", RAD),
    ("Realkompetanseportalen – sykepleiemodulen", "Norsk Sykepleierforbund",
     "NSF har vært med på å lage modulen der helsefagarbeidere kan dokumentere kompetanse de har fått i jobb, som "
     "grunnlag for opptak til sykepleierutdanning. Modulen ble åpnet i september.",
     "HK-dir, Spekter, Kunnskapsdepartementet", "2.5", "utviklingsarbeid", "J03", PROSJEKT),
    ("Videreutdanning i veiledningspedagogikk for praksislærere", "Utdanningsforbundet",
     "Samlingsbasert studium på 30 studiepoeng for lærere som tar imot studenter i praksis. 180 lærere fullførte.",
     "Høgskolen i Østfold, Nord universitet", "1.4", "videreutdanning", None, KURS),
    ("Kartlegging av kompetanseutvikling i midlertidige stillinger", "Forskerforbundet",
     "Spørreundersøkelse til 3 100 medlemmer i midlertidige stillinger ved universiteter og høyskoler om tilgang "
     "til kurs og faglig utvikling.", "NIFU",
     "2.2", "kartlegging", None, FOU),
    ("Lederprogram for barnehagestyrere", "Utdanningsforbundet",
     "Programmet er utviklet i år, men første kull tas opp høsten neste år.", "Universitetet i Stavanger", "2.4",
     "videreutdanning", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Unios rapportering til Kompetansepolitisk råd – 2086", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Unio organiserer blant annet lærere, sykepleiere, politi og forskere. Tabellen viser tiltak "
                    "som Unio og forbundene har hatt ansvaret for i 2086.")
    data = []
    for name, union, desc, med, dm, kind, _s, _t in ROWS:
        data.append([[((name, "b"),), ((union, "i"),)], [desc, f"Partnere: {med or 'ingen'}"], [dm, kind]])
    docx_table(d, ["Tiltak og forbund", "Hva og med hvem", "Strategi"], data, [5.2, 8.8, 3.0], fill="DDEBF7",
               size=9.5)
    d.add_paragraph()
    d.add_paragraph("Unio deltar gjerne i videre arbeid med rapporteringen. Spørsmål kan rettes til "
                    "Unio-sekretariatet v/ Tone Kvamme.")
    docx_to_pdf(d, out / FILENAME, author="Tone Kvamme")
    return [row(FILENAME, MEMBER, name, s, dm, t, union, med, desc)
            for name, union, desc, med, dm, _k, s, t in ROWS if t]


def text(path) -> str:
    return pdf_text_with_cells(path)
