"""Build the 2031 held-out round: python -m samples.holdout11_generator [--out DIR]."""
import argparse
import copy
import csv
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from . import data as D

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

TRUTH = []  # (source_file, member, row)


def truth(src, member, r):
    TRUTH.append((src, member, r))


def set_core(doc, title, author, created=None):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    if created:
        import datetime
        cp.created = datetime.datetime(*created)
        cp.modified = datetime.datetime(*created)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row_ in table.rows:
        for c, w in zip(row_.cells, widths):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ------------------------------------------------------------------ Regjeringen
def build_regjeringen(tmp):
    name = "Regjeringens rapport til KPR 2031.docx"
    doc = Document()
    set_core(doc, "Regjeringens rapportering 2031", "Kunnskapsdepartementet", (2032, 1, 30, 10, 0))
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Kunnskapsdepartementet")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.add_heading("Oppfølging av Nasjonal kompetansepolitisk strategi – regjeringens rapportering for 2031", 0)
    doc.add_paragraph(
        "Denne rapporten gjør rede for hvordan departementene i 2031 har fulgt opp strategien. "
        "Rapporten er utarbeidet av Kunnskapsdepartementet etter innspill fra Arbeids- og "
        "inkluderingsdepartementet, Kommunal- og distriktsdepartementet, Nærings- og "
        "fiskeridepartementet, Helse- og omsorgsdepartementet og Digitaliserings- og "
        "forvaltningsdepartementet. Tiltakene er ordnet etter strategiens tre innsatsområder og "
        "de delmålene de bidrar mest til.")
    doc.add_paragraph(
        "Året var preget av at flere større reformer gikk over fra planlegging til gjennomføring. "
        "Samarbeidet med partene i arbeidslivet og med fylkeskommunene har vært tett, og mange av "
        "tiltakene nedenfor er utviklet i dialog i Kompetansepolitisk råd.")
    for i, (area, groups) in enumerate(D.REGJERINGEN, 1):
        doc.add_heading(f"{i}. {area}", 1)
        for sub, rows in groups:
            doc.add_heading(sub, 2)
            for r_ in rows:
                p = doc.add_paragraph()
                b = p.add_run(r_["tiltak"])
                b.bold = True
                p.add_run(". " if not r_["tiltak"].endswith(")") else ". ")
                p.add_run(r_["beskrivelse"])
                p2 = doc.add_paragraph()
                bits = [f"Ansvar: {r_['ansvarlig']}."]
                if r_["samarbeidspartnere"]:
                    bits.append(f"Samarbeid med {r_['samarbeidspartnere']}.")
                if r_["given_type"]:
                    bits.append(f"Type: {r_['given_type']}.")
                ri = p2.add_run(" ".join(bits))
                ri.italic = True
                ri.font.size = Pt(10)
                p2.paragraph_format.space_after = Pt(10)
                truth(name.replace(".docx", ".pdf"), "Regjeringen", r_)
    doc.add_heading("Videre arbeid", 1)
    doc.add_paragraph(
        "I 2032 vil regjeringen prioritere oppfølgingen av evalueringen av kompetansereformen og "
        "arbeidet med stortingsmeldingen om fagskolene. Departementene vil fortsatt rapportere "
        "samlet til rådet.")
    doc.add_paragraph("Oslo, 30. januar 2032")
    doc.save(tmp / name)
    return name


