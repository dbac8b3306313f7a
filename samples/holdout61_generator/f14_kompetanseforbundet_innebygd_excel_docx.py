"""Kompetanseforbundet: a short Word letter whose table of measures is an embedded Excel worksheet (Insert → Object
→ Excel). The document body holds only the letter text and the object: a VML shape showing a PNG preview of the
sheet and an o:OLEObject pointing to word/embeddings/Microsoft_Excel_Worksheet.xlsx. The measures exist as text only
inside the embedded workbook (and as pixels in the preview)."""
from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

import openpyxl
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

from .common import ARR, FONT_DIR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, normalise_ooxml, \
    row, save_docx, xlsx_text

FILENAME = "Kompetanseforbundet rapport 2081 (Excel-objekt).docx"
MEMBER = "Kompetanseforbundet"
FORMAT = ("DOCX (python-docx) with an embedded Excel worksheet: w:object holding a VML v:shape with a PNG preview "
          "(v:imagedata) and an o:OLEObject (ProgID Excel.Sheet.12) bound to word/embeddings/"
          "Microsoft_Excel_Worksheet.xlsx (openpyxl); zip normalised")
SHAPE = ("short letter (title, greeting, a line saying the table is an Excel object, closing note, signature) with "
         "the measures only in the embedded worksheet 'Tiltak 2081': Tiltak / Delmål / Type / Ansvar / Partnere / "
         "Beskrivelse / Status, own type words (Råd/forum, Digitalt verktøy, Undersøkelse, Messe, Kurs), one row "
         "'Avsluttet 2080'; the body shows the sheet only as a picture")
NOT_TRUTH = ("the letter text (title, greeting, the note on an internal project on member services that is outside "
             "the strategy, signature), the preview picture, in the embedded sheet the header, the Type and Status "
             "cells and the row 'Veiledningsdagen 2080' (Avsluttet 2080)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Delmål", "Type", "Ansvar", "Partnere", "Beskrivelse", "Status"]
# name, dm, type word, ansvar, partners, text, status, seed, type
ITEMS = [
    ("Nasjonalt forum for karriereveiledning", "1.3", "Råd/forum", "Kompetanseforbundet", "",
     "Vi har én plass i forumet og la fram erfaringer fra karriereveiledning i bedrift.", "Pågår", "M02", RAD),
    ("Kompetansekompasset", "1.3", "Digitalt verktøy", "Kompetanseforbundet", "HK-dir, VOFO",
     "Vi utviklet spørsmålene om realkompetanse fra arbeidslivet i den nye versjonen av verktøyet.", "Pågår",
     "J01", INFO),
    ("Brukertest av Kompetansekompasset blant seniorer", "1.3", "Undersøkelse", "Kompetanseforbundet",
     "Senter for seniorpolitikk",
     "Vår egen brukertest med 60 arbeidstakere over 55 år viste at seniorer trenger mer hjelp med de digitale "
     "skjemaene. Testen var et eget oppdrag utenfor fellesprosjektet.", "Gjennomført", None, FOU),
    ("Karrieremessa for voksne i Hamar", "1.3", "Messe", "Kompetanseforbundet", "Innlandet fylkeskommune, NAV",
     "Messe i september der 900 voksne møtte arbeidsgivere, utdanningstilbydere og karriereveiledere.",
     "Gjennomført", None, ARR),
    ("Nettkurs i realkompetansevurdering for rådgivere", "2.5", "Kurs", "Kompetanseforbundet",
     "Høgskolen i Innlandet",
     "Nettkurs på 5 studiepoeng for rådgivere i fylkeskommuner og bedrifter; 85 fullførte.", "Gjennomført", None,
     KURS),
    ("Veiledningsdagen 2080", "1.3", "Arrangement", "Kompetanseforbundet", "", "Holdt i november 2080.",
     "Avsluttet 2080", "", None),
]
WIDTHS = [34, 7, 15, 20, 24, 56, 13]


