"""Build every file of held-out round 28 (reporting year 2049) and truth.csv."""
import argparse
import csv
import os
import random
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, FrameBreak)

from . import data as D
from .common import (DELMAL_NAVN, FIXED, FONT_DIR, OMRADE_NAVN, normalise_zip,
                     soffice_convert)

ALL_FIELDS = {"a", "p", "b"}

pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVM", os.path.join(FONT_DIR, "DejaVuSansMono.ttf")))
pdfmetrics.registerFont(TTFont("DVMB", os.path.join(FONT_DIR, "DejaVuSansMono-Bold.ttf")))
from reportlab.lib.fonts import addMapping  # noqa: E402
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVB")


def new_doc(title, author):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return doc


def save_doc(doc, path):
    doc.save(path)
    normalise_zip(path)


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def header_row(table, labels):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(lab)
        r.bold = True


# --------------------------------------------------------------------- 01 Regjeringen
def build_regjeringen(out):
    fn = "KD_rapport_kompetansepolitisk_rad_2049.docx"
    doc = new_doc("Regjeringens rapportering 2049", "Kunnskapsdepartementet")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Kunnskapsdepartementet", level=2)
    doc.add_heading("Regjeringens tiltak for oppfølging av kompetansepolitikken – rapporteringsår 2049", level=1)
    doc.add_paragraph(
        "Rapporteringen omfatter tiltak i regi av Kunnskapsdepartementet og andre departementer "
        "som følger opp delmålene i strategien. Oversikten er behandlet i departementenes "
        "kontaktgruppe 9. januar 2050.")
    typ = {D.FOU: "forskning (FoU)", D.KURS: "kurs/utdanning", D.RAD: "råd/utvalg",
           D.PRO: "prosjekt", D.INF: "informasjonstiltak", D.ARR: "arrangement"}
    labels = ["Løpenr.", "Tiltaket", "Strategiens delmål", "Virkemiddel", "Hovedansvar",
              "Medvirkende", "Om tiltaket"]
    t = doc.add_table(rows=1, cols=len(labels))
    t.style = "Table Grid"
    header_row(t, labels)
    for i, r in enumerate(D.REGJERINGEN, 1):
        cells = t.add_row().cells
        vals = [f"KD-{i:02d}", r["t"], r["d"], typ[r["ty"]], r["a"], r["p"], r["b"]]
        for c, v in zip(cells, vals):
            c.text = v
    set_widths(t, [1.6, 4.2, 2.0, 2.6, 3.0, 3.8, 8.0])
    doc.add_paragraph("")
    doc.add_paragraph("Kontaktperson: seniorrådgiver Ingrid Haugen, Kompetansepolitisk avdeling.")
    save_doc(doc, os.path.join(out, fn))
    return fn, "Regjeringen", D.REGJERINGEN, ALL_FIELDS, "DOCX landscape table, unusual headers, delmål code, type words column"


# --------------------------------------------------------------------- 02 LO (PDF via Word)
def build_lo(out, tmp):
    fn = "LO_brev_til_kompetansepolitisk_rad_2049.pdf"
    doc = new_doc("LOs rapportering 2049", "LO")
    doc.add_paragraph("Landsorganisasjonen i Norge\nYoungs gate 11, Oslo")
    doc.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ Kunnskapsdepartementet")
    doc.add_paragraph("Oslo, 17. januar 2050\nVår ref.: 2049/3381")
    p = doc.add_paragraph()
    p.add_run("LOs rapportering om kompetansetiltak i 2049").bold = True
    doc.add_paragraph(
        "Vi viser til brev om rapportering av tiltak som følger opp den kompetansepolitiske "
        "strategien. Nedenfor følger en kort omtale av LOs viktigste tiltak i 2049. Delmål og "
        "type tiltak er angitt i parentes etter hver omtale.")
    typ = {D.FOU: "FoU", D.KURS: "kurs/utdanning", D.RAD: "råd/utvalg/nettverk",
           D.PRO: "prosjekt", D.INF: "informasjon", D.ARR: "arrangement"}
    for r in D.LO:
        p = doc.add_paragraph()
        p.add_run(r["t"] + ".").bold = True
        p.add_run(" " + r["b"] + f" (delmål {r['d'].replace('.', ',')}; {typ[r['ty']]})")
    doc.add_paragraph(
        "LO ser fram til videre samarbeid i rådet og vil særlig følge opp arbeidet med "
        "kompetansereformen i 2050.")
    doc.add_paragraph("Med vennlig hilsen\n\nTrine Aasen\nnestleder")
    src = os.path.join(tmp, "LO_brev_til_kompetansepolitisk_rad_2049.docx")
    save_doc(doc, src)
    soffice_convert(src, "pdf", "pdf", os.path.join(out, fn))
    return fn, "LO", D.LO, {"b"}, "letter (PDF from Word via LibreOffice), bold lead-ins, «delmål 2,4; type» in brackets"


