"""Vestland fylkeskommune: a Nynorsk table printed to PDF by LibreOffice Writer, whose goal column gives the delmål as
two digits without a point («13» = 1.3, «31» = 3.1), as the county's case system stores it; one line above the table
says so. The kind in the county's Nynorsk words. The trap is the county's own Nynorsk chat offer named after the joint
career service, right under the county's row for it. An offer that starts in January 2096 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_to_pdf, \
    pdf_text_with_cells, repeat_header, row

FILENAME = "Vestland fylkeskommune - tiltak 2095.pdf"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table and a "
          "repeated header row; dates and /ID fixed")
SHAPE = ("Nynorsk table: the county's name and case number, title, intro, a line «Delmålsnummeret er skrive utan "
         "punktum, slik saksarkivet lagrar det (13 = delmål 1.3)», header Tiltak / Kva vart gjort i 2095 / Delmålsnr. "
         "/ Tiltaksform / Avdeling / Partnarar; the delmål only as two digits («13», «12», «31», «14»); the county's "
         "kind words (Forumplass, Nettenest, Pilot, Partnarskap, Kursrekkje, Konferanse); the NFK seat "
         "«Fylkeskommunane sin plass i Nasjonalt forum for karriererettleiing»; the county's own Nynorsk chat offer "
         "named after the joint service right under it; an offer that starts in January 2096 told only in words; a "
         "contact line")
NOT_TRUTH = ("the head, title and intro, the line on the delmål numbers, the header, the Delmålsnr. and Tiltaksform "
             "cells, the row 'Vaksenopplæring i Nordfjord' (decided, starts in January 2096), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, gjort, dm, form, avdeling, partnarar, seed, type
ROWS = [
    ("Fylkeskommunane sin plass i Nasjonalt forum for karriererettleiing",
     "Vestland har plassen til fylkeskommunane i forumet i 2095–2096. Fylkeskommunen la fram erfaringar frå "
     "karrieresentra i distrikta.", "1.3", "Forumplass", "Avdeling for opplæring og kompetanse", "", "M03", RAD),
    ("Karrierekompasset – Vestland",
     "Karrieresentra i Vestland svarte på chatten i Karrierekompasset to dagar i veka og marknadsførte tenesta i "
     "alle kommunane.", "1.3", "Nettenest", "Karriere Vestland", "HK-dir, NAV Vestland", "J01", INFO),
    ("Karrierekompasset på nynorsk – eige chattilbod i Sogn",
     "Fylkeskommunen prøvde ut eit eige chattilbod på nynorsk for vaksne i Sogn. Tilbodet er fylkeskommunen sitt "
     "eige og er ikkje ein del av Karrierekompasset.", "1.3", "Pilot", "Karriere Vestland", "Høgskulen på Vestlandet",
     None, PROSJEKT),
    ("Partnarskap for kompetanse i Vestland",
     "Partnarskapet med partane, NAV og utdanningsinstitusjonane hadde fire møte og vedtok ein felles "
     "handlingsplan for 2096.", "1.2", "Partnarskap", "Avdeling for strategisk utvikling",
     "NHO Vestland, LO i Vestland, NAV Vestland", None, RAD),
    ("Fagbrev på jobb – kursrekkje for tilsette i helse",
     "Vaksne tilsette i helse og omsorg tok fagbrev på jobb med kurs om kvelden. 150 deltakarar i 11 kommunar.",
     "3.1", "Kursrekkje", "Avdeling for opplæring og kompetanse", "kommunane i Vestland", None, KURS),
    ("Vestlandskonferansen om kompetanse",
     "Konferanse i Bergen i november om samarbeid mellom fagskular, høgskular og næringsliv. 260 deltakarar.", "1.4",
     "Konferanse", "Avdeling for strategisk utvikling", "Høgskulen på Vestlandet, Fagskulen Vestland", None, ARR),
    ("Vaksenopplæring i Nordfjord",
     "Tilbodet er vedteke og startar i januar 2096.", "3.1", "Kursrekkje", "Avdeling for opplæring og kompetanse",
     "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, landscape=True, margins_cm=1.8)
    d.add_paragraph("Vestland fylkeskommune\nSaksnr. 2095/11874-4")
    p = d.add_paragraph()
    add_runs(p, [("Rapportering til Kompetansepolitisk råd – tiltak i 2095", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Her er tiltaka Vestland fylkeskommune gjennomførte i 2095 i oppfølginga av den nasjonale "
                    "kompetansepolitiske strategien.")
    d.add_paragraph("Delmålsnummeret er skrive utan punktum, slik saksarkivet lagrar det (13 = delmål 1.3).")
    head = ["Tiltak", "Kva vart gjort i 2095", "Delmålsnr.", "Tiltaksform", "Avdeling", "Partnarar"]
    body = [[n, g, dm.replace(".", ""), f, a, p_] for n, g, dm, f, a, p_, *_r in ROWS]
    t = docx_table(d, head, body, [5.4, 8.6, 1.8, 2.4, 3.6, 4.2], fill="D0CECE", bold_first=True)
    repeat_header(t)
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Solveig Rygg, rådgjevar, Avdeling for opplæring og kompetanse")
    docx_to_pdf(d, out / FILENAME, author="Solveig Rygg")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p_, g) for n, g, dm, _f, a, p_, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_text_with_cells(path)