# ------------------------------------------------------------------ LO
def build_lo(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    name = "LO rapportering KPR 2031.xlsx"
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Les meg"
    notes = [
        "Rapportering til Kompetansepolitisk råd – rapporteringsår 2031",
        "",
        "Slik fyller du ut:",
        "Ett tiltak per linje. Bruk strategiens delmål (f.eks. 2.3).",
        "Fanen «Område 1 og 2» og fanen «Område 3» sendes sekretariatet.",
        "Kontaktperson: LOs avdeling for utdanning og kompetanse",
    ]
    for i, t in enumerate(notes, 1):
        ws0.cell(row=i, column=1, value=t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 80
    head = ["Hva har LO gjort i 2031?", "Mål nr. i strategien", "Hvem leder", "Sammen med", "Type aktivitet"]

    def sheet(title, heading, rows):
        ws = wb.create_sheet(title)
        ws["B1"] = "Landsorganisasjonen i Norge (LO)"
        ws["B1"].font = Font(bold=True, size=12)
        ws["B2"] = heading
        ws["B2"].font = Font(italic=True)
        for j, h in enumerate(head, 2):
            c = ws.cell(row=5, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="C8102E")
            c.alignment = Alignment(wrap_text=True)
        for i, r_ in enumerate(rows, 6):
            vals = [r_["tiltak"], r_["given_dm"], r_["ansvarlig"], r_["samarbeidspartnere"], r_["given_type"]]
            for j, v in enumerate(vals, 2):
                c = ws.cell(row=i, column=j, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if j == 3 and isinstance(v, float):
                    c.number_format = "0.0"
            truth(name, "LO", r_)
        for col, w in zip("ABCDEF", (3, 60, 12, 14, 34, 18)):
            ws.column_dimensions[col].width = w
        return ws

    sheet("Område 1 og 2", "Gode valg og læring i arbeidslivet", D.LO_SHEET1)
    sheet("Område 3", "Voksne med svak tilknytning til arbeidslivet", D.LO_SHEET2)
    wsh = wb.create_sheet("gammelt utkast")
    wsh.sheet_state = "hidden"
    for j, h in enumerate(head, 1):
        wsh.cell(row=1, column=j, value=h)
    for i, v in enumerate([("KBU – LO deltar", 1.1, "KD", "", ""),
                           ("SRY ledelse", 1.4, "LO", "", ""),
                           ("Seminar om PGO (avlyst)", 2.4, "LO", "NHO", "Seminar")], 2):
        for j, x in enumerate(v, 1):
            wsh.cell(row=i, column=j, value=x)
    wb.properties.creator = "LO"
    wb.save(out / name)
    return name


# ------------------------------------------------------------------ NHO
def nho_doc(rows_by_area, draft, path):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if draft:
        set_core(doc, "NHO rapport KPR 2031 – utkast", "NHO", (2032, 1, 15, 9, 0))
        doc.add_paragraph("UTKAST 15.01.2032 – ikke til distribusjon").runs[0].bold = True
    else:
        set_core(doc, "NHO rapport KPR 2031", "NHO", (2032, 1, 29, 14, 0))
        p = doc.add_paragraph()
        p.add_run("Endelig versjon 29.01.2032. Erstatter utkastet som ble sendt 15. januar.").italic = True
    doc.add_heading("NHOs rapportering til Kompetansepolitisk råd for 2031", 1)
    doc.add_paragraph(
        "NHO har i 2031 prioritert læreplasser, omstilling i industrien og samarbeidet med "
        "universiteter og høyskoler. Tabellen viser hva NHO og landsforeningene har gjort.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr.", "Aktivitet (navn og innhold)", "Delmål", "Ansvar / med"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    n = 0
    for area, rows in rows_by_area:
        rr = t.add_row()
        m = rr.cells[0].merge(rr.cells[3])
        m.text = ""
        m.paragraphs[0].add_run(area).bold = True
        shade(m, "F2F2F2")
        for r_ in rows:
            n += 1
            cells = t.add_row().cells
            cells[0].text = f"{n}."
            if draft:
                title, desc, dm, resp = r_
            else:
                title, desc, dm = r_["tiltak"], r_["beskrivelse"], r_["given_dm"]
                resp = f"{r_['ansvarlig']} / {r_['samarbeidspartnere']}"
                truth(path.name, "NHO", r_)
            cells[1].text = ""
            cells[1].paragraphs[0].add_run(title).bold = True
            cells[1].add_paragraph(desc)
            cells[2].text = dm
            cells[3].text = resp
    col_widths(t, (Cm(1.1), Cm(9.5), Cm(1.8), Cm(4.6)))
    doc.add_paragraph("")
    doc.add_paragraph("Kontakt: NHO, avdeling for kompetanse og arbeidsliv")
    doc.save(path)


def build_nho(out):
    a = "NHO_rapport_KPR_2031_utkast.docx"
    b = "NHO_rapport_KPR_2031_endelig.docx"
    nho_doc(D.NHO_DRAFT, True, out / a)
    nho_doc(D.NHO_FINAL, False, out / b)
    return [a, b]


# ------------------------------------------------------------------ Unio (docx -> odt)
def build_unio(tmp):
    name = "Unio – rapport til Kompetansepolitisk råd 2031.docx"
    doc = Document()
    set_core(doc, "Unio rapport 2031", "Unio", (2032, 1, 25, 12, 0))
    doc.add_heading("Unios rapport til Kompetansepolitisk råd – året 2031", 1)
    doc.add_paragraph(
        "Unio organiserer over 400 000 medlemmer med høyere utdanning, de fleste i offentlig "
        "sektor. Nedenfor følger Unios tiltak i 2031, hvert med en kort omtale.")
    for i, r_ in enumerate(D.UNIO, 1):
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(12)
        run = h.add_run(f"Tiltak {i}: {r_['tiltak']}")
        run.bold = True
        run.font.size = Pt(12)
        bits = [r_["given_dm"]]
        if r_["given_type"]:
            bits.append(f"Type: {r_['given_type']}")
        bits.append(f"Ansvar: {r_['ansvarlig']}")
        bits.append(f"Med: {r_['samarbeidspartnere']}")
        meta = doc.add_paragraph()
        mr = meta.add_run(" | ".join(bits))
        mr.font.size = Pt(9)
        mr.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
        if r_["beskrivelse"]:
            doc.add_paragraph(r_["beskrivelse"])
        truth(name.replace(".docx", ".odt"), "Unio", r_)
    doc.add_paragraph("")
    doc.add_paragraph("Med vennlig hilsen\nUnio – sekretariatet")
    doc.save(tmp / name)
    return name


# ------------------------------------------------------------------ KS slides
def build_ks(out):
    from reportlab.lib.pagesizes import landscape
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    name = "KS - presentasjon KPR-rapportering 2031.pdf"
    W, H = 960, 540
    c = canvas.Canvas(str(out / name), pagesize=(W, H))
    c.setTitle("KS rapportering 2031")
    c.setAuthor("KS")
    page = [1]

    def frame(title):
        c.setFillColorRGB(0.0, 0.27, 0.45)
        c.rect(0, H - 90, W, 90, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 28)
        c.drawString(50, H - 60, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 10)
        c.drawString(50, 20, "KS – Kommunesektorens organisasjon")
        c.drawRightString(W - 40, 20, f"{page[0]}")

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if c.stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    frame("Rapportering til Kompetansepolitisk råd")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV", 22)
    c.drawString(50, 330, "KS’ tiltak i 2031")
    c.setFont("DV", 14)
    c.drawString(50, 295, "Møte i rådet 12. februar 2032")
    c.showPage()
    for area, rows in D.KS_SLIDES:
        page[0] += 1
        frame(area)
        y = H - 135
        for r_ in rows:
            c.setFillColorRGB(0.0, 0.27, 0.45)
            c.circle(60, y + 6, 4, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            for k, ln in enumerate(wrap(f"{r_['tiltak']} {r_['given_dm']}", "DVB", 17, 820)):
                c.setFont("DVB", 17)
                c.drawString(75, y, ln)
                y -= 22
            c.setFont("DV", 13)
            c.setFillColorRGB(0.25, 0.25, 0.25)
            c.drawString(95, y, f"– Ansvar: {r_['ansvarlig']} · med {r_['samarbeidspartnere']}")
            y -= 36
            truth(name, "KS", r_)
        c.showPage()
    page[0] += 1
    frame("Takk!")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV", 16)
    c.drawString(50, 330, "Spørsmål om rapporteringen kan rettes til KS, avdeling for arbeidsgiverpolitikk.")
    c.showPage()
    c.save()
    return name


# ------------------------------------------------------------------ YS letter (RTF by hand)
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def build_ys(out):
    name = "YS brev til sekretariatet - rapportering 2031.rtf"
    paras = [
        ("b", "Yrkesorganisasjonenes Sentralforbund (YS)"),
        ("", "Brugata 19, Oslo"),
        ("", ""),
        ("", "Sekretariatet for Kompetansepolitisk råd"),
        ("", "v/ Kunnskapsdepartementet"),
        ("", ""),
        ("", "Oslo, 27. januar 2032                                        Vår ref.: 2032/014"),
        ("", ""),
        ("b", "YS’ rapportering for 2031"),
        ("", "Vi viser til sekretariatets brev av 2. desember 2031 med invitasjon til å rapportere "
             "hvordan rådsmedlemmene har fulgt opp Nasjonal kompetansepolitisk strategi. YS har i "
             "år konsentrert innsatsen om yrkesfagene, om kunnskap om læring i arbeidslivet og om "
             "voksne i varehandelen som mangler fagbrev."),
        ("", "I 2031 har YS særlig arbeidet med følgende:"),
    ]
    items = []
    for r_ in D.YS:
        tail = r_["given_dm"]
        if r_["samarbeidspartnere"]:
            tail += f"; samarbeid: {r_['samarbeidspartnere']}"
        items.append(f"{r_['tiltak']} – {r_['beskrivelse']} ({tail})")
        truth(name, "YS", r_)
    body = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}",
            "{\\info{\\title YS rapportering 2031}{\\author YS}}",
            "\\paperw11906\\paperh16838\\margl1417\\margr1417\\f0\\fs24"]
    for style, t in paras:
        if style == "b":
            body.append("\\pard\\sa120{\\b " + rtf_escape(t) + "}\\par")
        else:
            body.append("\\pard\\sa120 " + rtf_escape(t) + "\\par")
    for i, t in enumerate(items, 1):
        body.append(f"\\pard\\fi-360\\li720\\sa120 {i}.\\tab " + rtf_escape(t) + "\\par")
    closing = [
        "YS deltar gjerne i rådets videre drøftinger av hvordan rapporteringen kan forenkles.",
        "",
        "Med vennlig hilsen",
        "",
        "Kari Solheim",
        "fagsjef, YS",
    ]
    for t in closing:
        body.append("\\pard\\sa120 " + rtf_escape(t) + "\\par")
    body.append("}")
    (out / name).write_text("\n".join(body), encoding="ascii")
    return name


# ------------------------------------------------------------------ Virke (docx -> doc)
def build_virke(tmp):
    name = "Virke_KPR_2031.docx"
    doc = Document()
    set_core(doc, "Virke KPR 2031", "Virke", (2032, 1, 28, 8, 0))
    doc.add_heading("Hovedorganisasjonen Virke", 2)
    doc.add_paragraph("Rapport om oppfølging av kompetansestrategien, 2031")
    head = ["Samarbeid med", "Tiltak 2031", "Kode", "Form", "Ansvar"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"

    def header(cells):
        for c, h in zip(cells, head):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "FCE4D6")

    header(t.rows[0].cells)
    for i, r_ in enumerate(D.VIRKE):
        if i == 3:  # header row pasted again, as after a page break in the source
            header(t.add_row().cells)
        cells = t.add_row().cells
        for c, v in zip(cells, [r_["samarbeidspartnere"], r_["tiltak"], r_["given_dm"], r_["given_type"], r_["ansvarlig"]]):
            c.text = v
        truth(name.replace(".docx", ".doc"), "Virke", r_)
    doc.add_paragraph("")
    doc.add_paragraph("Virke, avdeling for kompetansepolitikk – januar 2032")
    doc.save(tmp / name)
    return name


# ------------------------------------------------------------------ Akademikerne (two-column pdf)
def build_akademikerne(tmp):
    name = "Akademikerne rapport KPR 2031.docx"
    doc = Document()
    set_core(doc, "Akademikerne – rapportering 2031", "Akademikerne", (2032, 1, 26, 9, 0))
    doc.add_heading("Akademikernes rapportering til Kompetansepolitisk råd 2031", 1)
    doc.add_paragraph(
        "Akademikerne er hovedorganisasjonen for arbeidstakere med lang høyere utdanning. "
        "Delmålene er angitt med innsatsområde i romertall og delmålets nummer.")
    # continuous section break into two columns
    new_sec = doc.add_section(0)  # WD_SECTION.CONTINUOUS
    cols = new_sec._sectPr.xpath("./w:cols")
    col = cols[0] if cols else OxmlElement("w:cols")
    col.set(qn("w:num"), "2")
    col.set(qn("w:space"), "567")
    if not cols:
        new_sec._sectPr.append(col)
    for area, rows in D.AKADEMIKERNE:
        doc.add_heading(area, 2)
        for r_ in rows:
            p = doc.add_paragraph()
            p.add_run(f"{r_['tiltak']} ({r_['given_dm']})").bold = True
            doc.add_paragraph(r_["beskrivelse"])
            meta = f"Ansvarlig: {r_['ansvarlig']}"
            if r_["samarbeidspartnere"]:
                meta += f". Samarbeid: {r_['samarbeidspartnere']}"
            q = doc.add_paragraph()
            q.add_run(meta + ".").italic = True
            truth(name.replace(".docx", ".pdf"), "Akademikerne", r_)
    doc.add_paragraph(
        "Akademikerne vil i 2032 følge opp rapporten om etterutdanning i dialog med "
        "arbeidsgiverorganisasjonene og i rådet.")
    doc.save(tmp / name)
    return name


# ------------------------------------------------------------------ Spekter scan
def build_spekter(out):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    name = "Spekter rapport 2031 (skannet).pdf"
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(FONT_B, 40)
    f = ImageFont.truetype(FONT_SERIF, 27)
    f_b = ImageFont.truetype(FONT_B, 27)
    d.text((130, 150), "Arbeidsgiverforeningen Spekter", font=f_t, fill=20)
    d.text((130, 215), "Rapportering til Kompetansepolitisk råd for 2031", font=f, fill=20)
    d.text((130, 260), "Dato: 24.01.2032", font=f, fill=20)
    cols = [("Delmål", 130), ("Tiltak", 440), ("Type", 260), ("Ansvarlig", 170), ("Samarbeid", 360)]
    x0, y = 110, 360

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) > width - 20 and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    def line_row(vals, font, y):
        wrapped = [wrap(v, font, w) for v, (_, w) in zip(vals, cols)]
        h = max(len(w) for w in wrapped) * 38 + 24
        x = x0
        for lines, (_, w) in zip(wrapped, cols):
            d.rectangle([x, y, x + w, y + h], outline=60, width=2)
            for k, ln in enumerate(lines):
                d.text((x + 10, y + 12 + k * 38), ln, font=font, fill=15)
            x += w
        return y + h

    y = line_row([c for c, _ in cols], f_b, y)
    for r_ in D.SPEKTER:
        y = line_row([r_["given_dm"], r_["tiltak"], r_["given_type"], r_["ansvarlig"], r_["samarbeidspartnere"]], f, y)
        truth(name, "Spekter", r_)
    d.text((130, y + 80), "Spekter, avdeling for kompetanse og utdanning", font=f, fill=20)
    d.text((1200, 2200), "Side 1 av 1", font=f, fill=60)
    rnd = random.Random(2031)
    img = img.rotate(-1.3, resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((90, 140, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.point(lambda v: min(255, int(v * 0.97 + 6)))
    img.save(out / name, "PDF", resolution=200.0)
    return name


# ------------------------------------------------------------------ VOFO form
def build_vofo(out):
    name = "VOFO rapporteringsskjema 2031.docx"
    doc = Document()
    set_core(doc, "Rapporteringsskjema KPR 2031", "VOFO", (2032, 1, 22, 15, 0))
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    doc.add_paragraph("Rapporteringsår: 2031\nRådsmedlem: Voksenopplæringsforbundet (VOFO)\n"
                      "Fyll ut ett skjema per tiltak. Kopier tabellen ved behov.")
    labels = ["Navn på tiltaket", "Delmål i strategien", "Kategori", "Ansvarlig aktør",
              "Samarbeidspartnere", "Kort beskrivelse"]
    for i, r_ in enumerate(D.VOFO, 1):
        doc.add_paragraph(f"Tiltak {i}").runs[0].bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [r_["tiltak"], r_["given_dm"], r_["given_type"], r_["ansvarlig"],
                r_["samarbeidspartnere"], r_["beskrivelse"]]
        for rr, lab, v in zip(t.rows, labels, vals):
            rr.cells[0].text = lab
            shade(rr.cells[0], "E7E6E6")
            rr.cells[1].text = v
            rr.cells[0].width = Cm(5)
            rr.cells[1].width = Cm(11)
        truth(name, "VOFO", r_)
        doc.add_paragraph("")
    doc.add_paragraph("Skjemaet sendes sekretariatet innen 1. februar.")
    doc.save(out / name)
    return name


# ------------------------------------------------------------------ UHR memo (direct numbering)
def build_uhr(out):
    name = "UHR notat - tiltak 2031.docx"
    doc = Document()
    set_core(doc, "Notat", "UHR", (2032, 1, 31, 11, 0))
    doc.add_heading("NOTAT", 0)
    for lab, v in [("Til", "Sekretariatet for Kompetansepolitisk råd"),
                   ("Fra", "Universitets- og høgskolerådet (UHR)"),
                   ("Dato", "31.01.2032"),
                   ("Sak", "UHRs tiltak i 2031 – oppfølging av Nasjonal kompetansepolitisk strategi")]:
        p = doc.add_paragraph()
        p.add_run(f"{lab}:\t").bold = True
        p.add_run(v)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("_" * 70)
    doc.add_paragraph(
        "UHR har vært medlem av rådet siden 2020. Under følger de tiltakene UHR og "
        "medlemsinstitusjonene har gjennomført i 2031. Delmål står i klammer.")
    # direct numbering: take the numId that the 'List Bullet' style uses, put it on Normal paragraphs
    lb = doc.styles["List Bullet"]
    num_id = lb.element.xpath("./w:pPr/w:numPr/w:numId")[0].get(qn("w:val"))
    for r_ in D.UHR:
        p = doc.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), num_id)
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "720")
        ind.set(qn("w:hanging"), "360")
        pPr.append(ind)
        p.add_run(f"{r_['tiltak']} {r_['given_dm']}").bold = True
        text = ""
        if r_["beskrivelse"]:
            text += " " + r_["beskrivelse"]
        text += f" Ansvar: {r_['ansvarlig']}. Samarbeid: {r_['samarbeidspartnere']}."
        p.add_run(text)
        truth(name, "UHR", r_)
    doc.add_paragraph("")
    doc.add_paragraph("Kontaktperson: seniorrådgiver i UHRs sekretariat.")
    doc.save(out / name)
    return name


# ------------------------------------------------------------------ Vestland (Nynorsk table -> pdf)
def build_vestland(tmp):
    name = "Vestland fylkeskommune - rapportering KPR 2031.docx"
    doc = Document()
    set_core(doc, "Rapportering 2031", "Vestland fylkeskommune", (2032, 1, 20, 13, 0))
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd for 2031", 1)
    doc.add_paragraph(
        "Fylkeskommunen rapporterer tiltak der Vestland har hatt ei aktiv rolle i 2031. "
        "Tiltaka er knytte til delmåla i Nasjonal kompetansepolitisk strategi.")
    head = ["Delmål", "Kva vi har gjort", "Ansvarleg", "Samarbeidspartnarar", "Kategori"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "DDEBF7")
    for r_ in D.VESTLAND:
        cells = t.add_row().cells
        for c, v in zip(cells, [r_["given_dm"], r_["tiltak"], r_["ansvarlig"], r_["samarbeidspartnere"], r_["given_type"]]):
            c.text = v
        truth(name.replace(".docx", ".pdf"), "Vestland fylkeskommune", r_)
    col_widths(t, (Cm(5), Cm(7.5), Cm(4), Cm(6.5), Cm(3)))
    doc.add_paragraph("")
    doc.add_paragraph("Bergen, 20. januar 2032\nAvdeling for strategisk utvikling og digitalisering")
    doc.save(tmp / name)
    return name


# ------------------------------------------------------------------ not a report
def build_not_report(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    except Exception:
        pass
    name = "Emneplan KOMP210 Kompetansepolitikk og arbeidsliv.pdf"
    c = canvas.Canvas(str(out / name), pagesize=A4)
    c.setTitle("Emneplan KOMP210")
    W, H = A4
    y = H - 70
    c.setFont("DVB", 16)
    c.drawString(60, y, "Emneplan: KOMP210 Kompetansepolitikk og arbeidsliv (10 studiepoeng)")
    y -= 22
    c.setFont("DV", 10)
    c.drawString(60, y, "Fakultet for samfunnsfag – gjelder fra høsten 2031")
    y -= 34
    secs = [
        ("1 Innledning", None),
        ("1.1 Emnets plass i studieprogrammet", "Emnet inngår i bachelorprogrammet i arbeidslivsfag og kan tas som enkeltemne."),
        ("1.2 Forkunnskapskrav", "Generell studiekompetanse eller realkompetanse."),
        ("1.3 Læringsutbytte", "Studenten kan gjøre rede for hovedtrekk i norsk kompetansepolitikk og partssamarbeidet."),
        ("2 Innhold og arbeidsformer", None),
        ("2.1 Digital læring", "Forelesninger strømmes og legges ut i læringsplattformen."),
        ("2.2 Seminarer", "Fire seminarer med obligatorisk oppmøte; studentene legger fram en case."),
        ("2.3 Praksisbesøk", "Ett besøk hos en virksomhet eller et opplæringskontor."),
        ("3 Vurdering", None),
        ("3.1 Hjemmeeksamen", "Individuell hjemmeeksamen over fem dager, karakter A–F."),
        ("3.2 Obligatoriske arbeidskrav", "Godkjent seminarframlegg."),
        ("3.4 Pensum", "Om lag 900 sider; liste publiseres i læringsplattformen."),
    ]
    for h, body in secs:
        c.setFont("DVB", 12 if body is None else 11)
        c.drawString(60, y, h)
        y -= 18
        if body:
            c.setFont("DV", 10)
            c.drawString(75, y, body)
            y -= 24
        else:
            y -= 4
    c.setFont("DV", 9)
    c.drawString(60, 50, "Vedtatt av studieutvalget 12. mai 2031.")
    c.showPage()
    c.save()
    return name


# ------------------------------------------------------------------ main
def soffice(fmt, files, src, dst):
    if not files:
        return
    cmd = ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{src}/lo_profile",
           "--convert-to", fmt, "--outdir", str(dst)] + [str(src / f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="samples/holdout11")
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        for p in out.iterdir():
            if p.name != "README.md":
                p.unlink() if p.is_file() else shutil.rmtree(p)
    out.mkdir(parents=True, exist_ok=True)
    TRUTH.clear()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        to_pdf = [build_regjeringen(tmp), build_akademikerne(tmp), build_vestland(tmp)]
        to_odt = [build_unio(tmp)]
        to_doc = [build_virke(tmp)]
        build_lo(out)
        build_nho(out)
        build_ks(out)
        build_ys(out)
        build_spekter(out)
        build_vofo(out)
        build_uhr(out)
        build_not_report(out)
        soffice("pdf:writer_pdf_Export", to_pdf, tmp, out)
        soffice("odt", to_odt, tmp, out)
        soffice("doc:MS Word 97", to_doc, tmp, out)
    cols = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
            "samarbeidspartnere", "beskrivelse"]
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for src, member, r_ in TRUTH:
            w.writerow([src, member, r_["tiltak"], r_["seed_row"], r_["delmal"], r_["type"],
                        r_["ansvarlig"], r_["samarbeidspartnere"], r_["beskrivelse"]])
    missing = [s for s in {t[0] for t in TRUTH} if not (out / s).exists()]
    if missing:
        raise SystemExit(f"missing outputs: {missing}")
    print(f"{len(list(p for p in out.iterdir() if p.name not in ('truth.csv', 'README.md')))} files, {len(TRUTH)} truth rows -> {out}")


if __name__ == "__main__":
    main()