# --------------------------------------------------------------------- 03 NHO (XLSX, område sections)
def build_nho(out):
    fn = "NHO_tiltaksoversikt_2049.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2049"
    wb.properties.creator = "NHO"
    wb.properties.title = "NHO tiltaksoversikt 2049"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["B1"] = "NHO – tiltak rapportert til Kompetansepolitisk råd"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "Rapporteringsår 2049 · utarbeidet av NHO Arbeidsliv 14.01.2050"
    heads = ["Tiltak", "Hva gjøres", "Kode", "Ansvarlig enhet", "Partnere"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=2 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    code = {D.FOU: "F", D.KURS: "K", D.RAD: "R", D.PRO: "P", D.INF: "I", D.ARR: "A"}
    row = 5
    sections = [("1", "I"), ("2", "II"), ("3", "III")]
    for omr, _rom in sections:
        ws.cell(row=row, column=2, value=f"Hovedinnsatsområde {omr}: {OMRADE_NAVN[omr]}")
        ws.cell(row=row, column=2).font = Font(bold=True, italic=True)
        ws.cell(row=row, column=2).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        row += 1
        rows = [r for r in D.NHO if r["d"].startswith(omr + ".")]
        if not rows:
            ws.cell(row=row, column=2, value="(ingen egne tiltak rapportert i 2049)")
            ws.cell(row=row, column=2).font = Font(italic=True, color="808080")
            row += 1
        for r in rows:
            vals = [r["t"], r["b"], code[r["ty"]], r["a"], r["p"]]
            for i, v in enumerate(vals):
                c = ws.cell(row=row, column=2 + i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
        row += 1
    ws.cell(row=row + 1, column=2, value="Koder for type tiltak:")
    ws.cell(row=row + 1, column=2).font = Font(bold=True)
    key = ["F = FoU", "K = Kurs/utdanning", "R = Råd/utvalg/nettverk", "P = Prosjekt",
           "I = Informasjon", "A = Arrangement"]
    for j, k in enumerate(key):
        ws.cell(row=row + 2 + j, column=2, value=k)
    for col, w in zip("ABCDEF", [3, 42, 60, 7, 20, 30]):
        ws.column_dimensions[col].width = w
    path = os.path.join(out, fn)
    wb.save(path)
    normalise_zip(path)
    return fn, "NHO", D.NHO, ALL_FIELDS, "XLSX, offset table with merged hovedinnsatsområde section rows (område only), letter codes with key below"


# --------------------------------------------------------------------- 04 Unio (ODT, numbered)
ROMAN = {"1": "I", "2": "II", "3": "III"}


def build_unio(out, tmp):
    fn = "Unio_rapportering_2049.odt"
    doc = new_doc("Unio rapportering 2049", "Unio")
    doc.add_heading("Unio – rapport til Kompetansepolitisk råd for 2049", level=1)
    doc.add_paragraph(
        "Unio organiserer arbeidstakere med profesjonsutdanning i offentlig og privat sektor. "
        "Under følger tiltakene vi har gjennomført eller deltatt i. Henvisningene i parentes "
        "viser til innsatsområde (romertall) og delmål i strategien.")
    for i, r in enumerate(D.UNIO, 1):
        omr, sub = r["d"].split(".")
        p = doc.add_paragraph()
        p.add_run(f"{i}. ")
        p.add_run(r["t"]).bold = True
        p.add_run(f" (innsatsområde {ROMAN[omr]}, delmål {sub}): " + r["b"])
    doc.add_paragraph("Oslo, 20. januar 2050\nUnio-sekretariatet")
    src = os.path.join(tmp, "Unio_rapportering_2049.docx")
    save_doc(doc, src)
    soffice_convert(src, "odt", "odt", os.path.join(out, fn))
    return fn, "Unio", D.UNIO, {"b"}, "ODT, numbered paragraphs, delmål as «innsatsområde II, delmål 4», no type"


# --------------------------------------------------------------------- 05 KS (DOC, labelled blocks)
def build_ks(out, tmp):
    fn = "KS_tiltak_2049.doc"
    doc = new_doc("KS tiltak 2049", "KS")
    doc.add_heading("KS – rapportering av kompetansetiltak 2049", level=1)
    doc.add_paragraph("Kommunesektorens organisasjon. Oversendt sekretariatet 22.01.2050.")
    for r in D.KS:
        lines = [("Tiltak", r["t"]),
                 ("Delmål", f"{r['d']} {DELMAL_NAVN[r['d']]}"),
                 ("Type tiltak", r["ty"]),
                 ("Ansvarlig", r["a"]),
                 ("Samarbeidspartnere", r["p"] or "–"),
                 ("Beskrivelse", r["b"])]
        for lab, val in lines:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run(lab + ": ").bold = True
            p.add_run(val)
        doc.add_paragraph("")
    src = os.path.join(tmp, "KS_tiltak_2049.docx")
    save_doc(doc, src)
    soffice_convert(src, "doc", "doc:MS Word 97", os.path.join(out, fn))
    return fn, "KS", D.KS, ALL_FIELDS, "DOC (Word 97), blocks of labelled lines"


# --------------------------------------------------------------------- 06 YS (RTF table, delmål words)
def build_ys(out, tmp):
    fn = "YS_rapport_2049.rtf"
    doc = new_doc("YS rapport 2049", "YS")
    doc.add_heading("Yrkesorganisasjonenes Sentralforbund (YS)", level=2)
    doc.add_paragraph("Tiltak 2049 – innspill til Kompetansepolitisk råd")
    labels = ["Tiltak", "Mål i strategien", "Art", "Ansvar", "Partnere", "Beskrivelse"]
    t = doc.add_table(rows=1, cols=len(labels))
    t.style = "Table Grid"
    header_row(t, labels)
    for r in D.YS:
        cells = t.add_row().cells
        for c, v in zip(cells, [r["t"], DELMAL_NAVN[r["d"]], r["ty"], r["a"], r["p"], r["b"]]):
            c.text = v
    doc.add_paragraph("Kontakt: fagsjef kompetanse, YS.")
    src = os.path.join(tmp, "YS_rapport_2049.docx")
    save_doc(doc, src)
    soffice_convert(src, "rtf", "rtf", os.path.join(out, fn))
    return fn, "YS", D.YS, ALL_FIELDS, "RTF table, delmål in words only, type column headed «Art»"


# --------------------------------------------------------------------- 07 Virke (PDF slides)
def build_virke(out):
    fn = "Virke_presentasjon_KPR_2049.pdf"
    path = os.path.join(out, fn)
    W, H = landscape(A4)
    c = Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Virke – rapportering 2049")
    c.setAuthor("Virke")

    def frame(n):
        c.setFillColorRGB(0.55, 0.1, 0.2)
        c.rect(0, H - 2.2 * cm, W, 2.2 * cm, stroke=0, fill=1)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 9)
        c.drawString(1.5 * cm, 1 * cm, "Virke · Kompetansepolitisk råd · rapportering 2049")
        c.drawRightString(W - 1.5 * cm, 1 * cm, str(n))

    frame(1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DVB", 30)
    c.drawString(2.5 * cm, H / 2 + 1 * cm, "Virkes kompetansetiltak 2049")
    c.setFont("DV", 16)
    c.drawString(2.5 * cm, H / 2 - 0.5 * cm, "Rapportering til Kompetansepolitisk råd, januar 2050")
    c.showPage()
    for n, r in enumerate(D.VIRKE, 2):
        frame(n)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 22)
        c.drawString(1.5 * cm, H - 1.55 * cm, r["t"])
        c.setFillColorRGB(0, 0, 0)
        bullets = [f"Delmål {r['d']} – {DELMAL_NAVN[r['d']]}",
                   f"Type: {r['ty']}",
                   f"Ansvarlig: {r['a']}" + (f"   |   Samarbeid: {r['p']}" if r["p"] else ""),
                   r["b"]]
        y = H - 4.2 * cm
        for b in bullets:
            lines = textwrap.wrap(b, 80)
            c.setFont("DV", 17)
            c.drawString(2 * cm, y, "•")
            for ln in lines:
                c.drawString(2.8 * cm, y, ln)
                y -= 0.85 * cm
            y -= 0.45 * cm
        c.showPage()
    frame(len(D.VIRKE) + 2)
    c.setFont("DVB", 28)
    c.drawString(2.5 * cm, H / 2, "Takk for oppmerksomheten!")
    c.showPage()
    c.save()
    return fn, "Virke", D.VIRKE, ALL_FIELDS, "PDF laid out as slides, one tiltak per slide, «Delmål 2.2 – …» and «Type:» bullets"


# --------------------------------------------------------------------- 08 Akademikerne (e-mail printout)
def build_akademikerne(out):
    fn = "Akademikerne_epost_tiltak_2049.pdf"
    path = os.path.join(out, fn)
    c = Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Akademikernes tiltak 2049")
    W, H = A4
    y = H - 2 * cm
    c.setFont("DVB", 12)
    c.drawString(2 * cm, y, "Utskrift av e-post")
    y -= 0.9 * cm
    hdr = [("Fra:", "Kari Nordby <kari.nordby@akademikerne.no>"),
           ("Sendt:", "mandag 20. januar 2050 09:14"),
           ("Til:", "postmottak Kompetansepolitisk råd"),
           ("Kopi:", "Ola Bakke"),
           ("Emne:", "SV: Rapportering av tiltak 2049 – Akademikerne")]
    for k, v in hdr:
        c.setFont("DVB", 9.5)
        c.drawString(2 * cm, y, k)
        c.setFont("DV", 9.5)
        c.drawString(3.6 * cm, y, v)
        y -= 0.5 * cm
    c.line(2 * cm, y, W - 2 * cm, y)
    y -= 0.8 * cm
    body = ["Hei,", "",
            "viser til forespørselen. Akademikernes tiltak for 2049 (med delmål i parentes):", ""]
    for r in D.AKADEMIKERNE:
        body.append(f"- {r['t']} (dm {r['d']}): {r['b']}")
        body.append("")
    body += ["Si fra hvis dere trenger mer utfyllende informasjon.", "",
             "Vennlig hilsen",
             "Kari Nordby",
             "fagdirektør, Akademikerne", "",
             "-----Opprinnelig melding-----",
             "Fra: Sekretariatet for Kompetansepolitisk råd",
             "Sendt: 6. januar 2050",
             "Emne: Rapportering av tiltak 2049",
             "Vi ber medlemmene sende oversikt over tiltak innen 24. januar."]
    c.setFont("DV", 10)
    for ln in body:
        wrapped = textwrap.wrap(ln, 92, subsequent_indent="  ") or [""]
        for w in wrapped:
            c.drawString(2 * cm, y, w)
            y -= 0.5 * cm
    c.setFont("DV", 8)
    c.drawString(2 * cm, 1.2 * cm, "Skrevet ut 20.01.2050 10:02")
    c.showPage()
    c.save()
    return fn, "Akademikerne", D.AKADEMIKERNE, {"b"}, "e-mail printout (PDF), dash list «(dm 2.5): …», no type"


# --------------------------------------------------------------------- 09 Spekter (scanned image PDF)
def build_spekter(out):
    fn = "Spekter_skannet_tiltakstabell_2049.pdf"
    Wp, Hp = 2339, 1654  # A4 landscape at 200 dpi
    img = Image.new("L", (Wp, Hp), 255)
    d = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), 38)
    f_h = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), 25)
    f = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), 26)
    d.text((110, 90), "Spekter – tiltak 2049 (Kompetansepolitisk råd)", font=f_t, fill=0)
    d.text((110, 150), "Arbeidsgiverforeningen Spekter, vedlegg til brev 21.01.2050", font=f, fill=0)
    cols = [("Tiltak", 700), ("Delmål", 130), ("Type", 330), ("Ansvarlig", 250),
            ("Samarbeid", 300), ("Beskrivelse", 420)]
    x0, y = 110, 230
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    def row(vals, font, pad=14):
        nonlocal y
        wrapped = []
        for (name, w), v in zip(cols, vals):
            lines, cur = [], ""
            for word in v.split():
                cand = (cur + " " + word).strip()
                if font.getlength(cand) <= w - 20 or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = word
            lines.append(cur)
            wrapped.append(lines)
        h = max(len(w) for w in wrapped) * 33 + 2 * pad
        for i, lines in enumerate(wrapped):
            for k, ln in enumerate(lines):
                d.text((xs[i] + 10, y + pad + k * 33), ln, font=font, fill=0)
        d.rectangle([xs[0], y, xs[-1], y + h], outline=0, width=2)
        for x in xs[1:-1]:
            d.line([x, y, x, y + h], fill=0, width=2)
        y += h
    row([c[0] for c in cols], f_h)
    for r in D.SPEKTER:
        row([r["t"], r["d"], r["ty"], r["a"], r["p"], r["b"]], f)
    d.text((110, y + 40), "Signert: HR-direktør, Spekter", font=f, fill=0)
    rnd = random.Random(2049)
    px = img.load()
    for _ in range(6000):
        xx, yy = rnd.randrange(Wp), rnd.randrange(Hp)
        px[xx, yy] = rnd.choice((150, 180, 200))
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=255)
    img = img.convert("RGB")
    img.save(os.path.join(out, fn), "PDF", resolution=200.0, title="Skannet dokument",
             creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer="Scanner")
    return fn, "Spekter", D.SPEKTER, ALL_FIELDS, "scanned image-only PDF of a table (no text layer)"


