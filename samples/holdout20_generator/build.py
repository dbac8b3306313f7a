"""Build the 2040 held-out round: python -m samples.holdout20_generator [--out DIR]."""
import argparse
import csv
import datetime as dt
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import data as D

ROMAN = {"1": "I", "2": "II", "3": "III"}
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# file name -> (member, rows); rows None means no truth rows
FILES: dict[str, tuple[str, list | None]] = {}


# ---------------------------------------------------------------- docx helpers
def new_doc(landscape_page=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if landscape_page:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    return doc


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_widths(table, widths):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def props(doc, author, title, created):
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = created
    cp.modified = created
    cp.last_modified_by = author


# ---------------------------------------------------------------- 01 Regjeringen
AREAS = {
    "1": "Innsatsområde 1 – Gode valg for den enkelte og for samfunnet",
    "2": "Innsatsområde 2 – Læring i arbeidslivet",
    "3": "Innsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def regjeringen(tmp: Path) -> Path:
    doc = new_doc(landscape_page=True)
    doc.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – 2040", 1)
    doc.add_paragraph(
        "Rapporteringen er samordnet av Kunnskapsdepartementet på vegne av Arbeids- og inkluderingsdepartementet "
        "(ASD), Kommunal- og distriktsdepartementet (KDD) og Nærings- og fiskeridepartementet (NFD). Tabellen viser "
        "tiltak som var i gang eller ble satt i gang i 2040, ordnet etter innsatsområde.")
    heads = ["Delmål", "Hva gjøres", "Innhold", "Departement", "Med", "Art"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True, size=9)
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    rows = sorted(D.REGJERINGEN, key=lambda r: r.delmal)
    area = None
    for r in rows:
        if r.delmal[0] != area:
            area = r.delmal[0]
            ar = t.add_row()
            m = ar.cells[0].merge(ar.cells[-1])
            set_cell(m, AREAS[area], bold=True, size=9)
            shade(m, "F2F2F2")
        cells = t.add_row().cells
        for c, v in zip(cells, [r.delmal, r.tiltak, r.besk, r.ans, r.part, r.tword or ""]):
            set_cell(c, v, size=9)
    set_widths(t, [Cm(1.8), Cm(5.8), Cm(7.1), Cm(3.1), Cm(4.2), Cm(3.7)])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: seniorrådgiver i Kunnskapsdepartementet, avdeling for kompetansepolitikk.")
    props(doc, "Kunnskapsdepartementet", "Regjeringens rapportering 2040", dt.datetime(2041, 2, 12, 9, 0))
    p = tmp / "Regjeringen_rapportering_KPR_2040.docx"
    doc.save(p)
    FILES["Regjeringen_rapportering_KPR_2040.pdf"] = ("Regjeringen", D.REGJERINGEN)
    return p


# ---------------------------------------------------------------- 02 LO prose
def lo(out: Path):
    doc = new_doc()
    doc.add_heading("LOs rapport til Kompetansepolitisk råd for 2040", 0)
    doc.add_paragraph("Landsorganisasjonen i Norge, avdeling for samfunnspolitikk – februar 2041")
    doc.add_paragraph(
        "Året 2040 var preget av en arbeidsmarkedssituasjon der mangelen på fagarbeidere ble stadig tydeligere, "
        "særlig i industrien, i bygg og anlegg og i helse- og omsorgssektoren. For LO har det vært viktig å bruke "
        "de arenaene partene har i kompetansepolitikken aktivt, og samtidig arbeide for at tillitsvalgte ute i "
        "virksomhetene har verktøy for å ta opp kompetanse i det lokale partssamarbeidet. I denne rapporten går vi "
        "gjennom det LO har gjort innenfor hvert av strategiens tre innsatsområder. Tiltakene er merket med "
        "delmålet de hører inn under.")
    groups = {"1": [], "2": [], "3": []}
    for r in D.LO:
        groups[r.delmal[0]].append(r)
    titles = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
              "3": "Voksne med svak tilknytning til arbeidslivet"}
    intros = {
        "1": "LO er representert i de sentrale rådene som skal gi et godt kunnskapsgrunnlag for valg av "
             "utdanning og dimensjonering av tilbudet. Vi har i 2040 særlig prioritert dette:",
        "2": "Digitaliseringen endrer arbeidsoppgavene i nesten alle bransjer. LO har arbeidet både sentralt og "
             "gjennom forbundene for at flere skal få mulighet til å lære mens de er i jobb.",
        "3": "Mange voksne uten fullført videregående opplæring står i fare for å falle ut av arbeidslivet.",
    }
    for a in "123":
        doc.add_heading(f"{a}. {titles[a]}", 1)
        doc.add_paragraph(intros[a])
        for r in groups[a]:
            p = doc.add_paragraph()
            b = p.add_run(r.tiltak + ".")
            b.bold = True
            txt = " " + r.besk
            if r.part:
                txt += f" Samarbeid: {r.part}."
            tag = f"delmål {r.delmal}"
            if r.tword:
                tag += f", {r.tword}"
            txt += f" ({tag})"
            p.add_run(txt)
    doc.add_heading("Avslutning", 1)
    doc.add_paragraph(
        "LO mener strategien har gitt partene et felles språk for kompetansepolitikken, men at oppfølgingen i "
        "for stor grad skjer prosjekt for prosjekt. Vi vil i 2041 be rådet drøfte hvordan resultatene av de "
        "mange tiltakene kan følges opp over tid, og hvordan erfaringene fra fylkene kan deles bedre.")
    doc.add_paragraph("Med hilsen\nLandsorganisasjonen i Norge")
    props(doc, "LO", "Rapport 2040", dt.datetime(2041, 2, 6, 14, 0))
    name = "LO_Kompetansepolitisk_rapport_2040.docx"
    doc.save(out / name)
    FILES[name] = ("LO", D.LO)


# ---------------------------------------------------------------- 03 NHO xlsx
def nho(out: Path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om rapporten"
    ws0["A1"] = "NHO – rapportering til Kompetansepolitisk råd"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A3"] = "Rapporteringsår"
    ws0["B3"] = 2040
    ws0["A4"] = "Innsendt"
    ws0["B4"] = "10.02.2041"
    ws0["A5"] = "Kontakt"
    ws0["B5"] = "Kompetanseavdelingen, NHO"
    ws0["A7"] = "Tiltakene står i arket «Tiltak 2040». Arket «Delmål» er kun til oppslag."
    ws = wb.create_sheet("Tiltak 2040")
    ws["B1"] = "NHOs tiltak 2040"
    ws["B1"].font = Font(bold=True, size=13)
    ws["B2"] = "Sortert etter delmål. Kategori etter sekretariatets inndeling der det passer."
    heads = ["Delmål", "Aktivitet", "Hva går det ut på", "Kategori", "Eier", "Partnere"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=2 + j, value=h)
        c.font = Font(bold=True)
    rows = sorted(D.NHO, key=lambda r: r.delmal)
    for i, r in enumerate(rows):
        vals = [float(r.delmal), r.tiltak, r.besk or None, r.tword, r.ans, r.part or None]
        for j, v in enumerate(vals):
            c = ws.cell(row=5 + i, column=2 + j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j == 0:
                c.number_format = "0.0"
    for col, w in zip("BCDEFG", [8, 40, 60, 16, 20, 30]):
        ws.column_dimensions[col].width = w
    ws3 = wb.create_sheet("Delmål")
    ws3["A1"] = "Kode"
    ws3["B1"] = "Delmål (kortform)"
    goals = [("1.1", "Kompetansebehovsutvalget"), ("1.2", "Regionalt folkevalgt nivå"),
             ("1.3", "Karriereveiledning"), ("1.4", "Samarbeid utdanning og arbeidsliv"),
             ("2.1", "Digital kompetanse"), ("2.2", "Kunnskapsgrunnlag om læring i arbeidslivet"),
             ("2.3", "Karrieremuligheter i yrkesfag"), ("2.4", "Koble virksomheter og tilbydere"),
             ("2.5", "Dokumentere kompetanse fra arbeidslivet"), ("2.6", "Godkjenning av utenlandsk utdanning"),
             ("3.1", "Fleksibel opplæring for voksne"), ("3.2", "Kompetansepluss"),
             ("3.3", "Opplæring i arbeidsmarkeds- og integreringspolitikken"), ("3.4", "Norskopplæring og introprogram"),
             ("3.5", "NAVs opplæringstilbud"), ("3.6", "Læring i frivillig sektor")]
    for i, (k, v) in enumerate(goals):
        ws3.cell(row=2 + i, column=1, value=k)
        ws3.cell(row=2 + i, column=2, value=v)
    name = "NHO_tiltak_2040.xlsx"
    wb.save(out / name)
    FILES[name] = ("NHO", rows)


# ---------------------------------------------------------------- 04 Unio scan
def wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def unio(out: Path):
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 26)
    fb = ImageFont.truetype(FONT_B, 26)
    ft = ImageFont.truetype(FONT_B, 38)
    d.text((140, 150), "Unio", font=ft, fill=0)
    d.text((140, 215), "Rapportering til Kompetansepolitisk råd – tiltak 2040", font=fb, fill=0)
    d.text((140, 265), "Oslo, 7. februar 2041", font=f, fill=0)
    cols = [("Delmål", 140), ("Tiltak", 470), ("Kategori", 180), ("Ansvarlig", 250), ("Samarbeidspartnere", 340)]
    x0, y = 140, 360
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rows = [(r.delmal.replace(".", ","), r.tiltak, r.tword or "", r.ans, r.part) for r in D.UNIO]

    def draw_row(vals, font, y):
        cells = [wrap(d, v, font, w - 24) for v, (_, w) in zip(vals, cols)]
        h = max(len(c) for c in cells) * 36 + 24
        for i, c in enumerate(cells):
            for k, line in enumerate(c):
                d.text((xs[i] + 12, y + 12 + k * 36), line, font=font, fill=0)
        d.line([(x0, y + h), (xs[-1], y + h)], fill=0, width=2)
        return y + h

    d.line([(x0, y), (xs[-1], y)], fill=0, width=2)
    y_top = y
    y = draw_row([c for c, _ in cols], fb, y)
    for vals in rows:
        y = draw_row(vals, f, y)
    for x in xs:
        d.line([(x, y_top), (x, y)], fill=0, width=2)
    d.text((140, y + 60), "Med vennlig hilsen", font=f, fill=0)
    d.text((140, y + 100), "Unio – sekretariatet", font=f, fill=0)
    rnd = random.Random(2040)
    img = img.rotate(0.9, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(22000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice([90, 140, 190])
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    name = "Unio_2040_skannet.pdf"
    img.convert("RGB").save(out / name, "PDF", resolution=200.0)
    FILES[name] = ("Unio", D.UNIO)


# ---------------------------------------------------------------- 05 KS (docx -> odt)
KS_HEAD = {"1.3": "Delmål 1.3 – karriereveiledning", "1.4": "Delmål 1.4 – utdanning og arbeidsliv",
           "2.1": "Delmål 2.1 – digital kompetanse", "2.2": "Delmål 2.2 – kunnskapsgrunnlaget",
           "2.3": "Delmål 2.3 – yrkesfag", "3.3": "Delmål 3.3 – arbeidslivet som læringsarena",
           "3.4": "Delmål 3.4 – kvalifisering av innvandrere"}


def ks(tmp: Path) -> Path:
    doc = new_doc()
    doc.add_heading("KS – kommunesektorens organisasjon", 0)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd om oppfølging av strategien i 2040")
    doc.add_paragraph(
        "KS følger opp strategien både som arbeidsgiverorganisasjon og som interesseorganisasjon for "
        "kommuner og fylkeskommuner. Under følger tiltakene, gruppert etter delmål.")
    cur = None
    for r in D.KS:
        if r.delmal != cur:
            cur = r.delmal
            doc.add_heading(KS_HEAD[cur], 2)
        p = doc.add_paragraph(style="List Number")
        p.add_run(r.tiltak).bold = True
        txt = " – " + r.besk
        if r.part:
            txt += f" Samarbeidspartnere: {r.part}."
        if r.tword:
            txt += f" [{r.tword}]"
        p.add_run(txt)
    doc.add_paragraph("Kontakt: KS, avdeling for arbeidsliv og kompetanse.")
    props(doc, "KS", "KS rapport 2040", dt.datetime(2041, 2, 9, 10, 0))
    p = tmp / "KS_rapport_kompetansepolitisk_råd_2040.docx"
    doc.save(p)
    FILES["KS_rapport_kompetansepolitisk_råd_2040.odt"] = ("KS", D.KS)
    return p


# ---------------------------------------------------------------- 06 YS RTF letter
def rtf_esc(s: str) -> str:
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def ys(out: Path):
    P = []
    par = lambda t, extra="": P.append(r"{\pard" + extra + " " + t + r"\par}")
    par(r"\b " + rtf_esc("Yrkesorganisasjonenes Sentralforbund – YS") + r"\b0", r"\qr")
    par(rtf_esc("Brugata 19, 0186 Oslo"), r"\qr")
    par("")
    par(rtf_esc("Sekretariatet for Kompetansepolitisk råd"))
    par(rtf_esc("v/ Kunnskapsdepartementet"))
    par("")
    par(rtf_esc("Oslo, 4. februar 2041"), r"\qr")
    par("")
    par(r"\b " + rtf_esc("Rapportering av YS' tiltak i 2040") + r"\b0")
    par("")
    par(rtf_esc("Vi viser til bestillingen fra sekretariatet og rapporterer med dette hva YS har gjort i 2040 "
                "for å følge opp Nasjonal kompetansepolitisk strategi. Delmålet står i parentes bak hvert tiltak."))
    par("")
    for r in D.YS:
        t = rtf_esc(f"{r.tiltak} (dm {r.delmal})")
        t += rtf_esc(f" – {r.besk}" if r.besk else ".")
        par(r"\bullet\tab " + t, r"\fi-360\li720")
    par("")
    par(rtf_esc("YS vil gjerne bidra til at rådet i 2041 ser nærmere på hvordan kompetanseavtaler i privat "
                "sektor kan brukes bedre. Ta gjerne kontakt dersom noe er uklart."))
    par("")
    par(rtf_esc("Med vennlig hilsen"))
    par(rtf_esc("YS"))
    par("")
    par(rtf_esc("Rådgiver, avdeling for arbeidsliv og kompetanse"))
    body = "\n".join(P)
    rtf = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}" "\n"
           r"{\info{\title Rapportering 2040}{\author YS}{\creatim\yr2041\mo2\dy4}}" "\n"
           r"\f0\fs24" "\n" + body + "\n}")
    name = "YS_brev_rapportering_2040.rtf"
    (out / name).write_text(rtf, encoding="ascii")
    FILES[name] = ("YS", D.YS)


# ---------------------------------------------------------------- 07 Virke slides
def virke(out: Path):
    name = "Virke_presentasjon_KPR_2040.pdf"
    W, H = 960, 540
    c = canvas.Canvas(str(out / name), pagesize=(W, H))
    c.setTitle("Virke – Kompetansepolitisk råd 2040")
    c.setAuthor("Virke")

    def frame(n):
        c.setFillColor(colors.HexColor("#00205B"))
        c.rect(0, 0, W, 28, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 10)
        c.drawString(30, 10, "Virke  |  Kompetansepolitisk råd  |  februar 2041")
        c.drawRightString(W - 30, 10, str(n))
        c.setFillColor(colors.black)

    c.setFont("Helvetica-Bold", 34)
    c.drawString(60, 320, "Virkes kompetansetiltak 2040")
    c.setFont("Helvetica", 18)
    c.drawString(60, 280, "Rapportering til Kompetansepolitisk råd")
    frame(1)
    c.showPage()
    slides = [("Gode valg – samarbeid mellom utdanning og arbeidsliv", D.VIRKE[0:2]),
              ("Læring i arbeidslivet", D.VIRKE[2:5])]
    n = 2
    for title, rows in slides:
        c.setFont("Helvetica-Bold", 24)
        c.drawString(40, H - 60, title)
        y = H - 110
        for r in rows:
            c.setFillColor(colors.HexColor("#E8EEF7"))
            c.roundRect(40, y - 100, W - 80, 100, 8, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(56, y - 26, r.tiltak)
            c.setFont("Helvetica", 12)
            c.drawString(56, y - 46, f"Delmål {r.delmal}  ·  {r.tword}")
            c.drawString(56, y - 66, "•  " + r.besk)
            c.drawString(56, y - 86, "Samarbeid: " + (r.part or "–"))
            y -= 118
        frame(n)
        n += 1
        c.showPage()
    c.setFont("Helvetica-Bold", 28)
    c.drawString(60, 300, "Takk!")
    c.setFont("Helvetica", 16)
    c.drawString(60, 265, "Spørsmål om rapporteringen: Virkes avdeling for kompetanse og arbeidsliv")
    frame(n)
    c.showPage()
    c.save()
    FILES[name] = ("Virke", D.VIRKE)


# ---------------------------------------------------------------- 08/09 Akademikerne form
def akademikerne_doc(rows, status, date, created):
    doc = new_doc()
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    meta = doc.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for row, (k, v) in zip(meta.rows, [("Rådsmedlem", "Akademikerne"), ("Rapporteringsår", "2040"),
                                       ("Status", status), ("Dato", date)]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Fyll ut ett skjemafelt per tiltak. Kopier feltet ved behov.").italic = True
    labels = ["Tiltakets navn", "Delmål i strategien", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
              "Kort beskrivelse"]
    for i, r in enumerate(rows, 1):
        doc.add_paragraph().add_run(f"Tiltak {i}").bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [r.tiltak, r.delmal, r.tword or "", r.ans, r.part, r.besk]
        for row, k, v in zip(t.rows, labels, vals):
            set_cell(row.cells[0], k, bold=True)
            shade(row.cells[0], "EDEDED")
            set_cell(row.cells[1], v)
        set_widths(t, [Cm(4.5), Cm(12)])
        doc.add_paragraph()
    props(doc, "Akademikerne", f"Akademikerne rapportering 2040 ({status})", created)
    return doc


def akademikerne(out: Path):
    old = akademikerne_doc(D.AKADEMIKERNE_OLD, "Utkast – ikke endelig", "20.01.2041", dt.datetime(2041, 1, 20, 11, 0))
    n1 = "Akademikerne_KPR_2040_utkast.docx"
    old.save(out / n1)
    FILES[n1] = ("Akademikerne", None)
    new = akademikerne_doc(D.AKADEMIKERNE, "Revidert versjon – erstatter utkast av 20.01.2041", "14.02.2041",
                           dt.datetime(2041, 2, 14, 15, 30))
    n2 = "Akademikerne_KPR_2040_revidert.docx"
    new.save(out / n2)
    FILES[n2] = ("Akademikerne", D.AKADEMIKERNE)


# ---------------------------------------------------------------- 10 Spekter memo (docx -> doc)
def spekter(tmp: Path) -> Path:
    doc = new_doc()
    doc.add_heading("NOTAT", 0)
    hdr = doc.add_table(rows=4, cols=2)
    for row, (k, v) in zip(hdr.rows, [("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "Spekter"),
                                      ("Dato:", "11. februar 2041"), ("Sak:", "Spekters tiltak i 2040")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Spekter organiserer virksomheter med om lag 250 000 ansatte, de fleste i helseforetakene. "
        "Her er en kort oversikt over det vi har gjort i 2040 som følger opp strategien.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak / beskrivelse", "Delmål", "Samarbeid"]):
        set_cell(c, h, bold=True)
    for r in D.SPEKTER:
        cells = t.add_row().cells
        p = cells[0].paragraphs[0]
        p.add_run(r.tiltak).bold = True
        p.add_run().add_break(WD_BREAK.LINE)
        p.add_run(r.besk)
        set_cell(cells[1], f"Delmål {r.delmal}")
        set_cell(cells[2], r.part)
    set_widths(t, [Cm(10.5), Cm(2.5), Cm(4)])
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål kan rettes til Spekters kompetanseavdeling.")
    props(doc, "Spekter", "Notat – tiltak 2040", dt.datetime(2041, 2, 11, 8, 0))
    p = tmp / "Spekter_notat_2040.docx"
    doc.save(p)
    FILES["Spekter_notat_2040.doc"] = ("Spekter", D.SPEKTER)
    return p


# ---------------------------------------------------------------- 11 VOFO (docx -> pdf)
def vofo(tmp: Path) -> Path:
    doc = new_doc(landscape_page=True)
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Tiltaksoversikt til Kompetansepolitisk råd – rapporteringsåret 2040")
    heads = ["Nr.", "Tiltak", "Delmål", "Type", "Ansvar", "Samarbeid", "Kommentar"]
    t = doc.add_table(rows=0, cols=7)
    t.style = "Table Grid"

    def header():
        row = t.add_row()
        for c, h in zip(row.cells, heads):
            set_cell(c, h, bold=True, size=9)
            shade(c, "FCE4D6")
        return row

    repeat_header(header())
    area = None
    for i, r in enumerate(D.VOFO, 1):
        if i == 5:
            header()  # header pasted again when the table was put together from two drafts
        if r.delmal[0] != area:
            area = r.delmal[0]
            ar = t.add_row()
            m = ar.cells[0].merge(ar.cells[-1])
            set_cell(m, AREAS[area], bold=True, size=9)
        cells = t.add_row().cells
        for c, v in zip(cells, [f"{i}.", r.tiltak, r.delmal, r.tword or "", r.ans, r.part, r.besk]):
            set_cell(c, v, size=9)
    set_widths(t, [Cm(1), Cm(6.5), Cm(1.6), Cm(2.4), Cm(2.8), Cm(4.2), Cm(6.5)])
    props(doc, "VOFO", "VOFO tiltak 2040", dt.datetime(2041, 2, 3, 13, 0))
    p = tmp / "VOFO_tiltaksoversikt_2040.docx"
    doc.save(p)
    FILES["VOFO_tiltaksoversikt_2040.pdf"] = ("VOFO", D.VOFO)
    return p


# ---------------------------------------------------------------- 12 UHR docx
def uhr(out: Path):
    doc = new_doc()
    doc.add_heading("Universitets- og høgskolerådet (UHR)", 1)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd for 2040")
    doc.add_paragraph(
        "UHR har vært medlem av rådet siden 2020. Tabellen under viser hva UHR og medlemsinstitusjonene har "
        "gjort i 2040, ordnet etter hvilket mål i strategien tiltaket støtter.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Strategiens mål", "Tiltak", "Type", "Samarbeid"]):
        set_cell(c, h, bold=True)
    for r in D.UHR:
        cells = t.add_row().cells
        set_cell(cells[0], D.UHR_GOALS[r.delmal])
        set_cell(cells[1], f"{r.tiltak}: {r.besk}")
        set_cell(cells[2], r.tword or "")
        set_cell(cells[3], r.part)
    set_widths(t, [Cm(4), Cm(8.5), Cm(2.2), Cm(3.3)])
    props(doc, "UHR", "UHR rapport 2040", dt.datetime(2041, 2, 13, 9, 0))
    name = "UHR_rapport_2040.docx"
    doc.save(out / name)
    FILES[name] = ("UHR", D.UHR)


# ---------------------------------------------------------------- 13 Vestland (Nynorsk blocks, docx -> pdf)
def vestland(tmp: Path) -> Path:
    doc = new_doc()
    doc.add_heading("Vestland fylkeskommune", 1)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd – tiltak i 2040")
    doc.add_paragraph(
        "Vestland fylkeskommune har i 2040 vidareført arbeidet med den regionale kompetansepolitikken i tett "
        "samarbeid med partane i arbeidslivet. Nedanfor følgjer tiltaka, eitt og eitt.")
    for r in D.VESTLAND:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(r.tiltak)
        run.bold = True
        run.font.size = Pt(12)
        lines = [f"Delmål: {r.delmal}"]
        if r.tword:
            lines.append(f"Type tiltak: {r.tword}")
        lines.append(f"Ansvarleg: {r.ans}")
        lines.append(f"Med på laget: {r.part}")
        for ln in lines:
            q = doc.add_paragraph(ln)
            q.paragraph_format.space_after = Pt(0)
        doc.add_paragraph(r.besk).paragraph_format.space_before = Pt(4)
    doc.add_paragraph()
    doc.add_paragraph("Helsing\nAvdeling for strategisk utvikling og digitalisering")
    props(doc, "Vestland fylkeskommune", "Rapport 2040", dt.datetime(2041, 2, 5, 12, 0))
    p = tmp / "Vestland_fylkeskommune_rapport_2040.docx"
    doc.save(p)
    FILES["Vestland_fylkeskommune_rapport_2040.pdf"] = ("Vestland fylkeskommune", D.VESTLAND)
    return p


# ---------------------------------------------------------------- 14 Nordland (reportlab table)
def nordland(out: Path):
    name = "Nordland_fylkeskommune_tiltak_2040.pdf"
    ss = getSampleStyleSheet()
    small = ss["BodyText"].clone("small", fontSize=9, leading=11)
    doc = SimpleDocTemplate(str(out / name), pagesize=A4, title="Nordland fylkeskommune – tiltak 2040",
                            author="Nordland fylkeskommune")
    story = [Paragraph("Nordland fylkeskommune", ss["Title"]),
             Paragraph("Innrapportering av tiltak til Kompetansepolitisk råd, 2040", ss["Heading2"]),
             Paragraph("Hovedområde og delmål er oppgitt hver for seg, slik strategien er bygd opp "
                       "(hovedområde I–III, delmål innenfor området).", ss["BodyText"]),
             Spacer(1, 10)]
    head = ["Tiltak", "Hoved-\nområde", "Delmål", "Eierskap", "Partnere"]
    data = [[Paragraph(h.replace("\n", "<br/>"), small) for h in head]]
    for r in D.NORDLAND:
        a, b = r.delmal.split(".")
        data.append([Paragraph(r.tiltak, small), Paragraph(ROMAN[a], small), Paragraph(b, small),
                     Paragraph(r.ans, small), Paragraph(r.part, small)])
    t = Table(data, colWidths=[170, 50, 45, 105, 140], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 14), Paragraph("Bodø, 8. februar 2041. Seksjon for kompetanse og opplæring.",
                                          ss["BodyText"])]
    doc.build(story)
    FILES[name] = ("Nordland fylkeskommune", D.NORDLAND)


# ---------------------------------------------------------------- 15 not a report
def hurdal(out: Path):
    doc = new_doc()
    doc.add_heading("Kommunedelplan for kompetanse og læring 2040–2048", 0)
    doc.add_paragraph("Hurdal kommune – høringsutkast, vedtatt lagt ut til offentlig ettersyn i formannskapet")
    secs = [
        ("1", "Innledning", [("1.1", "Formål med planen", "Planen skal gi retning for kommunens arbeid med "
                              "kompetanse hos egne ansatte og i lokalsamfunnet."),
                             ("1.2", "Planprosess", "Planen er utarbeidet av en arbeidsgruppe med "
                              "tillitsvalgte, ledere og representanter for næringslivet.")]),
        ("2", "Kompetanse i kommuneorganisasjonen", [
            ("2.1", "Digital kompetanse hos ansatte", "Alle ansatte skal innen 2044 ha gjennomført "
             "grunnopplæring i kommunens fagsystemer."),
            ("2.2", "Heltid og rekruttering", "Kommunen vil prøve ut kombinerte stillinger mellom "
             "hjemmetjeneste og sykehjem."),
            ("2.3", "Lærlinger", "Kommunen skal ha minst én lærling per tusen innbyggere.")]),
        ("3", "Kompetanse i lokalsamfunnet", [
            ("3.1", "Voksenopplæring", "Voksenopplæringen samlokaliseres med biblioteket fra høsten 2041."),
            ("3.2", "Frivillige lag og foreninger", "Kommunen vil legge til rette for studiesirkler i "
             "samarbeid med lokale lag.")]),
    ]
    for n, title, subs in secs:
        doc.add_heading(f"{n} {title}", 1)
        for code, st, txt in subs:
            doc.add_heading(f"{code} {st}", 2)
            doc.add_paragraph(txt)
            doc.add_paragraph("Ansvar: kommunalsjef for oppvekst og kultur", style="List Bullet")
    doc.add_heading("4 Økonomi og oppfølging", 1)
    doc.add_paragraph("Tiltakene i planen finansieres innenfor rammene i økonomiplanen og rulleres årlig.")
    props(doc, "Hurdal kommune", "Kommunedelplan kompetanse", dt.datetime(2040, 11, 2, 10, 0))
    name = "Hurdal_kommunedelplan_kompetanse_2040.docx"
    doc.save(out / name)
    FILES[name] = ("", None)


# ---------------------------------------------------------------- conversion, truth
def soffice(fmt: str, files: list[Path], outdir: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def assign_ids():
    n = 12
    order = [D.REGJERINGEN, D.LO, D.NHO, D.UNIO, D.KS, D.YS, D.VIRKE, D.AKADEMIKERNE, D.SPEKTER, D.VOFO,
             D.UHR, D.VESTLAND, D.NORDLAND]
    for rows in order:
        for r in rows:
            if not r.m:
                r.m = f"M{n:02d}"
                n += 1


def write_truth(out: Path):
    cols = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
            "samarbeidspartnere", "beskrivelse"]
    n = 0
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for name in sorted(FILES):
            member, rows = FILES[name]
            for r in rows or []:
                w.writerow([name, member, r.tiltak, r.m, r.delmal, r.typ, r.ans, r.part, r.besk])
                n += 1
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "holdout20"))
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
    assign_ids()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        to_pdf = [regjeringen(tmp), vofo(tmp), vestland(tmp)]
        to_odt = [ks(tmp)]
        to_doc = [spekter(tmp)]
        conv = tmp / "conv"
        conv.mkdir()
        soffice("pdf", to_pdf, conv)
        soffice("odt", to_odt, conv)
        soffice("doc", to_doc, conv)
        for p in conv.iterdir():
            shutil.copy(p, out / p.name)
    lo(out)
    nho(out)
    unio(out)
    ys(out)
    virke(out)
    akademikerne(out)
    uhr(out)
    nordland(out)
    hurdal(out)
    n = write_truth(out)
    missing = [f for f in FILES if not (out / f).exists()]
    if missing:
        raise SystemExit(f"missing outputs: {missing}")
    from .readme import write as write_readme

    write_readme(out, FILES)
    print(f"{len(FILES)} files, {n} truth rows -> {out}")


if __name__ == "__main__":
    main()
