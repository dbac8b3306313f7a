"""Unio: an ordinary Word table whose «Form» column holds only a small pictogram (a PNG drawn with Pillow); the kind's
word exists only as the picture's alternative text (wp:docPr descr and title) and in a legend under the table where the
same pictograms stand beside Unio's words. A course that starts in March 2096 is told only in words."""
from __future__ import annotations

import io

from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "Unio – rapportering til KPR for 2095.docx"
MEMBER = "Unio"
FORMAT = ("DOCX (python-docx), landscape, one ruled six-column table with a shaded header row and inline PNG "
          "pictograms (Pillow) carrying alternative text, zip normalised")
SHAPE = ("ordinary Word table: title, intro, header Tiltak / Forbund / Dette er gjort / Delmål / Form / Partnere; the "
         "«Form» cell holds only a pictogram (book = kurs, round table = råd og utvalg, magnifier = undersøkelse, "
         "speech bubble = fagdag), the kind's word only in the picture's alternative text («Form: Kurs», «Form: Råd "
         "og utvalg», «Form: Undersøkelse», «Form: Fagdag») and in a legend line of the same pictograms under the "
         "table; delmål as a plain code; the responsible union under «Forbund»; the RSA seat «Unios plass i RSA ved "
         "OsloMet» and the UHR-FSE seat «Utdanningsforbundet i UHR-Lærerutdanning»; a course that starts in March 2096 "
         "told only in words")
NOT_TRUTH = ("the title and intro, the header, the Delmål cells, the pictograms and their alternative text, the legend, "
             "the row 'Nettkurs i profesjonsetikk' (starts in March 2096), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

ICON_WORD = {"kurs": "Kurs", "rad": "Råd og utvalg", "fou": "Undersøkelse", "arr": "Fagdag"}

# name, forbund, gjort, dm, icon, partnere, seed, type
ROWS = [
    ("Utdanningsforbundet i UHR-Lærerutdanning", "Utdanningsforbundet",
     "Utdanningsforbundet har fast plass i den fagstrategiske enheten. Enheten arbeidet i 2095 med ny rammeplan for "
     "praktisk-pedagogisk utdanning for yrkesfag.", "1.4", "rad", "", "M06", RAD),
    ("Unios plass i RSA ved OsloMet", "Unio sentralt",
     "Unio har én av arbeidslivets plasser i rådet for samarbeid med arbeidslivet ved OsloMet. Rådet drøftet i 2095 "
     "praksisplasser i sykepleie og lærerutdanning.", "1.4", "rad", "", "M04", RAD),
    ("Kurs i praksisveiledning i sykehjem", "Norsk Sykepleierforbund",
     "Tre dager for sykepleiere i sykehjem som veileder studenter og lærlinger. 280 deltok i 2095.", "2.4", "kurs",
     "VID vitenskapelige høgskole, KS", None, KURS),
    ("Undersøkelse om etterutdanning i UH-sektoren", "Forskerforbundet",
     "Spørreundersøkelse blant 4 000 vitenskapelig ansatte om tid og støtte til faglig oppdatering. Rapporten kom i "
     "oktober.", "2.2", "fou", "NIFU", None, FOU),
    ("Fagdag om læring i barnehagen", "Utdanningsforbundet",
     "Fagdag i Tromsø i november om hvordan barnehageansatte lærer av hverandre i hverdagen. 210 deltakere.", "2.2",
     "arr", "UiT Norges arktiske universitet", None, ARR),
    ("Nettkurs i profesjonsetikk", "Unio sentralt",
     "Kurset er ferdig utviklet og starter i mars 2096.", "2.4", "kurs", "", "", None),
]


def _icon(kind: str) -> bytes:
    im = Image.new("RGB", (96, 96), "white")
    d = ImageDraw.Draw(im)
    c = (31, 78, 121)
    if kind == "kurs":
        d.polygon([(10, 24), (48, 14), (48, 78), (10, 86)], outline=c, width=5)
        d.polygon([(86, 24), (48, 14), (48, 78), (86, 86)], outline=c, width=5)
    elif kind == "rad":
        d.ellipse((26, 30, 70, 66), outline=c, width=5)
        for x, y in ((48, 14), (48, 82), (12, 48), (84, 48)):
            d.ellipse((x - 8, y - 8, x + 8, y + 8), fill=c)
    elif kind == "fou":
        d.ellipse((12, 12, 62, 62), outline=c, width=6)
        d.line((56, 56, 86, 86), fill=c, width=10)
    else:
        d.rounded_rectangle((8, 14, 88, 66), radius=14, outline=c, width=5)
        d.polygon([(26, 64), (22, 88), (46, 64)], fill=c)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False, compress_level=9)
    return buf.getvalue()


def _picture(paragraph, kind: str, counter: list) -> None:
    run = paragraph.add_run()
    shape = run.add_picture(io.BytesIO(_icon(kind)), width=Cm(0.8))
    counter[0] += 1
    pr = shape._inline.docPr
    pr.set("id", str(counter[0]))
    pr.set("name", f"Bilde {counter[0]}")
    pr.set("descr", f"Form: {ICON_WORD[kind]}")
    pr.set("title", ICON_WORD[kind])


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Unio – tiltak i kompetansestrategien 2095", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Unio og forbundene rapporterer her tiltakene for 2095. Symbolet i kolonnen Form viser hva slags "
                    "tiltak det er; se forklaringen under tabellen.")
    head = ["Tiltak", "Forbund", "Dette er gjort", "Delmål", "Form", "Partnere"]
    body = [[n, f, g, dm, "", par] for n, f, g, dm, _i, par, *_r in ROWS]
    t = docx_table(d, head, body, [5.0, 4.0, 8.6, 1.6, 1.6, 4.6], fill="DCE6F1", bold_first=True)
    counter = [100]
    for i, r in enumerate(ROWS, 1):
        _picture(t.rows[i].cells[4].paragraphs[0], r[4], counter)
    p = d.add_paragraph()
    p.add_run("Forklaring: ")
    for kind in ("kurs", "rad", "fou", "arr"):
        _picture(p, kind, counter)
        p.add_run(f" {ICON_WORD[kind].lower()}   ")
    d.add_paragraph("Kontakt: Silje Nordby, Unio-sekretariatet")
    save_docx(d, out / FILENAME, "Silje Nordby")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, f, par, g) for n, f, g, dm, _i, par, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_text_deep(path)