# --------------------------------------------------------------------- 10 VOFO (form, key/value tables)
def build_vofo(out):
    fn = "VOFO_rapporteringsskjema_2049.docx"
    doc = new_doc("Rapporteringsskjema 2049", "VOFO")
    doc.add_heading("Skjema for rapportering av tiltak – Kompetansepolitisk råd", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Organisasjon", "VOFO – Voksenopplæringsforbundet"),
                 ("Rapporteringsår", "2049"), ("Kontaktperson", "Sigrid Lunde"),
                 ("Dato", "23.01.2050")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    for i, r in enumerate(D.VOFO, 1):
        doc.add_paragraph("")
        doc.add_paragraph().add_run(f"Tiltak {i}").bold = True
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in [("Navn på tiltak", r["t"]), ("Delmål (nr.)", r["d"]),
                     ("Type tiltak", r["ty"]), ("Ansvarlig", r["a"]),
                     ("Samarbeidspartnere", r["p"]), ("Kort beskrivelse", r["b"])]:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = k, v
        set_widths(t, [4.5, 11.5])
    save_doc(doc, os.path.join(out, fn))
    return fn, "VOFO", D.VOFO, ALL_FIELDS, "DOCX form: one key/value table per tiltak plus a header table"


# --------------------------------------------------------------------- 11 Vestland (Nynorsk table)
def build_vestland(out):
    fn = "Vestland_fylkeskommune_rapport_2049.docx"
    doc = new_doc("Rapportering 2049", "Vestland fylkeskommune")
    doc.add_heading("Vestland fylkeskommune", level=2)
    doc.add_heading("Rapportering til Kompetansepolitisk råd – tiltak i 2049", level=1)
    doc.add_paragraph(
        "Fylkeskommunen har eit regionalt ansvar for kompetansepolitikken. Tabellen under viser "
        "tiltaka vi har sett i verk eller vidareført i 2049. Delmål er oppgjeve med nummer.")
    typ = {D.FOU: "FoU", D.KURS: "Kurs/utdanning", D.RAD: "Råd/utval/nettverk",
           D.PRO: "Prosjekt", D.INF: "Informasjon", D.ARR: "Arrangement"}
    labels = ["Tiltak", "Delmål", "Kategori", "Ansvar", "Partnarar", "Skildring"]
    t = doc.add_table(rows=1, cols=len(labels))
    t.style = "Table Grid"
    header_row(t, labels)
    for r in D.VESTLAND:
        cells = t.add_row().cells
        for c, v in zip(cells, [r["t"], r["d"].replace(".", ","), typ[r["ty"]], r["a"],
                                r["p"], r["b"]]):
            c.text = v
    doc.add_paragraph("Bergen, 16. januar 2050\nAvdeling for opplæring og kompetanse")
    save_doc(doc, os.path.join(out, fn))
    return fn, "Vestland fylkeskommune", D.VESTLAND, ALL_FIELDS, "DOCX table in Nynorsk, delmål «1,2», type column «Kategori»"


# --------------------------------------------------------------------- 12 UHR (two-column PDF)
def build_uhr(out):
    fn = "UHR_notat_kompetansetiltak_2049.pdf"
    path = os.path.join(out, fn)
    W, H = A4
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="UHR notat 2049",
                          author="Universitets- og høgskolerådet",
                          leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm)
    gap = 0.8 * cm
    colw = (W - 4 * cm - gap) / 2
    top_h = 3.2 * cm
    body_h = H - 4 * cm - top_h
    first = [Frame(2 * cm, H - 2 * cm - top_h, W - 4 * cm, top_h, id="top"),
             Frame(2 * cm, 2 * cm, colw, body_h, id="c1"),
             Frame(2 * cm + colw + gap, 2 * cm, colw, body_h, id="c2")]
    later = [Frame(2 * cm, 2 * cm, colw, H - 4 * cm, id="l1"),
             Frame(2 * cm + colw + gap, 2 * cm, colw, H - 4 * cm, id="l2")]
    doc.addPageTemplates([PageTemplate(id="first", frames=first,
                                       autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=later)])
    title = ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20)
    sub = ParagraphStyle("s", fontName="DV", fontSize=9.5, leading=12)
    h = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=8)
    meta = ParagraphStyle("m", fontName="DVI", fontSize=8.5, leading=11, textColor="#444444")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    st = [Paragraph("Universitets- og høgskolerådet (UHR)", title),
          Paragraph("Notat til Kompetansepolitisk råd · Rapportering av tiltak for 2049 · "
                    "Dato: 24.01.2050", sub),
          FrameBreak(),
          Paragraph("Innledning", h),
          Paragraph("UHR ble medlem av rådet i 2020. Universitetene og høyskolene har i 2049 "
                    "videreført arbeidet med etter- og videreutdanning og samarbeid med "
                    "arbeidslivet. Notatet omtaler tiltak der UHR eller UHRs fagstrategiske "
                    "enheter har hatt en sentral rolle. For hvert tiltak oppgis delmål og type.",
                    body)]
    typ = {D.FOU: "FoU", D.KURS: "kurs/utdanning", D.RAD: "råd/utvalg/nettverk",
           D.PRO: "prosjekt", D.INF: "informasjon", D.ARR: "arrangement"}
    for r in D.UHR:
        st.append(Paragraph(r["t"], h))
        m = f"Delmål {r['d']} · {typ[r['ty']]} · Ansvar: {r['a']}"
        if r["p"]:
            m += f" · Samarbeid: {r['p']}"
        st.append(Paragraph(m, meta))
        st.append(Paragraph(r["b"], body))
    st.append(Paragraph("Videre arbeid", h))
    st.append(Paragraph("UHR vil i 2050 prioritere oppfølging av Kompetansereformen og "
                        "bedre statistikk over etter- og videreutdanning.", body))
    doc.build(st)
    return fn, "UHR", D.UHR, ALL_FIELDS, "PDF memo in two columns, headings with italic «Delmål 2.5 · prosjekt · Ansvar» lines"


