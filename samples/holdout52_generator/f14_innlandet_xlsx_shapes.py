"""Innlandet fylkeskommune: an 'A3 plan' built in Excel: the cells only hold the delmål bands and
titles; every measure is a rounded text box (a drawing shape) placed in the band of its delmål.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import esc, truth, write_zip

FILENAME = "Innlandet_kompetanseplan_A3_2072.xlsx"
MEMBER = "Innlandet fylkeskommune"
FORMAT = ("XLSX (openpyxl) with a hand-added DrawingML part: rounded-rectangle shapes (xdr:sp with txBody) "
          "anchored over the cells; A3 landscape print setup; zip normalised")
SHAPE = ("A3 plan sheet: column A holds the delmål bands ('1.3 Karriereveiledning' …) as tall rows, the measures are "
         "text boxes floating over the band of their delmål (the delmål only by position), each box a bold name, a "
         "line 'own kind word · Ansvar: … · Med: …' and the text; green = 2072, grey boxes = finished 2071 or "
         "planned 2073 (not truth rows); cells under the boxes are empty")
NOT_TRUTH = "the grey boxes 'Planlagt 2073: EVU-tilbud i helse på Gjøvik' and 'Avsluttet i 2071: Fagbrev på jobb-pilot i Hamar', the explanation line and contact"

BANDS = [
    ("1.2", "1.2 Regionalt ansvar og samarbeid"),
    ("1.3", "1.3 Karriereveiledning"),
    ("1.4", "1.4 Samarbeid mellom utdanning og arbeidsliv"),
    ("2.4", "2.4 Kompetansebehov og etter- og videreutdanning"),
    ("3.1", "3.1 Fleksibel opplæring for voksne"),
]

# (seed or '-', band, first col, last col, name, kind, ansvar, med, text, type)
BOXES = [
    (None, "1.2", 1, 3, "Kompetanseforum Innlandet", "Partnerskap", "Innlandet fylkeskommune",
     "NAV Innlandet, NHO, LO, KS, Høgskolen i Innlandet",
     "Regionalt partnerskap som følger opp Kompetansestrategi for Innlandet; fire møter i 2072.",
     "Råd/utvalg/nettverk"),
    (None, "1.3", 1, 3, "Karriere Innlandet – veiledning i bedrift", "Prosjekt", "Karriere Innlandet",
     "NAV Innlandet, bedrifter i Gjøvik-regionen",
     "Karriereveiledere møter ansatte på arbeidsplassen; 35 bedrifter og 510 samtaler i 2072.", "Prosjekt"),
    ("M03", "1.4", 1, 2, "RSA ved Høgskolen i Innlandet", "Rådsarbeid",
     "Innlandet fylkeskommune", "Høgskolen i Innlandet, NHO Innlandet, LO Innlandet",
     "Fylkeskommunen har en plass i rådet. Tema i 2072: desentraliserte sykepleier- og lærerutdanninger.",
     "Råd/utvalg/nettverk"),
    ("M05", "1.4", 3, 4, "Nasjonalt fagskoleråd – fylkeskommunal plass", "Rådsarbeid", "Fagskolen Innlandet",
     "KD, fagskolene",
     "Rektor ved Fagskolen Innlandet representerer fylkeskommunene som fagskoleeiere i rådet.",
     "Råd/utvalg/nettverk"),
    ("J08", "1.4", 5, 7, "Fagskolekonferansen 2072 på Gjøvik", "Konferanse", "Innlandet fylkeskommune",
     "Fagskolerådet, Fagskolen Innlandet",
     "Vertskap for den nasjonale fagskolekonferansen 18.–19. oktober, 380 deltakere.", "Arrangement"),
    (None, "2.4", 1, 3, "Seminar for styret i Fagskolen Innlandet om anbefalingene fra Nasjonalt fagskoleråd",
     "Seminar", "Innlandet fylkeskommune", "",
     "Halvdagsseminar i mars om hva rådets anbefalinger betyr for fagskoletilbudet i Innlandet.", "Arrangement"),
    ("-", "2.4", 4, 6, "Planlagt 2073: EVU-tilbud i helse på Gjøvik", "Utdanning", "Innlandet fylkeskommune",
     "Høgskolen i Innlandet", "Forprosjekt starter våren 2073.", None),
    ("-", "3.1", 1, 3, "Avsluttet i 2071: Fagbrev på jobb-pilot i Hamar", "Prosjekt", "Innlandet fylkeskommune",
     "NAV Hamar", "Piloten ble avsluttet og evaluert i 2071. Ingen nye tiltak under dette delmålet i 2072.", None),
]

COL_CHARS = [34] + [20] * 7
ROW_H_PT = 118
FIRST_BAND_ROW = 5  # 1-based


def _emu_col(c):
    return int((COL_CHARS[c] * 7 + 5) * 9525)


def _shape(i, box):
    seed, band, c1, c2, name, kind, ans, med, text, _typ = box
    r = FIRST_BAND_ROW - 1 + [b[0] for b in BANDS].index(band)  # 0-based row
    green = seed != "-"
    fill, line = ("E2F0D9", "548235") if green else ("EDEDED", "7F7F7F")
    x = sum(_emu_col(c) for c in range(c1)) + 60000
    y = int((4 * 20 + (r - 4) * ROW_H_PT) * 12700) + 60000
    cx = sum(_emu_col(c) for c in range(c1, c2 + 1)) - 120000
    cy = int(ROW_H_PT * 12700) - 120000

    def para(t, size, bold=False, color="000000"):
        b = ' b="1"' if bold else ""
        return (f'<a:p><a:r><a:rPr lang="nb-NO" sz="{size}"{b}><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
                f'<a:latin typeface="Calibri"/></a:rPr><a:t>{esc(t)}</a:t></a:r></a:p>')
    meta = f"{kind} · Ansvar: {ans} · Med: {med or '–'}"
    return (f'<xdr:twoCellAnchor editAs="oneCell">'
            f'<xdr:from><xdr:col>{c1}</xdr:col><xdr:colOff>60000</xdr:colOff><xdr:row>{r}</xdr:row>'
            f'<xdr:rowOff>60000</xdr:rowOff></xdr:from>'
            f'<xdr:to><xdr:col>{c2}</xdr:col><xdr:colOff>{_emu_col(c2) - 60000}</xdr:colOff><xdr:row>{r}</xdr:row>'
            f'<xdr:rowOff>{int(ROW_H_PT * 12700) - 60000}</xdr:rowOff></xdr:to>'
            f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{i + 2}" name="Avrundet rektangel {i + 1}"/>'
            '<xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr>'
            f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
            f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></xdr:spPr>'
            '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" lIns="72000" tIns="36000" '
            'rIns="72000" bIns="36000" rtlCol="0" anchor="t"/><a:lstStyle/>'
            + para(name, 1100, True) + para(meta, 800, False, "404040") + para(text, 900)
            + '</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>')


def _drawing():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            + "".join(_shape(i, b) for i, b in enumerate(BOXES)) + "</xdr:wsDr>")


def build(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "A3 2072"
    ws["A1"] = "Innlandet fylkeskommune – kompetanseplan på A3, status 2072"
    ws["A1"].font = Font(bold=True, size=18, color="1F3864")
    ws["A2"] = ("Rapportering til Kompetansepolitisk råd. Hver boks er et tiltak, og boksen står i raden for "
                "delmålet den hører til. Grønn = gjennomført eller pågår i 2072, grå = avsluttet 2071 eller "
                "planlagt 2073.")
    ws["A2"].font = Font(italic=True, size=10)
    ws["A4"] = "Delmål i strategien"
    ws["B4"] = "Tiltak 2072"
    ws.merge_cells("B4:H4")
    for c in "ABCDEFGH":
        ws[f"{c}4"].fill = PatternFill("solid", fgColor="1F3864")
        ws[f"{c}4"].font = Font(bold=True, color="FFFFFF", size=12)
    thin = Side(style="thin", color="8EA9DB")
    for k, (_code, label) in enumerate(BANDS):
        r = FIRST_BAND_ROW + k
        ws.row_dimensions[r].height = ROW_H_PT
        c = ws.cell(row=r, column=1, value=label)
        c.font = Font(bold=True, size=12, color="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        for col in range(1, 9):
            cell = ws.cell(row=r, column=col)
            cell.fill = PatternFill("solid", fgColor="DDEBF7" if k % 2 == 0 else "F2F7FC")
            cell.border = Border(top=thin, bottom=thin)
    ws.cell(row=FIRST_BAND_ROW + len(BANDS) + 1, column=1,
            value="Kontakt: Marit Lien, seksjon for kompetanse og karriere, Innlandet fylkeskommune").font = \
        Font(size=9, italic=True)
    for i, w in enumerate(COL_CHARS):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.page_setup.paperSize = 8
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "Marit Lien"
    wb.properties.created = dt.datetime(2072, 11, 3, 8, 30, 0)
    wb.properties.modified = dt.datetime(2073, 1, 26, 14, 2, 0)
    tmp = Path(tempfile.mkdtemp(prefix="h52_innl_"))
    try:
        p = tmp / "a3.xlsx"
        wb.save(p)
        with zipfile.ZipFile(p) as zf:
            items = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    fixed = []
    names = [n for n, _ in items]
    for name, data in items:
        if name == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            if "xmlns:r=" not in s.split(">", 2)[1]:
                s = s.replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                              f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                              f'xmlns:r="{r_ns}"', 1)
            s = s.replace("</worksheet>", '<drawing r:id="rIdDr1"/></worksheet>')
            data = s.encode("utf-8")
        elif name == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/drawings/drawing1.xml" ContentType='
                                b'"application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
        elif name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2073-01-26T14:02:00Z\g<2>", data)
        fixed.append((name, data))
    rel = (f'<Relationship Id="rIdDr1" Type="{r_ns}/drawing" Target="../drawings/drawing1.xml"/>')
    if "xl/worksheets/_rels/sheet1.xml.rels" in names:
        fixed = [(n, d.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
                  if n == "xl/worksheets/_rels/sheet1.xml.rels" else d) for n, d in fixed]
    else:
        fixed.append(("xl/worksheets/_rels/sheet1.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
                      f'"http://schemas.openxmlformats.org/package/2006/relationships">{rel}</Relationships>'))
    fixed.append(("xl/drawings/drawing1.xml", _drawing()))
    write_zip(out / FILENAME, fixed)
    band_of = dict(BANDS)
    rows = []
    for seed, band, _c1, _c2, name, _k, ans, med, text, typ in BOXES:
        if seed == "-":
            continue
        assert band in band_of
        rows.append(truth(FILENAME, MEMBER, name, seed, band, typ, ans, med, text))
    return rows
