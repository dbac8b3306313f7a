"""Deterministic builders for held-out round 39 (reporting year 2060)."""
import csv
import datetime as _dt
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile

from reportlab import rl_config

rl_config.invariant = 1  # fixed PDF IDs and dates

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

from . import content as C  # noqa: E402

FIXED_DT = _dt.datetime(2061, 1, 30, 9, 0, 0)
ZIP_DT = (2061, 1, 30, 9, 0, 0)
ISO = "2061-01-30T09:00:00Z"


# ---------------------------------------------------------------- helpers
def normalise_zip(path, meta_files=("docProps/core.xml", "docProps/app.xml", "meta.xml")):
    """Rewrite an OOXML/ODF zip with fixed timestamps, sorted-stable order and fixed metadata dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, ctype in items:
            if name in meta_files:
                txt = data.decode("utf-8")
                txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", ISO, txt)
                txt = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                             "<meta:editing-duration>PT0S</meta:editing-duration>", txt)
                txt = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", txt)
                data = txt.encode("utf-8")
            if name == "settings.xml":  # LibreOffice writes a random session Rsid here
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>2060", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _docx_props(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = "2558422800"
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def _styles():
    ss = getSampleStyleSheet()
    return ss


# ---------------------------------------------------------------- 01 Regjeringen (PDF, headers/footnotes)
def build_regjeringen(out):
    spec = C.REGJERINGEN
    ss = _styles()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Times-Roman", fontSize=11, leading=14.5)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    fn = ParagraphStyle("fn", parent=body, fontSize=8.5, leading=10)
    story = [Paragraph("Regjeringens rapportering til Kompetansepolitisk råd 2060", h1), Spacer(1, 6)]
    for head, paras in spec["sections"]:
        lvl = h2 if re.match(r"^\d\.\d", head) or head == "Innledning" else h1
        story.append(Paragraph(head, lvl))
        for p in paras:
            p = re.sub(r"\[(\d)\]", r"<super>\1</super>", p)
            story.append(Paragraph(p, body))
    story.append(Spacer(1, 14))
    story.append(Paragraph("_" * 30, fn))
    for f in spec["footnotes"]:
        story.append(Paragraph(re.sub(r"^\[(\d)\]", r"<super>\1</super>", f), fn))

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, A4[1] - 12 * mm, "Kunnskapsdepartementet – Kompetansepolitisk råd")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Rapport 2060")
        c.drawCentredString(A4[0] / 2, 10 * mm, f"Side {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(os.path.join(out, spec["file"]), pagesize=A4, invariant=1,
                            title="Rapportering 2060", author="Kunnskapsdepartementet",
                            topMargin=22 * mm, bottomMargin=20 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- 02 LO (DOCX table)
def build_lo(out):
    from docx import Document
    from docx.shared import Pt
    spec = C.LO
    doc = Document()
    _docx_props(doc, "LO", spec["title"])
    doc.add_heading(spec["title"], 1)
    doc.add_paragraph(spec["intro"])
    t = doc.add_table(rows=1, cols=len(spec["header"]))
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(spec["header"]):
        t.rows[0].cells[i].text = h
    for r in spec["rows"]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("")
    doc.add_paragraph(spec["closing"])
    path = os.path.join(out, spec["file"])
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- 03 NHO (XLSX several sheets)
def _xlsx_props(wb, author, title):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def build_nho(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    spec = C.NHO
    wb = Workbook()
    _xlsx_props(wb, "NHO", "Rapportering 2060")
    ws = wb.active
    ws.title = "Forside"
    for r in spec["front"]:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 80
    ws2 = wb.create_sheet("Råd og utvalg")
    ws2.append(spec["councils_header"])
    for r in spec["councils"]:
        ws2.append(r)
    ws3 = wb.create_sheet("Prosjekter og kurs")
    ws3.append(spec["projects_header"])
    for r in spec["projects"]:
        ws3.append(r)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for w in (ws2, ws3):
        for c in w[1]:
            c.font = Font(bold=True)
            c.fill = fill
        for col, width in zip("ABCDEFG", (28, 36, 14, 10, 22, 28, 70)):
            w.column_dimensions[col].width = width
    path = os.path.join(out, spec["file"])
    wb.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- 04 Vestland (ODT via soffice, labelled blocks)
def build_vestland(out):
    from docx import Document
    spec = C.VESTLAND
    doc = Document()
    _docx_props(doc, "Vestland fylkeskommune", spec["title"])
    doc.add_heading(spec["title"], 1)
    doc.add_paragraph(spec["intro"])
    for i, b in enumerate(spec["blocks"], 1):
        doc.add_heading(f"Tiltak {i}", 2)
        for k, v in b.items():
            p = doc.add_paragraph()
            r = p.add_run(f"{k}: ")
            r.bold = True
            p.add_run(v if v else "–")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, os.path.splitext(spec["file"])[0] + ".docx")
        doc.save(src)
        res = soffice_convert(src, "odt", td)
        shutil.copyfile(res, os.path.join(out, spec["file"]))
    normalise_zip(os.path.join(out, spec["file"]))


# ---------------------------------------------------------------- 05 Oslo (e-mail printed to PDF)
def build_oslo(out):
    spec = C.OSLO
    path = os.path.join(out, spec["file"])
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("SV: Rapportering 2060 – Oslo kommune")
    W, H = A4
    y = H - 15 * mm
    c.setFont("Helvetica", 7)
    c.drawString(12 * mm, H - 8 * mm, "26.01.2061 14:05")
    c.drawRightString(W - 12 * mm, H - 8 * mm, "Outlook – Utskrift")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(20 * mm, y, "SV: Rapportering 2060 – Oslo kommune")
    y -= 10 * mm
    for k, v in spec["headers"]:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(20 * mm, y, k + ":")
        c.setFont("Helvetica", 9.5)
        c.drawString(38 * mm, y, v)
        y -= 5.2 * mm
    c.line(20 * mm, y, W - 20 * mm, y)
    y -= 9 * mm
    c.setFont("Helvetica", 10.5)

    def wrap(text, width, font="Helvetica", size=10.5):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if c.stringWidth(t, font, size) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    for line in [spec["greeting"], ""] + wrap(spec["lead"], W - 40 * mm) + [""]:
        c.drawString(20 * mm, y, line)
        y -= 5.5 * mm
    for i, item in enumerate(spec["items"], 1):
        lines = wrap(item, W - 48 * mm)
        c.drawString(22 * mm, y, f"{i}.")
        for ln in lines:
            c.drawString(28 * mm, y, ln)
            y -= 5.5 * mm
        y -= 2 * mm
    y -= 3 * mm
    for line in spec["closing"]:
        c.drawString(20 * mm, y, line)
        y -= 5.5 * mm
    y -= 6 * mm
    c.setFont("Helvetica", 9)
    c.setFillGray(0.35)
    for line in spec["quoted"]:
        c.drawString(20 * mm, y, line)
        y -= 4.8 * mm
    c.setFillGray(0)
    c.setFont("Helvetica", 7)
    c.drawCentredString(W / 2, 8 * mm, "1 / 1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 06 Virke (slides)
def build_virke(out):
    spec = C.VIRKE
    path = os.path.join(out, spec["file"])
    size = landscape((190 * mm, 338 * mm))  # 16:9
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle("Virke – kompetansearbeid 2060")
    # title slide
    c.setFillColorRGB(0.05, 0.25, 0.35)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(25 * mm, H / 2 + 5 * mm, spec["title_slide"][0])
    c.setFont("Helvetica", 18)
    c.drawString(25 * mm, H / 2 - 12 * mm, spec["title_slide"][1])
    c.showPage()
    for n, (title, bullets) in enumerate(spec["slides"], 2):
        c.setFillColorRGB(0.05, 0.25, 0.35)
        c.rect(0, H - 30 * mm, W, 30 * mm, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 26)
        c.drawString(18 * mm, H - 20 * mm, title)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Helvetica", 19)
        y = H - 52 * mm
        for b in bullets:
            c.circle(22 * mm, y + 2.3 * mm, 1.5 * mm, fill=1, stroke=0)
            c.drawString(28 * mm, y, b)
            y -= 16 * mm
        c.setFont("Helvetica", 10)
        c.setFillGray(0.4)
        c.drawString(18 * mm, 8 * mm, "Virke | Kompetansepolitisk råd")
        c.drawRightString(W - 18 * mm, 8 * mm, str(n))
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 07 UHR (DOCX table with merged group rows)
def build_uhr(out):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    spec = C.UHR
    doc = Document()
    _docx_props(doc, "UHR", spec["title"])
    doc.add_heading(spec["title"], 1)
    doc.add_paragraph(spec["intro"])
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(spec["header"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for group, rows in spec["groups"]:
        cells = t.add_row().cells
        m = cells[0].merge(cells[3])
        m.text = group
        m.paragraphs[0].runs[0].bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "D9D9D9")
        m._tc.get_or_add_tcPr().append(shd)
        for r in rows:
            cs = t.add_row().cells
            for i, v in enumerate(r):
                cs[i].text = v
                for run in cs[i].paragraphs[0].runs:
                    run.font.size = Pt(9.5)
    path = os.path.join(out, spec["file"])
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- 08 Fagskolerådet (hand-written RTF letter)
def _rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def build_fagskoleraadet(out):
    spec = C.FAGSKOLERAADET
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\info{\title Rapportering 2060}{\author Fagskol\u229?r\u229?det}{\creatim\yr2061\mo1\dy30\hr9\min0}}",
         r"\paperw11906\paperh16838\margl1701\margr1417\margt1417\margb1417\f0\fs24",
         r"\pard\qr\f1\fs28\b FAGSKOLER\u197?DET\b0\fs18\par Postboks 5012 Torgarden, 7044 Trondheim\par\f0\fs24\par"]
    L.append(r"\pard\ql " + r"\par ".join(_rtf_escape(a) for a in spec["address"]) + r"\par\par")
    L.append(r"\pard\qr " + _rtf_escape(spec["place_date"]) + r"\par\par")
    L.append(r"\pard\ql\b " + _rtf_escape(spec["subject"]) + r"\b0\par\par")
    for p in spec["paragraphs"]:
        L.append(r"\pard\qj\sa160 " + _rtf_escape(p) + r"\par")
    L.append(r"\pard\ql\par " + r"\par ".join(_rtf_escape(a) for a in spec["signoff"]) + r"\par")
    L.append("}")
    with open(os.path.join(out, spec["file"]), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 09 Sametinget (scanned, image only)
def render_scan_image(seed=2060):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    spec = C.SAMETINGET
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    fh = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 46)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
    y = 170
    for kind, text in spec["lines"]:
        f = fh if kind == "h" else fb
        d.text((150, y), text, fill=25, font=f)
        y += 78 if kind == "h" else 56
    rng = random.Random(seed)
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250)
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.choice((120, 160, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def build_sametinget(out):
    spec = C.SAMETINGET
    from reportlab.lib.utils import ImageReader
    img = render_scan_image()
    path = os.path.join(out, spec["file"])
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Skannet dokument")
    c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 10 Troms og Finnmark (DOC via soffice, two columns)
def build_tromsfinnmark(out):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.section import WD_SECTION
    spec = C.TROMSFINNMARK
    doc = Document()
    _docx_props(doc, "Troms og Finnmark fylkeskommune", spec["title"])
    doc.add_heading(spec["title"], 1)
    doc.add_paragraph(spec["intro"])
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    sec._sectPr.append(cols)
    for head, text in spec["items"]:
        p = doc.add_paragraph()
        r = p.add_run(head + " ")
        r.bold = True
        p.add_run(text)
    doc.add_paragraph(spec["closing"]).runs[0].italic = True
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, os.path.splitext(spec["file"])[0] + ".docx")
        doc.save(src)
        res = soffice_convert(src, "doc:MS Word 97", td)
        shutil.copyfile(res, os.path.join(out, spec["file"]))


# ---------------------------------------------------------------- 11 VOFO (XLSX two-row merged header)
def build_vofo(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    spec = C.VOFO
    wb = Workbook()
    _xlsx_props(wb, "VOFO", spec["title"])
    ws = wb.active
    ws.title = "Tiltak 2060"
    ws["A1"] = spec["title"]
    ws["A1"].font = Font(bold=True, size=13)
    col = 1
    for label, span in spec["top_header"]:
        ws.cell(row=3, column=col, value=label).font = Font(bold=True)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + span - 1)
        ws.cell(row=3, column=col).alignment = Alignment(horizontal="center")
        col += span
    for i, h in enumerate(spec["sub_header"], 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    for r in spec["rows"]:
        ws.append(r)
    for c_, w in zip("ABCDEFG", (44, 70, 14, 9, 12, 30, 30)):
        ws.column_dimensions[c_].width = w
    ws2 = wb.create_sheet("Nøkkeltall")
    for r in spec["keyfigures"]:
        ws2.append(r)
    path = os.path.join(out, spec["file"])
    wb.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- 12 Spekter (DOC via soffice, forms)
def build_spekter(out):
    from docx import Document
    spec = C.SPEKTER
    doc = Document()
    _docx_props(doc, "Spekter", spec["title"])
    doc.add_heading(spec["title"], 1)
    doc.add_paragraph(spec["intro"])
    for n, form in enumerate(spec["forms"], 1):
        doc.add_heading(f"Skjema {n}", 2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in form:
            cs = t.add_row().cells
            cs[0].text = k
            cs[0].paragraphs[0].runs[0].bold = True
            cs[1].text = v
        doc.add_paragraph("")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, os.path.splitext(spec["file"])[0] + ".docx")
        doc.save(src)
        res = soffice_convert(src, "doc:MS Word 97", td)
        shutil.copyfile(res, os.path.join(out, spec["file"]))


# ---------------------------------------------------------------- 13 Unio (DOCX prose, Nynorsk)
def build_unio(out):
    from docx import Document
    spec = C.UNIO
    doc = Document()
    _docx_props(doc, "Unio", spec["title"])
    doc.add_heading(spec["title"], 0)
    for head, paras in spec["sections"]:
        doc.add_heading(head, 1)
        for p in paras:
            doc.add_paragraph(p)
    path = os.path.join(out, spec["file"])
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- 14 KS (invitation, no measures)
def build_ks(out):
    spec = C.KS_INVITE
    ss = _styles()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=11, leading=15)
    story = [Paragraph("KS", ParagraphStyle("logo", parent=body, fontName="Helvetica-Bold", fontSize=22)),
             Spacer(1, 12), Paragraph(spec["title"], ss["Heading1"])]
    for k, v in spec["meta"]:
        story.append(Paragraph(f"<b>{k}:</b> {v}", body))
    story += [Spacer(1, 10), Paragraph("Saksliste", ss["Heading2"])]
    for i, a in enumerate(spec["agenda"], 1):
        story.append(Paragraph(f"Sak {i}/61 &nbsp; {a}", body))
    story += [Spacer(1, 12), Paragraph(spec["note"], body),
              Spacer(1, 18), Paragraph("Vel møtt!<br/>KS, på vegne av rådets sekretariat", body)]
    doc = SimpleDocTemplate(os.path.join(out, spec["file"]), pagesize=A4, invariant=1,
                            title=spec["title"], author="KS")
    doc.build(story)


BUILDERS = [build_regjeringen, build_lo, build_nho, build_vestland, build_oslo, build_virke, build_uhr,
            build_fagskoleraadet, build_sametinget, build_tromsfinnmark, build_vofo, build_spekter,
            build_unio, build_ks]


def write_truth(out):
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=C.TRUTH_COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in C.truth_rows():
            w.writerow(r)


def build_all(out):
    os.makedirs(out, exist_ok=True)
    for b in BUILDERS:
        b(out)
    write_truth(out)