# --------------------------------------------------------------------- 13 Innlandet (transposed XLSX)
def build_innlandet(out):
    fn = "Innlandet_fk_tiltak_2049.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapportering 2049"
    wb.properties.creator = "Innlandet fylkeskommune"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["A1"] = "Innlandet fylkeskommune – tiltak 2049 til Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Felt"
    ws["A3"].font = Font(bold=True)
    fields = [("Tiltak", "t"), ("Delmål", "d"), ("Type", "ty"), ("Ansvarlig", "a"),
              ("Partnere", "p"), ("Beskrivelse", "b")]
    for j, r in enumerate(D.INNLANDET):
        col = 2 + j
        ws.cell(row=3, column=col, value=f"Tiltak {j + 1}").font = Font(bold=True)
        for i, (lab, key) in enumerate(fields):
            v = r[key]
            if key == "d":
                v = v.replace(".", ",")
            ws.cell(row=4 + i, column=1, value=lab).font = Font(bold=True)
            c = ws.cell(row=4 + i, column=col, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[chr(ord("A") + col - 1)].width = 34
    ws.column_dimensions["A"].width = 14
    k = wb.create_sheet("Kontakt")
    k["A1"] = "Kontaktperson"
    k["B1"] = "Rådgiver Per Holm, seksjon for kompetanse"
    k["A2"] = "Dato"
    k["B2"] = "15.01.2050"
    path = os.path.join(out, fn)
    wb.save(path)
    normalise_zip(path)
    return fn, "Innlandet fylkeskommune", D.INNLANDET, ALL_FIELDS, "XLSX transposed: one tiltak per column, field labels in column A, delmål «3,2»"


# --------------------------------------------------------------------- 14 Trøndelag (headings + codes)
def build_trondelag(out):
    fn = "Trondelag_fylkeskommune_kompetansetiltak_2049.docx"
    doc = new_doc("Kompetansetiltak 2049", "Trøndelag fylkeskommune")
    doc.add_heading("Trøndelag fylkeskommune – kompetansetiltak 2049", level=1)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd. Typekoder: F – FoU, "
                      "K – kurs/utdanning, R – råd/utvalg/nettverk, P – prosjekt, "
                      "I – informasjon, A – arrangement.")
    code = {D.FOU: "F", D.KURS: "K", D.RAD: "R", D.PRO: "P", D.INF: "I", D.ARR: "A"}
    for omr in ("1", "2", "3"):
        rows = [r for r in D.TRONDELAG if r["d"].startswith(omr + ".")]
        if not rows:
            continue
        doc.add_heading(f"Hovedinnsatsområde {omr} – {OMRADE_NAVN[omr]}", level=2)
        for r in rows:
            doc.add_heading(r["t"], level=3)
            p = doc.add_paragraph()
            p.add_run(f"dm. {r['d']} | type {code[r['ty']]}").italic = True
            doc.add_paragraph(f"Ansvar: {r['a']}. Partnere: {r['p']}.")
            doc.add_paragraph(r["b"])
    doc.add_paragraph("Steinkjer, 21. januar 2050")
    save_doc(doc, os.path.join(out, fn))
    return fn, "Trøndelag fylkeskommune", D.TRONDELAG, ALL_FIELDS, "DOCX, tiltak as headings under område headings, «dm. 1.3 | type R» with code key"