def _workbook() -> bytes:
    import datetime as dt
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2081"
    thin = Side(style="thin", color="BFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = box
    for i, it in enumerate(ITEMS, 2):
        for j, v in enumerate(it[:7], 1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = box
    for col, w in zip("ABCDEFG", WIDTHS):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Kompetanseforbundet"
    wb.properties.created = dt.datetime(2082, 1, 12, 9, 0, 0)
    wb.properties.modified = dt.datetime(2082, 1, 15, 11, 0, 0)
    tmp = Path(tempfile.mkdtemp(prefix="h61_emb_"))
    try:
        p = tmp / "w.xlsx"
        wb.save(str(p))
        normalise_ooxml(p)
        return p.read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _wrap(d, text, font, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if d.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    return lines + ([cur] if cur else [])


def _preview() -> tuple[bytes, tuple[int, int]]:
    scale = 7.4
    px_w = [int(w * scale) for w in WIDTHS]
    fr = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 15)
    fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 15)
    probe = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    table = [HEAD] + [list(it[:7]) for it in ITEMS]
    heights = []
    for k, r in enumerate(table):
        n = max(len(_wrap(probe, v, fb if k == 0 else fr, w - 10)) for v, w in zip(r, px_w))
        heights.append(n * 20 + 10)
    img = Image.new("RGB", (sum(px_w) + 1, sum(heights) + 1), "white")
    d = ImageDraw.Draw(img)
    y = 0
    for k, (r, h) in enumerate(zip(table, heights)):
        x = 0
        for v, w in zip(r, px_w):
            if k == 0:
                d.rectangle((x, y, x + w, y + h), fill=(252, 228, 214))
            d.rectangle((x, y, x + w, y + h), outline=(191, 191, 191))
            for i, ln in enumerate(_wrap(d, v, fb if k == 0 else fr, w - 10)):
                d.text((x + 5, y + 5 + i * 20), ln, font=fb if k == 0 else fr, fill=(0, 0, 0))
            x += w
        y += h
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue(), img.size


VML_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _object_xml(rid_img: str, rid_ole: str, size) -> etree._Element:
    w_pt = 453.0
    h_pt = round(w_pt * size[1] / size[0], 1)
    xml = (f'<w:object xmlns:w="{W_NS}" xmlns:v="{VML_NS}" xmlns:o="{O_NS}" xmlns:r="{R_NS}" '
           f'w:dxaOrig="{int(w_pt * 20)}" w:dyaOrig="{int(h_pt * 20)}">'
           '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
           'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
           '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
           '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
           f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:{w_pt}pt;height:{h_pt}pt" o:ole="">'
           f'<v:imagedata r:id="{rid_img}" o:title=""/></v:shape>'
           f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
           f'ObjectID="_1780432115" r:id="{rid_ole}"/></w:object>')
    return etree.fromstring(xml)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11)
    p = d.add_paragraph()
    add_runs(p, [("Kompetanseforbundet – rapport til Kompetansepolitisk råd for 2081", "b")])
    d.add_paragraph("Hei,")
    d.add_paragraph("her er oversikten over tiltakene våre i 2081. Tabellen er satt inn som et Excel-objekt – "
                    "dobbeltklikk på den for å åpne regnearket hvis teksten blir for liten.")
    png, size = _preview()
    rid_img, _img = d.part.get_or_add_image(io.BytesIO(png))
    part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _workbook(), d.part.package)
    rid_ole = d.part.relate_to(part, RT.PACKAGE)
    run = d.add_paragraph().add_run()
    run._r.append(_object_xml(rid_img, rid_ole, size))
    d.add_paragraph("Vi hadde også et internt prosjekt om nye medlemstjenester i 2081, men det hører ikke inn under "
                    "strategien og er ikke tatt med.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Eirik Sandvik, daglig leder, Kompetanseforbundet")
    save_docx(d, out / FILENAME, "Kompetanseforbundet")
    return [row(FILENAME, MEMBER, n, s, dm, ty, ans, med, txt) for n, dm, _tw, ans, med, txt, _st, s, ty in ITEMS
            if ty]


def text(path) -> str:
    """The letter text plus the text of the embedded workbook."""
    import zipfile
    out = [docx_text_deep(path)]
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/embeddings/") and name.endswith(".xlsx"):
                tmp = Path(tempfile.mkdtemp(prefix="h61_emb_"))
                try:
                    q = tmp / "e.xlsx"
                    q.write_bytes(z.read(name))
                    out.append(xlsx_text(q))
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
    return "\n".join(out)
