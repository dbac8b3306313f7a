"""Build every file of round 2037: python -m samples.holdout17_generator [--out DIR]."""

import argparse
import csv
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import data as D

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

# (source_file, member, rows) in truth order
TRUTH: list[tuple[str, str, list]] = []


def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def set_widths(table, widths):
    """Fix column widths so that Word and LibreOffice both honour them."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for rr in table.rows:
        cells = rr.cells
        if len({id(c._tc) for c in cells}) != len(widths):
            continue  # a merged row keeps its span
        for c, w in zip(cells, widths):
            c.width = w


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return doc


# ---------------------------------------------------------------- Regjeringen (prose, Word -> PDF)
def regjeringen(tmp: Path):
    doc = base_doc("Times New Roman", 12)
    doc.core_properties.author = "Kunnskapsdepartementet"
    doc.core_properties.title = "Regjeringens rapportering 2037"
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2037", 0)
    doc.add_paragraph("Kunnskapsdepartementet, på vegne av de berørte departementene. Oslo, 24. januar 2038.")
    doc.add_heading("Innledning", 1)
    doc.add_paragraph(
        "Denne rapporten gjør rede for hvordan regjeringen har fulgt opp Nasjonal kompetansepolitisk "
        "strategi i 2037. Rapporten følger strategiens tre hovedinnsatsområder og delmål. Flere av "
        "tiltakene er gjennomført i nært samarbeid med partene i arbeidslivet og fylkeskommunene, og "
        "noen av dem er også omtalt i de andre rådsmedlemmenes rapporter. Tiltak som er videreført "
        "uten vesentlige endringer fra 2036, er bare kort omtalt.")
    doc.add_paragraph(
        "Året var preget av arbeidet med en ny stortingsmelding om fagskolene og av at flere "
        "treparts­programmer gikk fra forsøk til ordinær drift. Departementene har også lagt vekt på å "
        "gjøre tilbudene kjent for arbeidsgivere i bransjer der få ansatte deltar i videreutdanning.")
    current_area = None
    current_dm = None
    for r in D.REGJERINGEN:
        area = r.delmal[0]
        if area != current_area:
            current_area = area
            doc.add_heading(f"Hovedinnsatsområde {area}: {AREAS[area]}", 1)
        if r.delmal != current_dm:
            current_dm = r.delmal
            doc.add_heading(f"Delmål {r.delmal}", 2)
        p = doc.add_paragraph()
        p.add_run(r.tiltak).bold = True
        doc.add_paragraph(r.besk)
        p = doc.add_paragraph()
        run = p.add_run(f"Ansvar: {r.ans}." + (f" Samarbeid: {r.sam}." if r.sam else ""))
        run.italic = True
        run.font.size = Pt(10)
    doc.add_heading("Avslutning", 1)
    doc.add_paragraph(
        "Regjeringen vil i 2038 legge særlig vekt på oppfølgingen av Kompetansebehovsutvalgets "
        "anbefalinger og på å få flere voksne med svake grunnleggende ferdigheter inn i opplæring. "
        "Departementet takker rådsmedlemmene for godt samarbeid gjennom året.")
    p = tmp / "Regjeringen_rapport_kompetansepolitisk_raad_2037.docx"
    doc.save(p)
    TRUTH.append(("Regjeringen_rapport_kompetansepolitisk_raad_2037.pdf", "Regjeringen", D.REGJERINGEN))
    return p


# ---------------------------------------------------------------- LO (DOCX table, odd columns)
def lo(out: Path):
    doc = base_doc("Arial", 10)
    doc.core_properties.author = "LO Samfunnspolitisk avdeling"
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    h = doc.add_paragraph()
    h.add_run("Landsorganisasjonen i Norge").bold = True
    doc.add_paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi – innspill til sekretariatet, år 2037")
    doc.add_paragraph("Kontaktperson: rådgiver i samfunnspolitisk avdeling. Tabellen er satt sammen fra "
                      "avdelingenes innspill.")
    hdr = ["Hva gjorde vi i 2037?", "Hvem har ansvaret", "Sammen med", "Kategori", "Knyttet til"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, hdr):
        set_cell(c, txt, bold=True)
        shade(c, "C00000")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)

    def row(r):
        cells = t.add_row().cells
        cells[0].text = ""
        p = cells[0].paragraphs[0]
        p.add_run(r.tiltak).bold = True
        cells[0].add_paragraph(r.besk)
        set_cell(cells[1], r.ans)
        set_cell(cells[2], r.sam)
        set_cell(cells[3], r.tw or "")
        set_cell(cells[4], r.dm)

    for r in D.LO[:4]:
        row(r)
    # header pasted again where the second department's part starts
    cells = t.add_row().cells
    for c, txt in zip(cells, hdr):
        set_cell(c, txt, bold=True)
        shade(c, "C00000")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    for r in D.LO[4:]:
        row(r)
    set_widths(t, [Cm(10), Cm(3.5), Cm(5), Cm(3), Cm(2.5)])
    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen\nLO")
    name = "LO_innspill_KPR_2037.docx"
    doc.save(out / name)
    TRUTH.append((name, "LO", D.LO))


# ---------------------------------------------------------------- NHO (XLSX, two-row header)
def nho(out: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport 2037"
    ws["A1"] = "NHO – Næringslivets Hovedorganisasjon"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportering av tiltak til Kompetansepolitisk råd, kalenderåret 2037"
    ws["A3"] = "Utfylt av: Kompetanse og arbeidsliv, 20.01.2038"
    fill = PatternFill("solid", fgColor="1F4E78")
    white = Font(bold=True, color="FFFFFF")
    ws["A5"] = "Nr."
    ws["B5"] = "Tiltaket"
    ws.merge_cells("B5:C5")
    ws["D5"] = "Plassering i strategien"
    ws.merge_cells("D5:E5")
    ws["F5"] = "Hvem"
    ws.merge_cells("F5:G5")
    ws.merge_cells("A5:A6")
    for col, txt in zip("BCDEFG", ["Navn", "Kort omtale", "Delmål", "Kategori", "Ansvar", "Partnere"]):
        ws[f"{col}6"] = txt
    for rr in (5, 6):
        for col in "ABCDEFG":
            ws[f"{col}{rr}"].fill = fill
            ws[f"{col}{rr}"].font = white
            ws[f"{col}{rr}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, r in enumerate(D.NHO, start=1):
        row = 6 + i
        ws[f"A{row}"] = i
        ws[f"B{row}"] = r.tiltak
        ws[f"C{row}"] = r.besk or None
        ws[f"D{row}"] = r.dm
        if isinstance(r.dm, float):
            ws[f"D{row}"].number_format = "0.0"
        ws[f"E{row}"] = r.tw
        ws[f"F{row}"] = r.ans
        ws[f"G{row}"] = r.sam or None
        for col in "BCFG":
            ws[f"{col}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFG", [5, 38, 55, 9, 20, 18, 26]):
        ws.column_dimensions[col].width = w
    last = 6 + len(D.NHO) + 2
    ws[f"A{last}"] = "Tiltak som gjelder flere hovedorganisasjoner er også meldt inn av de andre partene."
    ws2 = wb.create_sheet("Endringslogg")
    ws2["A1"] = "Dato"
    ws2["B1"] = "Endring"
    ws2["A2"] = "13.01.2038"
    ws2["B2"] = "Første utkast fra avdelingen"
    ws2["A3"] = "20.01.2038"
    ws2["B3"] = "Lagt til omtale av bransjeprogrammene og LIA"
    name = "NHO_rapportering_2037.xlsx"
    wb.save(out / name)
    TRUTH.append((name, "NHO", D.NHO))


# ---------------------------------------------------------------- Unio (scanned table)
def unio(out: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    W, H = 2480, 3508  # A4 at 300 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fdir = "/usr/share/fonts/truetype/dejavu/"
    big = ImageFont.truetype(fdir + "DejaVuSans-Bold.ttf", 64)
    fb = ImageFont.truetype(fdir + "DejaVuSans-Bold.ttf", 40)
    f = ImageFont.truetype(fdir + "DejaVuSans.ttf", 38)
    d.text((200, 180), "Unio", font=big, fill=0)
    d.text((200, 280), "Hovedorganisasjon for universitets- og høyskoleutdannede", font=f, fill=60)
    d.text((200, 460), "Rapportering til Kompetansepolitisk råd – tiltak i 2037", font=fb, fill=0)
    cols = [200, 420, 1120, 1330, 1760, 2300]
    heads = ["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeid"]
    y = 600
    rowh = 170

    def wrap(text, width_px, font):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) > width_px and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    d.line((cols[0], y, cols[-1], y), fill=0, width=4)
    for i, h in enumerate(heads):
        d.text((cols[i] + 15, y + 20), h, font=fb, fill=0)
    y2 = y + 90
    d.line((cols[0], y2, cols[-1], y2), fill=0, width=4)
    for r in D.UNIO:
        vals = [r.dm, r.tiltak, r.tw, r.ans, r.sam]
        lines = [wrap(v, cols[i + 1] - cols[i] - 30, f) for i, v in enumerate(vals)]
        h = max(len(x) for x in lines) * 48 + 40
        for i, ls in enumerate(lines):
            for k, ln in enumerate(ls):
                d.text((cols[i] + 15, y2 + 20 + k * 48), ln, font=f, fill=0)
        y2 += max(h, rowh)
        d.line((cols[0], y2, cols[-1], y2), fill=90, width=2)
    for x in cols:
        d.line((x, y, x, y2), fill=90, width=2)
    d.text((200, y2 + 120), "Oslo, 28. januar 2038", font=f, fill=0)
    d.text((200, y2 + 200), "Unio-sekretariatet", font=f, fill=0)
    rnd = random.Random(2037)
    img = img.rotate(-1.1, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(60000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((0, 90, 160, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.resize((W * 2 // 3, H * 2 // 3))
    name = "Unio_skannet_rapport_2037.pdf"
    img.convert("RGB").save(out / name, "PDF", resolution=200)
    TRUTH.append((name, "Unio", D.UNIO))


# ---------------------------------------------------------------- KS (memo, -> ODT)
def ks(tmp: Path):
    doc = base_doc("Arial", 11)
    doc.core_properties.author = "KS"
    p = doc.add_paragraph()
    p.add_run("NOTAT").bold = True
    t = doc.add_table(rows=4, cols=2)
    for (a, b), rr in zip([("Til:", "Sekretariatet for Kompetansepolitisk råd"),
                           ("Fra:", "KS, avdeling for arbeidsgiverpolitikk"),
                           ("Dato:", "30.01.2038"),
                           ("Sak:", "KS' rapportering på kompetansepolitiske tiltak 2037")], t.rows):
        set_cell(rr.cells[0], a, bold=True)
        set_cell(rr.cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph(
        "KS har i 2037 arbeidet med kompetanse både som arbeidsgiverorganisasjon for kommunesektoren "
        "og som interesseorganisasjon for fylkeskommunene. Nedenfor følger tiltakene vi vil rapportere. "
        "Type og delmål står i parentes etter hvert punkt.")
    for i, r in enumerate(D.KS, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{i})\t")
        p.add_run(r.tiltak + ".").bold = True
        tail = []
        if r.tw:
            tail.append(r.tw)
        tail.append(r.dm)
        if r.besk:
            p.add_run(" " + r.besk)
        p.add_run(" (" + ", ".join(tail) + ")")
    doc.add_paragraph()
    doc.add_paragraph("Ansvarlig for alle tiltakene er KS dersom ikke annet er nevnt. "
                      "Samarbeidspartnere er omtalt i teksten.")
    p = tmp / "KS_notat_kompetansetiltak_2037.docx"
    doc.save(p)
    # Ansvar is stated globally; partners only where in text -> truth keeps 'KS', partners from text
    rows = []
    for r in D.KS:
        rows.append(D.R(r.id, r.tiltak, r.delmal, r.type, "KS", "", r.besk, r.dm, r.tw))
    TRUTH.append(("KS_notat_kompetansetiltak_2037.odt", "KS", rows))
    return p


# ---------------------------------------------------------------- YS (letter, -> RTF)
def ys(tmp: Path):
    doc = base_doc("Georgia", 11)
    doc.core_properties.author = "YS"
    doc.add_paragraph("Yrkesorganisasjonenes Sentralforbund").runs[0].bold = True
    doc.add_paragraph("Kompetansepolitisk råd\nv/ sekretariatet\nKunnskapsdepartementet")
    doc.add_paragraph("Oslo, 27. januar 2038")
    p = doc.add_paragraph()
    p.add_run("YS' rapportering for 2037").bold = True
    doc.add_paragraph(
        "Vi viser til brev om rapportering av tiltak som følger opp Nasjonal kompetansepolitisk "
        "strategi. YS har i 2037 prioritert disse tiltakene (delmål i klammer):")
    for r in D.YS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.add_run("•\t")
        p.add_run(r.tiltak).bold = True
        p.add_run(f" [{r.dm}]")
        if r.besk:
            p.add_run(" – " + r.besk)
        if r.tw:
            p.add_run(f" Type: {r.tw}.")
        if r.sam:
            p.add_run(f" Samarbeid med {r.sam}.")
    doc.add_paragraph(
        "YS stiller gjerne opp for å utdype rapporteringen i rådets neste møte.")
    doc.add_paragraph("Med hilsen\n\nYS\nAvdeling for arbeidsliv og kompetanse")
    p = tmp / "YS_brev_rapportering_2037.docx"
    doc.save(p)
    rows = [D.R(r.id, r.tiltak, r.delmal, r.type, "", r.sam, r.besk, r.dm, r.tw) for r in D.YS]
    TRUTH.append(("YS_brev_rapportering_2037.rtf", "YS", rows))
    return p


# ---------------------------------------------------------------- Virke (block layout, two versions)
def virke_doc(rows, dated, revised):
    doc = base_doc("Calibri", 11)
    doc.core_properties.author = "Virke"
    doc.add_heading("Virkes tiltak 2037 – Nasjonal kompetansepolitisk strategi", 1)
    if revised:
        doc.add_paragraph(f"Revidert versjon {dated}. Erstatter versjonen sendt 15. januar 2038 "
                          "(tiltakene er utfylt med beskrivelser og samarbeidspartnere).")
    else:
        doc.add_paragraph(f"Versjon {dated}.")
    for r in rows:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        run = p.add_run(r.tiltak)
        run.bold = True
        run.font.size = Pt(12)
        for lab, val in (("Delmål", r.dm), ("Kategori", r.tw), ("Ansvar", r.ans), ("Partnere", r.sam)):
            if val:
                q = doc.add_paragraph()
                q.paragraph_format.space_after = Pt(0)
                q.add_run(f"{lab}: ").italic = True
                q.add_run(val)
        if r.besk:
            doc.add_paragraph(r.besk)
    return doc


def virke(out: Path):
    d1 = virke_doc(D.VIRKE_V1, "15.01.2038", False)
    d1.save(out / "Virke_tiltak_KPR_2037.docx")
    d2 = virke_doc(D.VIRKE, "03.02.2038", True)
    d2.save(out / "Virke_tiltak_KPR_2037_revidert.docx")
    TRUTH.append(("Virke_tiltak_KPR_2037.docx", "Virke", []))
    TRUTH.append(("Virke_tiltak_KPR_2037_revidert.docx", "Virke", D.VIRKE))


# ---------------------------------------------------------------- Akademikerne (form -> .doc)
def akademikerne(tmp: Path):
    doc = base_doc("Verdana", 10)
    doc.core_properties.author = "Akademikerne"
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Rådsmedlem", bold=True)
    set_cell(t.rows[0].cells[1], "Akademikerne")
    set_cell(t.rows[1].cells[0], "Rapporteringsår", bold=True)
    set_cell(t.rows[1].cells[1], "2037")
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Kopier feltene ved behov.").runs[0].italic = True
    labels = ["Navn på tiltaket", "Delmål i strategien", "Type tiltak", "Ansvarlig",
              "Samarbeidspartnere", "Kort beskrivelse"]
    for i, r in enumerate(D.AKADEMIKERNE, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.add_run(f"Tiltak {i}").bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [r.tiltak, r.dm, r.tw, r.ans, r.sam, r.besk]
        for rr, lab, v in zip(t.rows, labels, vals):
            set_cell(rr.cells[0], lab, bold=True)
            shade(rr.cells[0], "E7E6E6")
            set_cell(rr.cells[1], v or "")
        set_widths(t, [Cm(5), Cm(11.5)])
    p = tmp / "Akademikerne_rapporteringsskjema_2037.docx"
    doc.save(p)
    TRUTH.append(("Akademikerne_rapporteringsskjema_2037.doc", "Akademikerne", D.AKADEMIKERNE))
    return p


# ---------------------------------------------------------------- Spekter (slides -> PDF)
def spekter(out: Path):
    from reportlab.lib.colors import HexColor, white
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    W, H = 960, 540
    name = "Spekter_KPR_2037_presentasjon.pdf"
    c = canvas.Canvas(str(out / name), pagesize=(W, H))
    c.setTitle("Spekter – kompetansetiltak 2037")
    c.setAuthor("Spekter")
    navy = HexColor("#0B2545")

    def frame(title, n):
        c.setFillColor(navy)
        c.rect(0, H - 90, W, 90, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("DVB", 28)
        c.drawString(50, H - 58, title)
        c.setFillColor(HexColor("#777777"))
        c.setFont("DV", 10)
        c.drawString(50, 20, "Spekter | Kompetansepolitisk råd | februar 2038")
        c.drawRightString(W - 40, 20, str(n))

    c.setFillColor(navy)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("DVB", 40)
    c.drawString(70, 300, "Spekters kompetansetiltak 2037")
    c.setFont("DV", 20)
    c.drawString(70, 250, "Innspill til rådsmøtet – oppfølging av strategien")
    c.showPage()

    slides = [("Spekter i rådene", D.SPEKTER[:2]), ("Egne tiltak", D.SPEKTER[2:])]
    for n, (title, rows) in enumerate(slides, start=2):
        frame(title, n)
        y = H - 150
        for r in rows:
            c.setFillColor(HexColor("#13315C"))
            c.circle(62, y + 7, 5, fill=1, stroke=0)
            c.setFillColor(HexColor("#111111"))
            c.setFont("DVB", 20)
            c.drawString(80, y, r.tiltak)
            # delmål tag at the right
            c.setFillColor(HexColor("#E4572E"))
            c.roundRect(W - 160, y - 6, 110, 28, 6, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont("DVB", 13)
            c.drawCentredString(W - 105, y + 2, f"Delmål {r.dm}")
            c.setFillColor(HexColor("#444444"))
            c.setFont("DV", 14)
            c.drawString(80, y - 24, r.besk)
            y -= 78
        c.showPage()
    frame("Videre arbeid", 4)
    c.setFillColor(HexColor("#111111"))
    c.setFont("DV", 18)
    c.drawString(60, H - 160, "Spekter vil i 2038 prioritere rekruttering av helsefagarbeidere")
    c.drawString(60, H - 190, "og kompetanse for bruk av ny teknologi i sykehusene.")
    c.setFont("DVB", 30)
    c.drawString(60, H - 300, "Takk for oppmerksomheten!")
    c.showPage()
    c.save()
    TRUTH.append((name, "Spekter", D.SPEKTER))


# ---------------------------------------------------------------- VOFO (grouped table, Word -> PDF)
def vofo(tmp: Path):
    doc = base_doc("Calibri", 10)
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.core_properties.author = "VOFO"
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Årsrapportering til Kompetansepolitisk råd – aktiviteter i 2037")
    doc.add_paragraph(
        "VOFO og studieforbundene har i 2037 hatt hovedvekt på innsatsområde 3. Aktivitetene er "
        "sortert etter innsatsområde og strategiens målsettinger.")
    hdr = ["Aktivitet", "Målsetting i strategien", "Art", "Hovedansvar", "Samarbeid"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, hdr):
        set_cell(c, txt, bold=True)
        shade(c, "D9E2F3")
    # area heading row
    cells = t.add_row().cells
    m = cells[0].merge(cells[4])
    set_cell(m, "Innsatsområde 3 – " + AREAS["3"], bold=True)
    shade(m, "F2F2F2")
    for r in D.VOFO:
        cells = t.add_row().cells
        for c, v in zip(cells, [r.tiltak, r.dm, r.tw, r.ans, r.sam]):
            set_cell(c, v)
    set_widths(t, [Cm(7.5), Cm(5.5), Cm(3), Cm(3.8), Cm(5)])
    doc.add_paragraph()
    doc.add_paragraph("VOFO rapporterer ingen egne tiltak under innsatsområde 1 og 2 for 2037.")
    p = tmp / "VOFO_aarsrapportering_KPR_2037.docx"
    doc.save(p)
    TRUTH.append(("VOFO_aarsrapportering_KPR_2037.pdf", "VOFO", D.VOFO))
    return p


# ---------------------------------------------------------------- UHR (DOCX, title+desc cell, roman)
def uhr(out: Path):
    doc = base_doc("Calibri", 11)
    doc.core_properties.author = "Universitets- og høgskolerådet"
    doc.add_heading("Universitets- og høgskolerådet (UHR)", 1)
    doc.add_paragraph("Rapport om oppfølging av kompetansestrategien 2037. Delmål er angitt med "
                      "innsatsområde (romertall) og delmålets nummer.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    for c, txt in zip(t.rows[0].cells, ["Nr", "Tiltak og kort beskrivelse", "Strategiens delmål", "Ansvarlig", "I samarbeid med"]):
        set_cell(c, txt, bold=True)
    for i, r in enumerate(D.UHR, start=1):
        cells = t.add_row().cells
        set_cell(cells[0], str(i))
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(r.tiltak).bold = True
        cells[1].add_paragraph(r.besk)
        set_cell(cells[2], r.dm)
        set_cell(cells[3], r.ans)
        set_cell(cells[4], r.sam)
    set_widths(t, [Cm(1), Cm(8.5), Cm(2.3), Cm(2.6), Cm(3)])
    name = "UHR_rapport_KPR_2037.docx"
    doc.save(out / name)
    TRUTH.append((name, "UHR", D.UHR))


# ---------------------------------------------------------------- Vestland (Nynorsk, Word -> PDF)
def vestland(tmp: Path):
    doc = base_doc("Arial", 9)
    doc.core_properties.author = "Vestland fylkeskommune"
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2037", 1)
    doc.add_paragraph(
        "Fylkeskommunen rapporterer her tiltak som følgjer opp den nasjonale kompetansepolitiske "
        "strategien i Vestland. Tiltak i regi av andre er tekne med der fylkeskommunen har hatt ei "
        "aktiv rolle.")
    hdr = ["Tiltak", "Delmål", "Type tiltak", "Ansvarleg (samarbeidspartnarar)", "Skildring"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, hdr):
        set_cell(c, txt, bold=True)
        shade(c, "DDEBF7")
    for r in D.VESTLAND:
        cells = t.add_row().cells
        for c, v in zip(cells, [r.tiltak, r.dm, r.tw, f"{r.ans} ({r.sam})", r.besk]):
            set_cell(c, v)
    set_widths(t, [Cm(6), Cm(2.2), Cm(2.5), Cm(6), Cm(8.5)])
    doc.add_paragraph()
    doc.add_paragraph("Bergen, 31. januar 2038\nAvdeling for innovasjon og næringsutvikling")
    p = tmp / "Vestland_fylkeskommune_rapportering_2037.docx"
    doc.save(p)
    TRUTH.append(("Vestland_fylkeskommune_rapportering_2037.pdf", "Vestland fylkeskommune", D.VESTLAND))
    return p


# ---------------------------------------------------------------- Nordland (description row under each row)
def nordland(out: Path):
    doc = base_doc("Calibri", 10)
    doc.core_properties.author = "Nordland fylkeskommune"
    doc.add_heading("Nordland fylkeskommune", 1)
    doc.add_paragraph("Innrapportering av kompetansetiltak 2037 til Kompetansepolitisk råd")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid"]):
        set_cell(c, txt, bold=True)
        shade(c, "FFE699")
    for r in D.NORDLAND:
        cells = t.add_row().cells
        for c, v in zip(cells, [r.dm, r.tiltak, r.tw, r.ans, r.sam]):
            set_cell(c, v)
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        m.text = ""
        para = m.paragraphs[0]
        para.add_run("Beskrivelse: ").italic = True
        para.add_run(r.besk)
    set_widths(t, [Cm(1.5), Cm(6), Cm(2), Cm(3.5), Cm(4)])
    doc.add_paragraph()
    doc.add_paragraph("Bodø, 29.01.2038")
    name = "Nordland_fk_kompetansetiltak_2037.docx"
    doc.save(out / name)
    TRUTH.append((name, "Nordland fylkeskommune", D.NORDLAND))


# ---------------------------------------------------------------- not a report: conference programme
def programme(out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    name = "Program_kompetansekonferansen_mars_2038.pdf"
    c = canvas.Canvas(str(out / name), pagesize=A4)
    W, H = A4
    c.setFont("DVB", 18)
    c.drawString(60, H - 80, "Kompetansekonferansen 2038")
    c.setFont("DV", 11)
    c.drawString(60, H - 102, "Oslo kongressenter, 12. mars 2038 – program")
    items = [
        ("09.00", "Registrering og kaffe"),
        ("09.30", "Åpning ved statsråden"),
        ("10.00", "1.1 Hva sier Kompetansebehovsutvalget om 2050?"),
        ("10.45", "1.3 Karriereveiledning for voksne: erfaringer fra tre fylker"),
        ("11.30", "Lunsj"),
        ("12.30", "2.1 Digital kompetanse i hele arbeidsstyrken – panelsamtale"),
        ("13.30", "2.3 Yrkesfagene: hvordan får vi flere læreplasser?"),
        ("14.30", "3.2 Grunnleggende ferdigheter i frivilligheten"),
        ("15.15", "Oppsummering og avslutning"),
    ]
    y = H - 150
    for tm, txt in items:
        c.setFont("DVB", 11)
        c.drawString(60, y, tm)
        c.setFont("DV", 11)
        c.drawString(120, y, txt)
        y -= 30
    c.setFont("DV", 9)
    c.drawString(60, 80, "Påmelding innen 1. mars. Konferansen er gratis for deltakerne.")
    c.showPage()
    c.save()
    TRUTH.append((name, "", []))


def soffice(files, fmt, outdir):
    if not files:
        return
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir),
                    *[str(f) for f in files]], check=True, capture_output=True)


def write_truth(out: Path):
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
                    "samarbeidspartnere", "beskrivelse"])
        for src, member, rows in TRUTH:
            for r in rows:
                w.writerow([src, member, r.tiltak, r.id, r.delmal, r.type, r.ans, r.sam, r.besk])


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="samples/holdout17")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    TRUTH.clear()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        to_pdf = [regjeringen(tmp)]
        lo(out)
        nho(out)
        unio(out)
        to_odt = [ks(tmp)]
        to_rtf = [ys(tmp)]
        virke(out)
        to_doc = [akademikerne(tmp)]
        spekter(out)
        to_pdf.append(vofo(tmp))
        uhr(out)
        to_pdf.append(vestland(tmp))
        nordland(out)
        programme(out)
        soffice(to_pdf, "pdf", out)
        soffice(to_odt, "odt", out)
        soffice(to_rtf, "rtf", out)
        soffice(to_doc, "doc:MS Word 97", out)
    write_truth(out)
    from .readme import write as write_readme

    write_readme(out, TRUTH)
    for src, _, _ in TRUTH:
        assert (out / src).exists(), src


if __name__ == "__main__":
    main()