# --------------------------------------------------------------------- 15 notice (no rows)
def build_notice(out):
    fn = "Innkalling_mote_kompetansepolitisk_rad_mars_2050.pdf"
    path = os.path.join(out, fn)
    c = Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Innkalling")
    W, H = A4
    y = H - 2.5 * cm
    c.setFont("DVB", 15)
    c.drawString(2 * cm, y, "Innkalling til møte i Kompetansepolitisk råd")
    y -= 1 * cm
    c.setFont("DV", 10.5)
    lines = ["Tid: torsdag 12. mars 2050 kl. 10.00–14.00",
             "Sted: Kunnskapsdepartementet, Kirkegata 18, møterom 4",
             "Til: rådets medlemmer og vararepresentanter", "",
             "Saksliste:",
             "1/50  Godkjenning av innkalling og referat fra møtet 3. desember 2049",
             "2/50  Sammenstilling av medlemmenes rapportering for 2049 (til orientering)",
             "3/50  Kompetansebehovsutvalget orienterer om arbeidet med neste hovedrapport",
             "4/50  Status for bransjeprogrammene – innledning ved HK-dir",
             "5/50  Samarbeidsrådet for yrkesopplæring: dimensjonering av læreplasser",
             "6/50  Eventuelt", "",
             "Saksdokumenter sendes ut senest én uke før møtet.",
             "Forfall meldes til sekretariatet.", "",
             "Med hilsen", "Sekretariatet for Kompetansepolitisk råd"]
    for ln in lines:
        c.drawString(2 * cm, y, ln)
        y -= 0.6 * cm
    c.showPage()
    c.save()
    return fn, "", [], set(), "meeting notice (PDF), not a member report, no truth rows"


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(here), "holdout29"))
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="h29_src_") as tmp:
        results.append(build_regjeringen(out))
        results.append(build_lo(out, tmp))
        results.append(build_nho(out))
        results.append(build_unio(out, tmp))
        results.append(build_ks(out, tmp))
        results.append(build_ys(out, tmp))
        results.append(build_virke(out))
        results.append(build_akademikerne(out))
        results.append(build_spekter(out))
        results.append(build_vofo(out))
        results.append(build_vestland(out))
        results.append(build_uhr(out))
        results.append(build_innlandet(out))
        results.append(build_trondelag(out))
        results.append(build_notice(out))
    truth = []
    for fn, member, rows, shown, _shape in results:
        for r in rows:
            truth.append([fn, member, r["t"], r["s"], r["d"], r["ty"],
                          r["a"] if "a" in shown else "",
                          r["p"] if "p" in shown else "",
                          r["b"] if "b" in shown else ""])
    with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                    "ansvarlig", "samarbeidspartnere", "beskrivelse"])
        w.writerows(truth)
    seeds = {}
    for row in truth:
        seeds.setdefault(row[3], set()).add(row[1])
    shared = sum(1 for s in seeds.values() if len(s) >= 2)
    write_readme(out, results, len(truth), len(seeds), shared)
    print(f"files={len(results)} rows={len(truth)} measures={len(seeds)} shared={shared}")


def write_readme(out, results, n_rows, n_meas, n_shared):
    lines = ["# Held-out round 28 (reporting year 2049)", "",
             "Written by an author who did not read the program's code, vocabulary, catalogue "
             "or any earlier held-out round; the program was never run on these files.", "",
             "Rebuild: `python -m samples.holdout29_generator [--out DIR]` (from the repository "
             "root, with python-docx, openpyxl, reportlab, Pillow and LibreOffice available).", "",
             "Dates in document properties are fixed; the PDF made by LibreOffice may still "
             "differ between runs in its internal font-subset names and /ID.", "",
             f"- files: {len(results)}",
             f"- truth rows: {n_rows}",
             f"- distinct measures: {n_meas}",
             f"- measures reported by two or more members: {n_shared}", "",
             "| file | member | rows | shape |",
             "|---|---|---|---|"]
    for fn, member, rows, _shown, shape in results:
        shape = shape.replace("|", "\\|")
        lines.append(f"| {fn} | {member or '(none – not a member report)'} | {len(rows)} | {shape} |")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
