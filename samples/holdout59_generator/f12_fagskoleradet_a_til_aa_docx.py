"""Fagskolerådet: a Nynorsk register «Tiltaka våre frå A til Å» – the measures sorted alphabetically under letter
headings (B, F, K, N, O), each a bold name, a paragraph and a small grey line «Delmål 1.4 · rådsarbeid ·
Ansvarleg: … · Med: …». Finished 2078 and planned 2080 items are in the same alphabet, marked in brackets."""
from __future__ import annotations

import docx
from docx.shared import Pt, RGBColor

from .common import ARR, FOU, INFO, KURS, RAD, docx_text_deep, row, save_docx

FILENAME = "Fagskolerådet_tiltak_A-Å_2079.docx"
MEMBER = "Fagskolerådet"
FORMAT = "DOCX (python-docx), letter headings as Heading 2, grey small-print fact lines, zip normalised"
SHAPE = ("Nynorsk alphabetical register «Tiltaka våre frå A til Å»: letter headings (B, D, F, K, N, O, S), under "
         "each the measures starting with that letter as a bold name + paragraph + a grey line «Delmål x.y · "
         "own kind word · Ansvarleg: … · Med: …»; items from 2078 and 2080 are in the same alphabet with "
         "«(avslutta 2078)» / «(planlagt 2080)» after the name and no fact line")
NOT_TRUTH = ("the title, the intro, the letter headings, the grey fact lines, 'Digital fagskulemesse (avslutta "
             "2078)', 'Studiebarometer for fagskular (planlagt 2080)', the closing line")

# name, text, dm, kind word, ansvar, med, seed, type   (type None: other year)
ITEMS = [
    ("Bransjedag for fagskular og næringsliv", "Ein dag i Stavanger der 40 bedrifter og 12 fagskular møttest for "
     "å planleggje nye tilbod innan energi og havbruk.", "2.4", "møteplass", "Fagskolerådet",
     "Rogaland fylkeskommune, NHO Rogaland", None, ARR),
    ("Digital fagskulemesse (avslutta 2078)", "", "", "", "", "", "", None),
    ("Fagskulevalet – informasjonskampanje", "Kampanje retta mot vaksne i arbeid om kva fagskule er og korleis "
     "ein kan ta fagskule ved sida av jobb.", "1.3", "kampanje", "Fagskolerådet", "Fagskulane", None, INFO),
    ("Kartlegging av fagskulestudentar i arbeid", "Undersøking blant 3 000 studentar om kor mange som tek "
     "fagskule ved sida av full jobb, og kva arbeidsgivar bidreg med.", "2.2", "kartlegging", "Fagskolerådet",
     "NOKUT", None, FOU),
    ("Nasjonalt fagskuleråd", "Fagskolerådet leiar arbeidstakar- og arbeidsgivarsida sitt samarbeid med "
     "fagskulane i rådet og hadde sekretariatsansvar for to av møta.", "1.4", "rådsarbeid", "Fagskolerådet",
     "KS, YS, NHO", "M05", RAD),
    ("Nordnorsk fagskuleallianse", "Fagskulane i Nordland, Troms og Finnmark samarbeider med arbeidslivet om "
     "felles tilbod; Fagskolerådet sit i styringsgruppa.", "1.4", "nettverk", "Fagskolen i Nordland",
     "Nordland fylkeskommune, Sametinget", "J06", RAD),
    ("Opplæring av studentrepresentantar til Nasjonalt fagskuleråd", "To kursdagar for studentane som er "
     "valde til rådet, om mandat, saksgang og korleis dei kan fremje studentane sine saker.", "1.4",
     "opplæring", "Fagskolerådet", "Organisasjon for norske fagskolestudenter", None, KURS),
    ("Studiebarometer for fagskular (planlagt 2080)", "", "", "", "", "", "", None),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Cambria"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Tiltaka våre frå A til Å – 2079", level=1)
    d.add_paragraph("Rapport frå Fagskolerådet til Kompetansepolitisk råd. Tiltaka står i alfabetisk rekkjefølgje. "
                    "Tiltak frå andre år står med i lista, merka i parentes.")
    rows = []
    letter = None
    for name, txt, dm, kind, ansv, med, seed, ty in sorted(ITEMS, key=lambda it: it[0].lower()):
        if name[0] != letter:
            letter = name[0]
            d.add_heading(letter, level=2)
        p = d.add_paragraph()
        p.add_run(name).bold = True
        if not ty:
            continue
        d.add_paragraph(txt)
        fact = f"Delmål {dm} · {kind} · Ansvarleg: {ansv}" + (f" · Med: {med}" if med else "")
        r = d.add_paragraph().add_run(fact)
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansv, med, txt))
    d.add_paragraph()
    d.add_paragraph("Oslo, januar 2080 – Fagskolerådet")
    save_docx(d, out / FILENAME, "Fagskolerådet")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
