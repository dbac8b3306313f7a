"""Build every file of the 2028 held-out round, its truth.csv and README.md."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import data as D

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

TRUTH_COLS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
              "ansvarlig", "samarbeidspartnere", "beskrivelse"]

FILES: list[dict] = []   # file, member, rows, shape
TRUTH: list[dict] = []


def record(fname, member, rows, shape):
    FILES.append(dict(file=fname, member=member, rows=len(rows), shape=shape))
    for row in rows:
        TRUTH.append({"source_file": fname, "member": member,
                      **{k: row[k] for k in TRUTH_COLS[2:]}})


# ---------------------------------------------------------------- docx helpers
def _docx():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return doc


def _cell(cell, *paras, bold_first=False):
    """Fill a cell with paragraphs; the first may be bold."""
    cell.text = ""
    p = cell.paragraphs[0]
    for i, text in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(text)
        run.bold = bold_first and i == 0


def _bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def _shade(cell, fill="D9E2F3"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _widths(table, cms):
    from docx.shared import Cm
    from docx.oxml.ns import qn
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def _landscape(doc):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


def _props(doc, title, author, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when


# ---------------------------------------------------------------- Regjeringen (ODT)
def regjeringen(tmp: Path):
    doc = _docx()
    _landscape(doc)
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd – tiltak i 2028", 1)
    doc.add_paragraph(
        "Kunnskapsdepartementet sammenstiller her tiltakene som departementene har gjennomført eller "
        "videreført i 2028 for å følge opp Nasjonal kompetansepolitisk strategi. Tabellen er ordnet "
        "etter strategiens tre innsatsområder.")
    head = ["Nr.", "Hva gjøres", "Mål i strategien", "Departement", "Sammen med", "Kategori"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        _cell(c, h)
        _shade(c)
    _bold_row(t.rows[0])
    rows, n = [], 0
    for area, items in D.REGJERINGEN:
        ar = t.add_row()
        m = ar.cells[0].merge(ar.cells[5])
        _cell(m, area, bold_first=True)
        _shade(m, "F2F2F2")
        for it in items:
            n += 1
            if n == 6:   # the header row repeated where a page would break
                hr = t.add_row()
                for c, h in zip(hr.cells, head):
                    _cell(c, h)
                    _shade(c)
                _bold_row(hr)
            x = it["extra"]
            cells = t.add_row().cells
            _cell(cells[0], f"{n}.")
            _cell(cells[1], it["tiltak"], it["beskrivelse"], bold_first=True)
            _cell(cells[2], x["dm"])
            _cell(cells[3], it["ansvarlig"])
            _cell(cells[4], it["samarbeidspartnere"])
            _cell(cells[5], x["kat"])
            rows.append(it)
    _widths(t, [1.2, 8.5, 4.5, 3, 4.5, 3])
    doc.add_paragraph("")
    doc.add_paragraph("Kunnskapsdepartementet, februar 2029")
    src = tmp / "Regjeringen_rapport_KPR_2028.docx"
    _props(doc, "Regjeringens rapportering 2028", "KD", dt.datetime(2029, 2, 10, 9, 0))
    doc.save(src)
    return src, rows


# ---------------------------------------------------------------- LO (letter PDF)
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    pdfmetrics.registerFont(TTFont("DVS", FONT_SERIF))


def lo(out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.lib.units import cm
    name = "LO_brev_tiltak_2028.pdf"
    base = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=14.5, spaceAfter=7)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=12)
    head = ParagraphStyle("h", parent=base, fontName="DVB", fontSize=16, leading=20)
    story = [
        Paragraph("Landsorganisasjonen i Norge", head),
        Paragraph("Youngs gate 11, 0181 Oslo", small),
        Spacer(1, 0.8 * cm),
        Paragraph("Sekretariatet for Kompetansepolitisk råd<br/>Kunnskapsdepartementet", base),
        Paragraph("Vår ref.: 2029/0213 &nbsp;&nbsp;&nbsp; Dato: 14.02.2029", small),
        Spacer(1, 0.4 * cm),
        Paragraph("<b>LOs rapportering om oppfølgingen av Nasjonal kompetansepolitisk strategi i 2028</b>", base),
        Paragraph("Vi viser til brev fra sekretariatet med frist for rapportering 15. februar. LO har i 2028 "
                  "fulgt opp strategien gjennom arbeidet i rådene der vi er representert og sammen med "
                  "forbundene. Nedenfor følger tiltakene, med delmålet i parentes.", base),
    ]
    for i, it in enumerate(D.LO, 1):
        txt = f"{i}. <b>{it['tiltak']}</b> ({it['extra']['dm']}). {it['beskrivelse']}"
        if it["samarbeidspartnere"]:
            txt += f" Samarbeidspartner: {it['samarbeidspartnere']}."
        story.append(Paragraph(txt, base))
    story += [
        Paragraph("LO vil også i 2029 prioritere arbeidet for flere læreplasser og for at voksne "
                  "arbeidstakere skal få mulighet til å ta fagbrev.", base),
        Spacer(1, 0.4 * cm),
        Paragraph("Med vennlig hilsen<br/>Landsorganisasjonen i Norge", base),
        Paragraph("Ingrid Solberg<br/>rådgiver, Avdeling for samfunnspolitikk", base),
    ]
    SimpleDocTemplate(str(out / name), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                      title="LOs rapportering 2028", author="LO").build(story)
    record(name, "LO", D.LO, "Letter (PDF): numbered paragraphs, bold title, delmål in brackets, "
                                "account as running text, partner as a closing label")


# ---------------------------------------------------------------- NHO (xlsx)
def nho(out: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    name = "NHO_rapportering_KPR_2028.xlsx"
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Veiledning"
    for i, line in enumerate([
        "Veiledning for utfylling",
        "Fyll inn ett tiltak per linje i arket «Tiltak 2028».",
        "Delmål oppgis med nummer fra strategien (1.1–3.6).",
        "Art: Råd/utvalg, Undersøkelse, Kurs/utdanning, Prosjekt, Kampanje, Arrangement.",
        "Kontakt: kompetanse@nho.no",
    ], 1):
        ws0.cell(i, 1, line)
    ws0["A1"].font = Font(bold=True, size=13)
    ws = wb.create_sheet("Tiltak 2028")
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteringsår: 2028"
    hdr = ["Delmål", "Aktivitet", "Kort om aktiviteten", "Eier", "Med", "Art"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    r = 5
    for k, it in enumerate(D.NHO):
        if k == 4:
            vals = D.NHO_HIDDEN_ROW
            for j, v in enumerate(vals, 1):
                ws.cell(r, j, v)
            ws.row_dimensions[r].hidden = True
            r += 1
        vals = (float(it["delmal"]), it["tiltak"], it["beskrivelse"], it["ansvarlig"],
                it["samarbeidspartnere"], it["extra"]["art"])
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 1).number_format = "0.0"
        r += 1
    for col, w in zip("ABCDEF", (9, 42, 60, 18, 16, 16)):
        ws.column_dimensions[col].width = w
    old = wb.create_sheet("Tiltak 2027")
    for j, h in enumerate(hdr, 1):
        old.cell(1, j, h)
    for i, vals in enumerate(D.NHO_2027, 2):
        for j, v in enumerate(vals, 1):
            old.cell(i, j, v)
    old.sheet_state = "hidden"
    wb.active = 1
    wb.save(out / name)
    record(name, "NHO", D.NHO, "XLSX: instruction sheet first, title rows, header on row 4, delmål as "
                                  "numbers, a hidden row and a hidden sheet with last year's rows")


# ---------------------------------------------------------------- Unio (two versions)
def _unio_doc(path, subtitle, sections, when, draft):
    doc = _docx()
    doc.add_heading("Unios rapportering til Kompetansepolitisk råd 2028", 1)
    doc.add_paragraph(subtitle).runs[0].italic = True
    doc.add_paragraph("Unio rapporterer her tiltak fra hovedorganisasjonen og forbundene. Tiltakene er "
                      "ordnet etter delmålene i strategien; type tiltak står i hakeparentes.")
    for head, items in sections:
        doc.add_heading(head, 2)
        for it in items:
            if draft:
                title, beskr, typ = it
            else:
                title, beskr, typ = it["tiltak"], it["beskrivelse"], it["extra"]["typ"]
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(title).bold = True
            p.add_run(f" – {beskr} [{typ}]")
    doc.add_paragraph("Kontaktperson: Kari Nyhus, Unio-sekretariatet")
    _props(doc, "Unio rapportering 2028" + (" (utkast)" if draft else ""), "Unio", when)
    doc.save(path)


def unio(out: Path):
    d = "Unio_tiltak_2028_utkast.docx"
    f = "Unio_tiltak_2028_endelig.docx"
    _unio_doc(out / d, "Utkast 12. januar 2029 – til intern gjennomgang", D.UNIO_DRAFT,
              dt.datetime(2029, 1, 12, 14, 0), True)
    _unio_doc(out / f, "Endelig versjon, 5. februar 2029", D.UNIO_FINAL,
              dt.datetime(2029, 2, 5, 10, 30), False)
    FILES.append(dict(file=d, member="Unio", rows=0,
                      shape="Superseded draft (older date, 'utkast' in name and subtitle) of Unio_tiltak_2028_endelig.docx: no truth rows"))
    rows = [it for _, items in D.UNIO_FINAL for it in items]
    record(f, "Unio", rows, "DOCX: a heading per delmål, bullets 'Bold title – description [type]'; "
                            "final version ('endelig') replacing Unio_tiltak_2028_utkast.docx")


# ---------------------------------------------------------------- KS (slide deck PDF)
def ks(out: Path):
    from reportlab.lib.pagesizes import landscape, A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    name = "KS_KPR_2028_presentasjon.pdf"
    W, H = landscape(A4)
    c = canvas.Canvas(str(out / name), pagesize=(W, H))
    c.setTitle("KS – rapportering til Kompetansepolitisk råd 2028")
    c.setAuthor("KS")
    page = [0]

    def frame(title):
        page[0] += 1
        c.setFillColorRGB(0.05, 0.25, 0.45)
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 24)
        c.drawString(40, H - 48, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 9)
        c.drawString(40, 20, "KS – Kommunesektorens organisasjon")
        c.drawRightString(W - 40, 20, str(page[0]))
        c.setFillColorRGB(0, 0, 0)

    frame("Rapportering til Kompetansepolitisk råd 2028")
    c.setFont("DV", 16)
    c.drawString(60, H - 150, "Tiltak KS har gjennomført i 2028")
    c.drawString(60, H - 180, "Møte i rådet 12. mars 2029")
    c.showPage()
    for area, items in D.KS:
        frame(area)
        y = H - 115
        for it in items:
            c.setFont("DVB", 15)
            c.drawString(50, y, "■")
            c.drawString(72, y, it["tiltak"])
            y -= 20
            meta = f"Delmål {it['delmal']}  ·  {it['extra']['typ']}  ·  Ansvar: {it['ansvarlig']}"
            if it["samarbeidspartnere"]:
                meta += f"  ·  Med: {it['samarbeidspartnere']}"
            c.setFont("DV", 10)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(72, y, meta)
            c.setFillColorRGB(0, 0, 0)
            y -= 17
            c.setFont("DV", 12)
            for line in simpleSplit(it["beskrivelse"], "DV", 12, W - 150):
                c.drawString(72, y, line)
                y -= 16
            y -= 18
        c.showPage()
    frame("Videre arbeid")
    c.setFont("DV", 14)
    c.drawString(60, H - 130, "Flere lærlinger i kommunene og bedre bruk av etter- og videreutdanning")
    c.drawString(60, H - 160, "Spørsmål? kompetanse@ks.no")
    c.showPage()
    c.save()
    rows = [it for _, items in D.KS for it in items]
    record(name, "KS", rows, "Slide deck exported to PDF (landscape): one slide per area, bullet title, "
                             "a grey meta line 'Delmål · type · Ansvar · Med', then the description")


# ---------------------------------------------------------------- YS (memo RTF)
def ys(tmp: Path):
    doc = _docx()
    doc.add_heading("NOTAT", 1)
    for k, v in [("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "YS, avdeling for arbeidsliv"),
                 ("Dato:", "9. februar 2029"), ("Sak:", "YS' tiltak i 2028 – rapportering")]:
        p = doc.add_paragraph()
        p.add_run(k + " ").bold = True
        p.add_run(v)
    doc.add_paragraph("YS har i 2028 arbeidet med disse tiltakene. Ansvarlig står først, samarbeidspartnere "
                      "i parentes.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Område / delmål", "Tiltak – hva og hvorfor", "Ansvar (samarbeid)"]):
        _cell(c, h)
    _bold_row(t.rows[0])
    for it in D.YS:
        cells = t.add_row().cells
        _cell(cells[0], it["extra"]["omr"])
        _cell(cells[1], it["tiltak"], it["beskrivelse"], bold_first=True)
        a = it["ansvarlig"] + (f" ({it['samarbeidspartnere']})" if it["samarbeidspartnere"] else "")
        _cell(cells[2], a)
    _widths(t, [4, 8.5, 3.5])
    doc.add_paragraph("")
    doc.add_paragraph("Spørsmål kan rettes til YS v/ Per Arne Dahl.")
    src = tmp / "YS_notat_KPR_2028.docx"
    doc.save(src)
    return src, D.YS


# ---------------------------------------------------------------- Virke (scan)
def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def virke(out: Path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    name = "Virke_rapport_2028_skannet.pdf"
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 30)
    fb = ImageFont.truetype(FONT_B, 30)
    ft = ImageFont.truetype(FONT_B, 44)
    d.text((120, 120), "Virke", font=ft, fill=0)
    d.text((120, 200), "Rapportering til Kompetansepolitisk råd – tiltak 2028", font=fb, fill=0)
    d.text((120, 250), "Oversendt 11.02.2029", font=f, fill=0)
    cols = [("Delmål", 130), ("Tiltak", 520), ("Type", 230), ("Ansvarlig", 170), ("Samarbeid", 360)]
    x0, y = 110, 340
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    pad = 14

    def row(vals, font):
        nonlocal y
        wrapped = [_wrap(d, v, font, w - 2 * pad) if v else [""] for v, (_, w) in zip(vals, cols)]
        h = max(len(x) for x in wrapped) * 40 + 2 * pad
        for i, lines in enumerate(wrapped):
            for k, line in enumerate(lines):
                d.text((xs[i] + pad, y + pad + k * 40), line, font=font, fill=0)
        d.line([(x0, y), (xs[-1], y)], fill=60, width=2)
        y += h
        return h

    top = y
    row([c for c, _ in cols], fb)
    for it in D.VIRKE:
        row([it["extra"]["dm"], it["tiltak"], it["extra"]["typ"], it["ansvarlig"], it["samarbeidspartnere"]], f)
    d.line([(x0, y), (xs[-1], y)], fill=60, width=2)
    for x in xs:
        d.line([(x, top), (x, y)], fill=60, width=2)
    d.text((120, y + 60), "Med vennlig hilsen", font=f, fill=0)
    d.text((120, y + 105), "Virke, avdeling for kompetanse og arbeidsliv", font=f, fill=0)
    rnd = random.Random(2028)
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=255, expand=False)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((90, 140, 180))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.save(out / name, "PDF", resolution=200.0)
    record(name, "Virke", D.VIRKE, "Scanned page (image-only PDF, tilted, noisy): ruled table, delmål with "
                                   "comma '2,1', no descriptions")


# ---------------------------------------------------------------- Akademikerne (form .doc)
def akademikerne(tmp: Path):
    doc = _docx()
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    for k, v in [("Medlem:", "Akademikerne"), ("Rapporteringsår:", "2028"), ("Utfylt av:", "Siri Lunde")]:
        p = doc.add_paragraph()
        p.add_run(k + " ").bold = True
        p.add_run(v)
    doc.add_paragraph("Fyll ut én tabell per tiltak. Legg til flere tabeller ved behov.")
    for i, it in enumerate(D.AKADEMIKERNE, 1):
        doc.add_paragraph().add_run(f"Tiltak {i}").bold = True
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in [("Navn på tiltaket", it["tiltak"]), ("Delmål (nr.)", it["extra"]["dm"]),
                     ("Type tiltak", it["extra"]["typ"]), ("Ansvarlig", it["ansvarlig"]),
                     ("Samarbeidspartnere", it["samarbeidspartnere"]), ("Kort beskrivelse", it["beskrivelse"])]:
            cells = t.add_row().cells
            _cell(cells[0], k, bold_first=True)
            _shade(cells[0], "EDEDED")
            _cell(cells[1], v)
        doc.add_paragraph("")
    src = tmp / "Akademikerne_skjema_2028.docx"
    doc.save(src)
    return src, D.AKADEMIKERNE


# ---------------------------------------------------------------- Spekter (2-column PDF)
def spekter(tmp: Path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = _docx()
    doc.add_heading("Spekters rapport til Kompetansepolitisk råd 2028", 1)
    doc.add_paragraph(
        "Spekter organiserer virksomheter der kompetanse er den viktigste innsatsfaktoren, fra helseforetak "
        "til kultur og samferdsel. I 2028 har vi prioritert tiltak som gir flere fagarbeidere og bedre "
        "samarbeid mellom utdanning og arbeidsliv. Under omtales tiltakene kort.")
    for it in D.SPEKTER:
        p = doc.add_paragraph()
        p.add_run(it["tiltak"] + ". ").bold = True
        p.add_run(it["beskrivelse"])
        q = doc.add_paragraph()
        q.add_run(it["extra"]["dmw"]).italic = True
    doc.add_paragraph(
        "Spekter vil i 2029 følge opp arbeidet med lærlinger i sykehusene og bidra til at flere voksne "
        "ansatte får mulighet til å ta fagbrev.")
    doc.add_paragraph("Oslo, februar 2029")
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    doc.sections[0]._sectPr.append(cols)
    src = tmp / "Spekter_KPR_rapport_2028.docx"
    doc.save(src)
    return src, D.SPEKTER


# ---------------------------------------------------------------- VOFO (two-row header docx)
def vofo(out: Path):
    doc = _docx()
    _landscape(doc)
    doc.add_heading("VOFOs rapport til Kompetansepolitisk råd for 2028", 1)
    doc.add_paragraph("Voksenopplæringsforbundet rapporterer på vegne av studieforbundene. Innsatsområdet "
                      "er oppgitt med romertall og delmålet med nummeret innenfor området.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); _cell(a, "Innsatsområde")
    b = h0[1].merge(h1[1]); _cell(b, "Delmål")
    c = h0[2].merge(h0[3]); _cell(c, "Tiltaket")
    e = h0[4].merge(h0[5]); _cell(e, "Ansvar og partnere")
    for cell, txt in zip(t.rows[1].cells[2:], ["Navn", "Hva vi gjorde", "Ansvarlig", "Partnere"]):
        _cell(cell, txt)
    _bold_row(t.rows[0]); _bold_row(t.rows[1])
    for it in D.VOFO:
        cells = t.add_row().cells
        x = it["extra"]
        for cell, v in zip(cells, [x["omr"], x["nr"], it["tiltak"], it["beskrivelse"], it["ansvarlig"],
                                   it["samarbeidspartnere"]]):
            _cell(cell, v)
    _widths(t, [3.0, 1.9, 5.1, 7.6, 3.5, 3.6])
    doc.add_paragraph("")
    doc.add_paragraph("VOFO, Oslo, 31. januar 2029")
    name = "VOFO_tiltak_2028.docx"
    doc.save(out / name)
    record(name, "VOFO", D.VOFO, "DOCX: two-row header (group headers over Navn/Hva vi gjorde and "
                                 "Ansvarlig/Partnere), delmål split into roman innsatsområde + number, no types")


# ---------------------------------------------------------------- UHR (bullets in a cell)
def uhr(out: Path):
    doc = _docx()
    doc.add_heading("Universitets- og høgskolerådet – rapportering for 2028", 1)
    doc.add_paragraph("Tabellen viser tiltak i UHR og de fagstrategiske enhetene. Flere tiltak under samme "
                      "delmål står i samme celle; ansvarlig enhet gjelder alle tiltakene i raden.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Delmål", "Tiltak (type)", "Ansvarlig enhet"]):
        _cell(c, h)
    _bold_row(t.rows[0])
    rows = []
    for dm, ans, items in D.UHR:
        cells = t.add_row().cells
        _cell(cells[0], dm)
        lines = []
        for it in items:
            typ = it["extra"]["typ"]
            lines.append("• " + it["tiltak"] + (f" ({typ})" if typ else ""))
            rows.append(it)
        _cell(cells[1], *lines)
        _cell(cells[2], ans)
    _widths(t, [2, 10, 4])
    doc.add_paragraph("")
    doc.add_paragraph("UHR, 7. februar 2029")
    name = "UHR_rapport_2028.docx"
    doc.save(out / name)
    record(name, "UHR", rows, "DOCX table: several tiltak as typed '•' lines in one cell, type in "
                              "parentheses, delmål and ansvarlig enhet shared by the row")


# ---------------------------------------------------------------- Vestland (Nynorsk, PDF via LO)
def vestland(tmp: Path):
    doc = _docx()
    _landscape(doc)
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2028", 1)
    doc.add_paragraph("Fylkeskommunen rapporterer her tiltak i 2028 som følgjer opp den nasjonale "
                      "kompetansepolitiske strategien og den regionale kompetanseplanen.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Kva", "Delmål", "Ansvar", "Partnarar", "Type"]):
        _cell(c, h)
        _shade(c, "E2EFD9")
    _bold_row(t.rows[0])
    for it in D.VESTLAND:
        cells = t.add_row().cells
        for cell, v in zip(cells, [it["tiltak"], it["beskrivelse"], it["extra"]["dm"], it["ansvarlig"],
                                   it["samarbeidspartnere"], it["extra"]["typ"]]):
            _cell(cell, v)
    _widths(t, [5.5, 6.5, 2.3, 3.6, 4.3, 2.6])
    doc.add_paragraph("")
    doc.add_paragraph("Bergen, 3. februar 2029 – Avdeling for opplæring og kompetanse")
    src = tmp / "Vestland_fylkeskommune_rapportering_2028.docx"
    doc.save(src)
    return src, D.VESTLAND


# ---------------------------------------------------------------- Innlandet (ODS)
def innlandet(tmp: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    titles = {"Område 1": "Gode valg for den enkelte og for samfunnet",
              "Område 2": "Læring i arbeidslivet",
              "Område 3": "Voksne med svak tilknytning til arbeidslivet"}
    rows = []
    for sheet, items in D.INNLANDET:
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"Innlandet fylkeskommune – tiltak 2028 – {sheet}: {titles[sheet]}"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:E1")
        for j, h in enumerate(["Hva", "Beskrivelse", "Delmål", "Ansvar", "Samarbeid"], 1):
            ws.cell(2, j, h).font = Font(bold=True)
        for i, it in enumerate(items, 3):
            for j, v in enumerate([it["tiltak"], it["beskrivelse"], it["extra"]["dm"], it["ansvarlig"],
                                   it["samarbeidspartnere"]], 1):
                ws.cell(i, j, v)
            rows.append(it)
        for col, w in zip("ABCDE", (44, 60, 9, 24, 40)):
            ws.column_dimensions[col].width = w
    ws = wb.create_sheet("Kommentarer")
    ws["A1"] = "Kommentarer"
    ws["A2"] = "Tallene for Fagbrev på jobb er foreløpige per januar 2029."
    ws["A3"] = "Kontakt: Kompetanse og karriere, Innlandet fylkeskommune."
    src = tmp / "Innlandet_fylkeskommune_tiltak_2028.xlsx"
    wb.save(src)
    return src, rows


# ---------------------------------------------------------------- not a report: minutes
def referat(out: Path):
    doc = _docx()
    doc.add_heading("Referat fra møte i Kompetansepolitisk råd 20. november 2028", 1)
    doc.add_paragraph("Til stede: representanter for KD, ASD, LO, NHO, Unio, KS, YS, Virke, Akademikerne, "
                      "Spekter, VOFO og UHR. Forfall: Sametinget (observatør).")
    doc.add_paragraph("Referent: sekretariatet")
    for h, body in [
        ("1 Godkjenning av innkalling og dagsorden", "Innkalling og dagsorden ble godkjent uten merknader."),
        ("2 Orienteringssaker", ""),
        ("2.1 Kompetansebehovsutvalget", "Utvalgets leder orienterte om arbeidet med neste hovedrapport. "
         "Rådet tok orienteringen til etterretning."),
        ("2.2 Bransjeprogrammene", "Departementet orienterte om søknadsrunden for 2029."),
        ("3 Drøftingssaker", ""),
        ("3.1 Rapportering for 2028", "Sekretariatet sender ut brev om rapportering med frist 15. februar 2029. "
         "Medlemmene står fritt i valg av format."),
        ("3.2 Møteplan 2029", "Rådet møtes i mars, juni og november."),
        ("4 Eventuelt", "Ingen saker."),
    ]:
        doc.add_heading(h, 2)
        if body:
            doc.add_paragraph(body)
    name = "Referat_KPR_mote_20112028.docx"
    doc.save(out / name)
    FILES.append(dict(file=name, member="", rows=0,
                      shape="Not a member report: minutes of a council meeting with numbered sections "
                            "(2.1, 2.2, 3.1 …) naming KBU and the bransjeprogram; yields nothing"))


# ---------------------------------------------------------------- conversion
def soffice(fmt: str, srcs: list[Path], outdir: Path, profile: Path):
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
           "--outdir", str(outdir), *map(str, srcs)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def write_truth(out: Path):
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=TRUTH_COLS)
        w.writeheader()
        w.writerows(TRUTH)


def write_readme(out: Path):
    from collections import OrderedDict
    ids = OrderedDict()
    for t in TRUTH:
        ids.setdefault(t["seed_row"], []).append(t)
    shared = {k: v for k, v in ids.items() if len({x["member"] for x in v}) > 1}
    files = sorted(FILES, key=lambda f: f["file"])
    L = ["# Held-out round 7 (reporting year 2028)", "",
         "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or "
         "any earlier held-out round; the program was never run on these files.**", "",
         "Rebuild from the repository root:", "", "```", "python -m samples.holdout8_generator "
         "[--out samples/holdout8]", "```", "",
         f"Files: {len(files)} (of which {sum(1 for f in files if f['rows'])} member reports that count, "
         "one superseded draft and one document that is not a member report). "
         f"Truth rows: {len(TRUTH)}. Distinct measures: {len(ids)}. "
         f"Measures reported by two or more members: {len(shared)}.", "",
         "| File | Member | Rows | Shape |", "|---|---|---|---|"]
    for f in files:
        L.append(f"| {f['file']} | {f['member'] or '—'} | {f['rows']} | {f['shape']} |")
    L += ["", "## Measures reported by several members", ""]
    for k, v in shared.items():
        L.append(f"- **{k}** (delmål {v[0]['delmal']}, {v[0]['type']}):")
        for x in v:
            L.append(f"  - {x['member']}: «{x['tiltak']}»")
    L += ["", "## Traps (look shared, are not)", "",
          "- LO «Samling for LOs representanter i faglige råd» – own gathering, not the faglige råd (M13).",
          "- KS «Oppsummering av KBUs hovedrapport for kommunesektoren» – a note on the council's report (M22).",
          "- Akademikerne «Innspill til KBUs temavalg for 2029» – input to the council (M37).",
          "- Spekter «Dialogmøte med Spekters representanter i SRY og de faglige rådene» – own meeting (M40).",
          "- UHR «UHRs veileder for råd for samarbeid med arbeidslivet» – guidance about RSA, not a seat (M46).",
          "- Virke «KOMPIS 2 – utvidelse til handel» – a new phase / extension of KOMPIS (M33 ≠ M15).",
          "- Innlandet «Regionalt bransjeprogram for reiseliv i Innlandet» – a regional version (M55 ≠ M04).",
          "- Innlandet «Kompetansepluss arbeid i industribedrifter» – not Kompetansepluss frivillighet (M57 ≠ M08).",
          "- NHO «Kompetansebarometeret 2028» and KS «Kommunal kompetanseundersøkelse 2028» – different surveys.",
          "",
          "Not counted: `Unio_tiltak_2028_utkast.docx` (superseded by `Unio_tiltak_2028_endelig.docx`), "
          "`Referat_KPR_mote_20112028.docx` (meeting minutes), NHO's hidden row and hidden sheet «Tiltak 2027».",
          ""]
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.holdout8_generator")
    ap.add_argument("--out", default="samples/holdout8")
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    FILES.clear(); TRUTH.clear()
    _rl_fonts()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        (tmp / "src").mkdir()
        src = tmp / "src"
        profile = tmp / "lo_profile"
        conv = {"odt": [], "pdf": [], "rtf": [], "doc": [], "ods": []}
        meta = []

        def later(fmt, pair, member, shape):
            path, rows = pair
            conv[fmt].append(path)
            meta.append((path.stem + "." + fmt, member, rows, shape))

        later("odt", regjeringen(src), "Regjeringen",
              "ODT (converted from Word): table 'Nr. | Hva gjøres | Mål i strategien | Departement | Sammen med "
              "| Kategori', area rows spanning the table, header row repeated mid-table, bold name and "
              "description in one cell, delmål as 'dm 2.4', 'Delmål 1.3' or the delmål's words")
        lo(out)
        nho(out)
        unio(out)
        ks(out)
        later("rtf", ys(src), "YS", "Memo in RTF: Til/Fra/Dato/Sak, table with merged columns "
              "('Område / delmål' as 'Læring i arbeidslivet (2.1)', title+description in one cell, "
              "'Ansvar (samarbeid)' as 'YS (Virke, Negotia)'), no types")
        virke(out)
        later("doc", akademikerne(src), "Akademikerne", "Word 97 .doc form: one two-column key/value table "
              "per measure (Navn på tiltaket, Delmål (nr.), Type tiltak, Ansvarlig, Samarbeidspartnere, "
              "Kort beskrivelse)")
        later("pdf", spekter(src), "Spekter", "PDF exported through LibreOffice, two-column page: run-in bold "
              "titles with prose, delmål only as the delmål's words in an italic line, no types")
        vofo(out)
        uhr(out)
        later("pdf", vestland(src), "Vestland fylkeskommune", "Nynorsk table exported to PDF through "
              "LibreOffice: 'Tiltak | Kva | Delmål | Ansvar | Partnarar | Type', delmål as 'dm 1.2', "
              "type words such as Utgreiing, Messe, Opplæring")
        later("ods", innlandet(src), "Innlandet fylkeskommune", "ODS: one sheet per innsatsområde with a "
              "merged title row and header on row 2 ('Hva | Beskrivelse | Delmål | Ansvar | Samarbeid'), "
              "delmål as '1,3' text, no types, a comments sheet")
        referat(out)
        for fmt, srcs in conv.items():
            if srcs:
                soffice(fmt, srcs, out, profile)
        for fname, member, rows, shape in meta:
            if not (out / fname).exists():
                raise SystemExit(f"conversion failed: {fname}")
            record(fname, member, rows, shape)
    TRUTH.sort(key=lambda t: t["source_file"])
    write_truth(out)
    write_readme(out)
    print(f"{len(FILES)} files, {len(TRUTH)} truth rows, "
          f"{len({t['seed_row'] for t in TRUTH})} measures -> {out}")
