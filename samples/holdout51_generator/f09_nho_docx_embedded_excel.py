"""NHO: Word memo whose measures sit in an embedded Excel worksheet.

The document body is only the memo prose; the table is an OLE object
(w:object with a VML v:shape preview image and o:OLEObject Type="Embed"
ProgID="Excel.Sheet.12") pointing to word/embeddings/...xlsx.  The data
exist only inside the embedded workbook and as pixels in the PNG preview.
"""
from __future__ import annotations

import io

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw

from .common import (truth, COUNCIL_IDS, docx_package, normalise_zip, pil_font, pil_wrap, wp,
                     wr)

FILENAME = "NHO_rapportering_KPR_2071.docx"
MEMBER = "NHO"
FORMAT = "DOCX (hand-written) with an embedded Excel workbook (OLE object, Excel.Sheet.12) and a PNG preview"
SHAPE = ("memo prose only in the body; all measures in an embedded worksheet (Tiltak / Delmål / "
         "Type (NHO) / Ansvarlig / Partnere / Beskrivelse), visible in Word only as the object's "
         "preview picture")

HEAD = ["Tiltak", "Delmål", "Type (NHO)", "Ansvarlig", "Partnere", "Beskrivelse"]
ROWS = [
    ["Kompetansebehovsutvalget (KBU)", "1.1", "Utvalg", "NHO Kompetanse", "",
     "NHO er representert i utvalget og har bidratt med data fra Kompetansebarometeret."],
    ["Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", "Råd", "NHO Kompetanse",
     "LO, YS, KS, Unio m.fl.", "NHO har nestledervervet i SRY for perioden 2070–2072."],
    ["Nasjonalt fagskoleråd", "1.4", "Råd", "NHO Kompetanse", "",
     "NHOs representant har særlig fulgt opp korte fagskoletilbud for industrien."],
    ["Yrkesfagdagen 2071", "2.3", "Arrangement", "NHO og landsforeningene", "LO, YS",
     "NHO-bedrifter åpnet dørene for elever fra ungdomstrinnet; 480 bedrifter deltok."],
    ["REALKOM", "2.5", "Utviklingsprosjekt", "HK-dir", "NHO, Fagskolerådet",
     "NHO har deltatt i referansegruppen og rekruttert pilotbedrifter til utprøvingen av "
     "realkompetansemodellen."],
    ["Fagskole+ (industrimoduler)", "2.4", "Utdanningstilbud", "Norsk Industri", "Fagskolerådet",
     "Korte fagskolemoduler for fagarbeidere i industrien, utviklet sammen med fagskolene."],
    ["Kompetansebarometeret 2071", "2.2", "Undersøkelse", "NHO Analyse", "NIFU",
     "Årlig undersøkelse av medlemsbedriftenes kompetansebehov; 5 600 bedrifter svarte."],
]
TRUTH = [
    (COUNCIL_IDS["KBU"], "Råd/utvalg/nettverk"),
    (COUNCIL_IDS["SRY"], "Råd/utvalg/nettverk"),
    (COUNCIL_IDS["FSR"], "Råd/utvalg/nettverk"),
    ("J02", "Arrangement"),
    ("J04", "Prosjekt"),
    ("J10", "Kurs/utdanning"),
    (None, "FoU"),
]
COLPX = [300, 80, 170, 210, 190, 450]


def _xlsx_bytes(tmpdir):
    import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "NHO 2071"
    ws.append(HEAD)
    for r in ROWS:
        ws.append(r)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, wch in zip("ABCDEF", [34, 8, 18, 24, 22, 55]):
        ws.column_dimensions[col].width = wch
    wb.properties.creator = "Kristin Bakke-Sørensen"
    wb.properties.lastModifiedBy = "Kristin Bakke-Sørensen"
    wb.properties.created = datetime.datetime(2072, 2, 5, 9, 30)
    wb.properties.modified = datetime.datetime(2072, 2, 10, 8, 15)
    p = tmpdir / "_nho_embed.xlsx"
    wb.save(p)
    normalise_zip(p, modified="2072-02-10T08:15:00Z")
    data = p.read_bytes()
    p.unlink()
    return data


def _preview_png():
    fnt = pil_font(16)
    bold = pil_font(16, bold=True)
    tmp = Image.new("RGB", (10, 10))
    dd = ImageDraw.Draw(tmp)
    wrapped = []
    heights = []
    for r in ROWS:
        cells = [pil_wrap(dd, v, fnt, COLPX[i] - 12) if v else [] for i, v in enumerate(r)]
        wrapped.append(cells)
        heights.append(max(1, max(len(c) for c in cells)) * 21 + 10)
    W = sum(COLPX) + 1
    H = 32 + sum(heights) + 1
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W - 1, 31], fill=(220, 230, 241))
    x = 0
    for i, h in enumerate(HEAD):
        d.text((x + 6, 6), h, font=bold, fill=(0, 0, 0))
        x += COLPX[i]
    y = 32
    for cells, rh in zip(wrapped, heights):
        x = 0
        for i, lines in enumerate(cells):
            ty = y + 5
            for ln in lines:
                d.text((x + 6, ty), ln, font=fnt, fill=(0, 0, 0))
                ty += 21
            x += COLPX[i]
        y += rh
        d.line([0, y, W, y], fill=(190, 190, 190))
    x = 0
    for wpx in COLPX:
        d.line([x, 0, x, H], fill=(190, 190, 190))
        x += wpx
    d.line([W - 1, 0, W - 1, H], fill=(190, 190, 190))
    d.line([0, 0, W, 0], fill=(190, 190, 190))
    d.line([0, 31, W, 31], fill=(120, 120, 120))
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue(), W, H


def build(out):
    xlsx = _xlsx_bytes(out)
    png, pw, ph = _preview_png()
    wpt = 481.0
    hpt = round(wpt * ph / pw, 1)
    obj = ('<w:r><w:object w:dxaOrig="%d" w:dyaOrig="%d">'
           '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
           'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
           '<v:formulas><v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/>'
           '<v:f eqn="sum 0 0 @1"/><v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/>'
           '<v:f eqn="prod @3 21600 pixelHeight"/><v:f eqn="sum @0 0 1"/>'
           '<v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
           '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/>'
           '<v:f eqn="sum @10 21600 0"/></v:formulas>'
           '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
           '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
           '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:%spt;height:%spt" o:ole="">'
           '<v:imagedata r:id="rId10" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
           'DrawAspect="Content" ObjectID="_1790412233" r:id="rId11"/></w:object></w:r>'
           % (int(wpt * 20), int(hpt * 20), wpt, hpt))
    body = [
        wp("NOTAT", style="Tittel"),
        wp(runs=wr("Til:\t", bold=True) + wr("Sekretariatet for Kompetansepolitisk råd"),
           spacing_after=0),
        wp(runs=wr("Fra:\t", bold=True) + wr("NHO, avdeling for kompetanse og inkludering"),
           spacing_after=0),
        wp(runs=wr("Dato:\t", bold=True) + wr("10. februar 2072"), spacing_after=0),
        wp(runs=wr("Sak:\t", bold=True) + wr("NHOs rapportering av tiltak for 2071")),
        wp("Vi viser til sekretariatets brev med frist 15. februar. NHO har i 2071 hatt høy "
           "aktivitet i kompetansepolitikken, både i rådene og utvalgene vi er representert i og "
           "gjennom egne prosjekter og samarbeid med andre medlemmer av Kompetansepolitisk råd."),
        wp("Oversikten over tiltakene ligger i regnearket nedenfor. Dobbeltklikk på tabellen for "
           "å åpne regnearket i Excel."),
        wp(runs=obj),
        wp("Tabell 1 NHOs tiltak 2071 (innebygd regneark)", italic=True, size=18),
        wp("Flere av tiltakene er gjennomført sammen med LO, YS og Fagskolerådet, og vil trolig "
           "også gå fram av deres rapportering. Ta gjerne kontakt dersom noe er uklart."),
        wp("Med vennlig hilsen", spacing_after=360),
        wp("Kristin Bakke-Sørensen", spacing_after=0),
        wp("fagsjef kompetanse, NHO"),
    ]
    docx_package(
        out / FILENAME, "".join(body), title="NHOs rapportering 2071",
        creator="Kristin Bakke-Sørensen", created="2072-02-05T09:12:00Z",
        modified="2072-02-10T08:31:00Z", company="NHO",
        header_text="NHO – Næringslivets Hovedorganisasjon",
        extra_parts=[("word/media/image1.png", png),
                     ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xlsx)],
        extra_rels=[("rId10", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
                     "media/image1.png"),
                    ("rId11", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package",
                     "embeddings/Microsoft_Excel_Worksheet.xlsx")],
        extra_defaults=[("png", "image/png"),
                        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
    )
    rows = []
    for r, (seed, ttype) in zip(ROWS, TRUTH):
        rows.append(truth(FILENAME, MEMBER, r[0], seed, r[1], ttype, r[3], r[4], r[5]))
    return rows
