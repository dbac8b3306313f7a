"""Builds the 2039 round: the member reports, a non-report, a superseded draft, truth.csv and README.md."""
from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen import canvas

from . import data as D
from .data import Row

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

# (file name, member, rows, shape) in the order of the README table
FILES: list[tuple[str, str, list[Row], str]] = []


def _dated(doc: Document, when: dt.datetime, author: str) -> None:
    cp = doc.core_properties
    cp.created = when
    cp.modified = when
    cp.author = author
    cp.last_modified_by = author


def _shade(cell, hex_fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def _widths(doc: Document, table, cms: list[float], wide: bool = False, size: float = 0) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if wide:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    if size:
        for row in table.rows:
            for cell in row.cells:
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(size)
    sec.left_margin = sec.right_margin = Cm(2.0)
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def _bold_cell(cell, text: str) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# --------------------------------------------------------------------------- Regjeringen: long prose, PDF
def regjeringen(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 2, 10, 9, 0), "Kunnskapsdepartementet")
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2039", 0)
    doc.add_paragraph(
        "Denne rapporten gjør rede for hvordan departementene i 2039 har fulgt opp delmålene i Nasjonal "
        "kompetansepolitisk strategi. Kunnskapsdepartementet har samordnet innspillene fra Arbeids- og "
        "inkluderingsdepartementet (ASD), Kommunal- og distriktsdepartementet (KDD) og "
        "Finansdepartementet (FIN). Tiltakene er ordnet etter strategiens tre hovedinnsatsområder. Under "
        "hvert tiltak står en kort beskrivelse og en linje med delmål, type, ansvar og samarbeid.")
    doc.add_paragraph(
        "Året har vært preget av arbeidet med omstilling til lavutslippssamfunnet, og flere av tiltakene "
        "retter seg mot kompetanse i nye grønne næringer. Samtidig ser vi at deltakelsen i etter- og "
        "videreutdanning fortsatt er skjevt fordelt, og at de med kortest utdanning deltar minst.")
    area = None
    for r in D.REGJERINGEN:
        if r.delmal[0] != area:
            area = r.delmal[0]
            doc.add_heading(AREAS[area], 1)
        doc.add_heading(r.tiltak, 3)
        doc.add_paragraph(r.beskrivelse)
        bits = [f"Delmål {r.delmal}"]
        if r.shown_type:
            bits.append(f"Type: {r.shown_type}")
        bits.append(f"Ansvarlig: {r.ansvarlig}")
        if r.partnere:
            bits.append(f"Samarbeid: {r.partnere}")
        p = doc.add_paragraph()
        run = p.add_run(" · ".join(bits))
        run.italic = True
        run.font.size = Pt(9)
    doc.add_heading("Vurdering og veien videre", 1)
    doc.add_paragraph(
        "Departementene vil i 2040 særlig prioritere bedre samordning mellom de regionale kompetanseforaene "
        "og de nasjonale programmene, slik at tilbudene når virksomheter i hele landet. Vi vil også "
        "følge opp anbefalingene fra evalueringen av bransjeprogrammene i dialog med partene.")
    doc.add_paragraph("Oslo, 10. februar 2040\nKunnskapsdepartementet, på vegne av regjeringen")
    out = tmp / "Regjeringen_rapport_KPR_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- LO: workbook, several sheets
def lo(out_dir: Path) -> Path:
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Forside"
    ws0["A1"] = "Landsorganisasjonen i Norge (LO)"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A3"] = "Rapportering til Kompetansepolitisk råd – tiltak gjennomført i 2039"
    ws0["A4"] = "Kontakt: LOs avdeling for samfunnspolitikk"
    ws0["A6"] = "Se arket «Innsats 2039» for oversikten. Arket «Merknader» forklarer forkortelser."
    ws = wb.create_sheet("Innsats 2039")
    ws["A1"] = "LO – innsats i 2039 i oppfølgingen av strategien"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tall i første kolonne viser til delmålene i strategien. Art er bare fylt ut der vi har vært sikre."
    ws["A2"].font = Font(italic=True)
    head = ["Delmål", "Hva LO har gjort", "Kort om innsatsen", "Art", "Hvem hos oss", "Sammen med"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
    for n, r in enumerate(D.LO, 5):
        dm: object = r.shown_dm
        if "." in r.shown_dm:
            dm = float(r.shown_dm)  # stored as a number
        vals = [dm, r.tiltak, r.beskrivelse, r.shown_type or None, r.ansvarlig, r.partnere or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=n, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEF", (9, 42, 60, 14, 18, 30)):
        ws.column_dimensions[col].width = w
    ws3 = wb.create_sheet("Merknader")
    ws3["A1"] = "Forkortelser"
    ws3["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([
            ("KBU", "Kompetansebehovsutvalget"), ("RSA", "Råd for samarbeid med arbeidslivet"),
            ("UHR", "Universitets- og høgskolerådet"), ("KGI", "Kompetanseløft grønn industri"),
            ("AOF", "Arbeidernes opplysningsforbund")], 2):
        ws3.cell(row=i, column=1, value=a)
        ws3.cell(row=i, column=2, value=b)
    out = out_dir / "LO tiltak 2039.xlsx"
    wb.properties.creator = "LO"
    wb.properties.created = dt.datetime(2040, 1, 30, 12, 0)
    wb.save(out)
    return out


# --------------------------------------------------------------------------- NHO: memo, ODT
def nho(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 1, 28, 14, 0), "NHO")
    p = doc.add_paragraph()
    p.add_run("NOTAT").bold = True
    for a, b in [("Til:", "Sekretariatet for Kompetansepolitisk råd"),
                 ("Fra:", "NHO, avdeling for kompetanse og arbeidsliv"),
                 ("Dato:", "28. januar 2040"),
                 ("Sak:", "NHOs oppfølging av Nasjonal kompetansepolitisk strategi i 2039")]:
        q = doc.add_paragraph()
        q.add_run(a + "\t").bold = True
        q.add_run(b)
    doc.add_paragraph(
        "Vi viser til bestillingen fra sekretariatet i desember. Nedenfor følger NHOs tiltak i 2039, med "
        "delmål i hakeparentes og type i parentes der det er naturlig.")
    for n, r in enumerate(D.NHO, 1):
        q = doc.add_paragraph()
        q.add_run(f"{n}. ")
        q.add_run(r.tiltak).bold = True
        tail = f" [{r.shown_dm}]. {r.beskrivelse}"
        if r.partnere:
            tail += f" Samarbeid: {r.partnere}."
        if r.shown_type:
            tail += f" ({r.shown_type[0].upper() + r.shown_type[1:]})"
        q.add_run(tail)
    doc.add_paragraph(
        "NHO bidrar gjerne i sekretariatets sammenstilling og kan utdype tiltakene ved behov.")
    doc.add_paragraph("Med vennlig hilsen\nNHO")
    out = tmp / "NHO_notat_tiltak_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- Unio: two-row header, PDF
def unio(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 2, 3, 10, 0), "Unio")
    doc.add_heading("Unio – rapportering til Kompetansepolitisk råd 2039", 1)
    doc.add_paragraph(
        "Unio organiserer arbeidstakere med høyere utdanning innen helse, skole, politi og forskning. "
        "Tabellen viser tiltakene Unio og forbundene har gjennomført i 2039.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    top = t.rows[0].cells
    a = top[0].merge(top[1])
    _bold_cell(a, "Tiltaket")
    for i, h in enumerate(["Delmål", "Kategori", "Ansvar", "Partnere"], 2):
        m = top[i].merge(t.rows[1].cells[i])
        _bold_cell(m, h)
    _bold_cell(t.rows[1].cells[0], "Navn")
    _bold_cell(t.rows[1].cells[1], "Hva innebærer det")
    for r in D.UNIO:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = r.tiltak, r.beskrivelse, r.shown_dm
        c[3].text, c[4].text, c[5].text = r.shown_type, r.ansvarlig, r.partnere
    _widths(doc, t, [6.0, 7.4, 2.0, 3.6, 3.6, 5.0], wide=True)
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 3. februar 2040. Kontaktperson: Unios sekretariat.")
    out = tmp / "Unio - rapportering kompetansepolitisk råd 2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- KS: a scanned table
def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def ks(out_dir: Path) -> Path:
    rng = random.Random(2039)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_SERIF, 27)
    fb = ImageFont.truetype(FONT_B, 27)
    ft = ImageFont.truetype(FONT_B, 38)
    d.text((140, 150), "KS", font=ImageFont.truetype(FONT_B, 60), fill=30)
    d.text((140, 260), "Rapportering til Kompetansepolitisk råd – tiltak 2039", font=ft, fill=20)
    d.text((140, 320), "Kommunesektorens organisasjon, 6. februar 2040", font=f, fill=40)
    cols = [("Delmål", 140), ("Tiltak", 540), ("Type", 200), ("Ansvarlig", 180), ("Samarbeid", 320)]
    x0, y = 140, 420
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rows = [[h for h, _ in cols]] + [[r.shown_dm, r.tiltak, r.shown_type, r.ansvarlig, r.partnere] for r in D.KS]
    for ri, row in enumerate(rows):
        font = fb if ri == 0 else f
        cells = [_wrap(d, v, font, cols[i][1] - 24) if v else [""] for i, v in enumerate(row)]
        h = max(len(c) for c in cells) * 36 + 24
        for i, lines in enumerate(cells):
            for li, line in enumerate(lines):
                d.text((xs[i] + 12, y + 12 + li * 36), line, font=font, fill=25)
        d.line((xs[0], y, xs[-1], y), fill=60, width=2)
        y += h
    d.line((xs[0], y, xs[-1], y), fill=60, width=2)
    for x in xs:
        d.line((x, 420, x, y), fill=60, width=2)
    d.text((140, y + 60), "Med hilsen", font=f, fill=30)
    d.text((140, y + 100), "KS, avdeling for arbeidsgiverpolitikk", font=f, fill=30)
    img = img.rotate(0.9, resample=Image.BICUBIC, fillcolor=235)
    px = img.load()
    for _ in range(40000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.choice((120, 170, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = out_dir / "KS_skannet_rapport_2039.pdf"
    img.convert("RGB").save(out, "PDF", resolution=200.0)
    return out


# --------------------------------------------------------------------------- YS: letter, RTF
def ys(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 1, 31, 8, 0), "YS")
    doc.add_paragraph("Yrkesorganisasjonenes Sentralforbund (YS)\nBrugata 19, Oslo")
    doc.add_paragraph("Kompetansepolitisk råd\nv/ sekretariatet")
    doc.add_paragraph("Oslo, 31. januar 2040")
    p = doc.add_paragraph()
    p.add_run("YS' rapportering for 2039").bold = True
    doc.add_paragraph(
        "Vi takker for muligheten til å rapportere. YS og forbundene har i 2039 hatt stor oppmerksomhet "
        "på hvordan kunstig intelligens endrer arbeidsoppgavene til våre medlemmer. Nedenfor gjengis de "
        "viktigste tiltakene, med delmålet de følger opp i parentes.")
    for r in D.YS:
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Pt(18)
        q.add_run("–\t")
        q.add_run(r.tiltak).bold = True
        tail = f" ({r.shown_dm}). {r.beskrivelse}"
        if r.partnere:
            tail += f" I samarbeid med {r.partnere}."
        q.add_run(tail)
    doc.add_paragraph("Ta gjerne kontakt om noe er uklart.")
    doc.add_paragraph("Med vennlig hilsen\nYS\nSeksjon for utdanning og kompetanse")
    out = tmp / "YS_brev_rapportering_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- Virke: slide deck PDF
def virke(out_dir: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    size = landscape((595.3, 841.9))
    out = out_dir / "Virke_presentasjon_KPR_2039.pdf"
    c = canvas.Canvas(str(out), pagesize=size)
    c.setTitle("Virke – kompetansepolitiske tiltak 2039")
    c.setAuthor("Virke")
    W, H = size
    green = HexColor("#0B5D4B")
    page = [0]

    def frame(title):
        page[0] += 1
        c.setFillColor(green)
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont("DVB", 24)
        c.drawString(40, H - 48, title)
        c.setFillColor(HexColor("#777777"))
        c.setFont("DV", 9)
        c.drawString(40, 20, "Virke | Kompetansepolitisk råd | 2039")
        c.drawRightString(W - 40, 20, str(page[0]))

    frame("Virkes kompetansepolitiske tiltak 2039")
    c.setFillColor(HexColor("#222222"))
    c.setFont("DV", 18)
    c.drawString(60, H - 180, "Rapport til Kompetansepolitisk råd")
    c.setFont("DV", 13)
    c.drawString(60, H - 210, "Hovedorganisasjonen Virke · februar 2040")
    c.showPage()
    slides = [("Gode valg for den enkelte og samfunnet", [r for r in D.VIRKE if r.delmal[0] == "1"]),
              ("Læring i arbeidslivet", [r for r in D.VIRKE if r.delmal[0] == "2"])]
    for title, rows in slides:
        frame(title)
        y = H - 120
        for r in rows:
            c.setFillColor(green)
            c.circle(52, y + 5, 4, fill=1, stroke=0)
            c.setFillColor(HexColor("#111111"))
            c.setFont("DVB", 15)
            c.drawString(66, y, r.tiltak)
            c.setFont("DV", 11)
            c.setFillColor(HexColor("#555555"))
            c.drawString(66, y - 18, f"Delmål {r.shown_dm}  |  {r.shown_type}  |  Ansvar: {r.ansvarlig}  |  Med: {r.partnere}")
            y -= 62
        c.showPage()
    frame("Veien videre")
    c.setFillColor(HexColor("#222222"))
    c.setFont("DV", 14)
    for i, line in enumerate([
            "Virke vil i 2040 prioritere kompetanse i små virksomheter",
            "og jobbe for at flere ansatte i handel og tjenesteyting får fagbrev.",
            "Takk for oppmerksomheten!"]):
        c.drawString(60, H - 140 - i * 28, line)
    c.showPage()
    c.save()
    return out


# --------------------------------------------------------------------------- Akademikerne: form, .doc
def akademikerne(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 2, 4, 11, 0), "Akademikerne")
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    doc.add_paragraph("Rådsmedlem: Akademikerne\nRapporteringsår: 2039\nUtfylt av: sekretariatet i Akademikerne")
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Bruk delmålets nummer fra strategien.")
    labels = ["Navn på tiltak", "Delmål (nr.)", "Kategori", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
    for n, r in enumerate(D.AKADEMIKERNE, 1):
        p = doc.add_paragraph()
        p.add_run(f"Tiltak {n}").bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for i, (lab, val) in enumerate(zip(labels, [r.tiltak, r.shown_dm, r.shown_type, r.ansvarlig,
                                                    r.partnere, r.beskrivelse])):
            _bold_cell(t.cell(i, 0), lab)
            _shade(t.cell(i, 0), "E7E6E6")
            t.cell(i, 1).text = val
        _widths(doc, t, [4.5, 12.5])
        doc.add_paragraph()
    out = tmp / "Akademikerne_skjema_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- Spekter: grouped table, two versions
def _spekter(out_dir: Path, rows: list[Row], name: str, when: dt.datetime, note: str) -> Path:
    doc = Document()
    _dated(doc, when, "Spekter")
    doc.add_heading("Spekters rapportering til Kompetansepolitisk råd 2039", 1)
    p = doc.add_paragraph()
    r0 = p.add_run(note)
    r0.italic = True
    r0.font.color.rgb = RGBColor(0x80, 0, 0)
    doc.add_paragraph(
        "Spekter er arbeidsgiverforening for helseforetak, kultur, samferdsel og andre virksomheter med "
        "offentlig eierskap. Tiltakene er gruppert etter delmål.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Tiltak / aktivitet", "Type", "Ansvar", "I samarbeid med"]):
        _bold_cell(t.rows[0].cells[i], h)
        _shade(t.rows[0].cells[i], "BDD7EE")
    last = None
    for r in sorted(rows, key=lambda x: x.delmal):
        if r.delmal != last:
            last = r.delmal
            c = t.add_row().cells
            m = c[0].merge(c[3])
            _bold_cell(m, f"Delmål {r.delmal} – {D.DM_WORDS[r.delmal]}")
            _shade(m, "F2F2F2")
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = r.tiltak, r.shown_type, r.ansvarlig, r.partnere
    _widths(doc, t, [7.5, 3.2, 2.3, 4.0])
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: Spekter, avdeling for arbeidslivspolitikk.")
    out = out_dir / name
    doc.save(out)
    return out


def spekter(out_dir: Path) -> tuple[Path, Path]:
    old = _spekter(out_dir, D.SPEKTER_DRAFT, "Spekter_rapport_2039.docx", dt.datetime(2040, 1, 14, 9, 0),
                   "Utkast 14.01.2040 – til intern gjennomlesing")
    new = _spekter(out_dir, D.SPEKTER, "Spekter_rapport_2039_revidert.docx", dt.datetime(2040, 2, 5, 13, 0),
                   "Revidert versjon 05.02.2040. Erstatter utkastet sendt 14.01.2040.")
    return old, new


# --------------------------------------------------------------------------- VOFO: blocks, PDF
def vofo(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 2, 1, 15, 0), "VOFO")
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Tiltaksrapport til Kompetansepolitisk råd for 2039")
    doc.add_paragraph(
        "VOFO er paraplyorganisasjonen for studieforbundene. Vi rapporterer her på tiltak der VOFO eller "
        "studieforbundene har hatt en aktiv rolle i 2039.")
    for r in D.VOFO:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(r.tiltak)
        run.bold = True
        run.font.size = Pt(12)
        for lab, val in [("Delmål", f"{r.shown_dm} {D.DM_WORDS[r.delmal].lower()}"), ("Kategori", r.shown_type),
                         ("Ansvar", r.ansvarlig), ("Partnere", r.partnere)]:
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            q.add_run(f"{lab}: ").bold = True
            q.add_run(val)
        doc.add_paragraph(r.beskrivelse)
    doc.add_paragraph("VOFO, 1. februar 2040")
    out = tmp / "VOFO_tiltaksrapport_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- UHR: aims in words, DOCX
def uhr(out_dir: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 2, 7, 10, 0), "Universitets- og høgskolerådet")
    doc.add_heading("Innspill fra Universitets- og høgskolerådet (UHR) – 2039", 1)
    doc.add_paragraph(
        "UHR rapporterer som medlem av rådet. Vi har valgt å beskrive målene med egne ord "
        "heller enn nummer.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Hva", "Hvorfor (mål i strategien)", "Hvordan", "Hvem / med hvem"]):
        _bold_cell(t.rows[0].cells[i], h)
    for r in D.UHR:
        c = t.add_row().cells
        c[0].text = r.tiltak
        c[1].text = D.UHR_AIMS[r.delmal]
        c[2].text = r.beskrivelse
        c[3].text = f"{r.ansvarlig} / {r.partnere}"
    _widths(doc, t, [4.2, 4.4, 5.4, 3.0])
    doc.add_paragraph()
    doc.add_paragraph("Universitets- og høgskolerådet, 7. februar 2040")
    out = out_dir / "UHR_innspill_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- Vestland: Nynorsk table, PDF
def vestland(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 2, 2, 12, 0), "Vestland fylkeskommune")
    doc.add_heading("Vestland fylkeskommune", 1)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd for 2039")
    doc.add_paragraph(
        "Fylkeskommunen rapporterer tiltak innanfor det regionale kompetanseansvaret. Delmåla er viste med "
        "innsatsområde i romartal og delmål i arabiske tal, slik vi nyttar det i den regionale planen.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr.", "Tiltak og kva det går ut på", "Delmål", "Kva slag tiltak", "Ansvarleg",
                           "Samarbeidspartnarar"]):
        _bold_cell(t.rows[0].cells[i], h)
    for n, r in enumerate(D.VESTLAND, 1):
        c = t.add_row().cells
        c[0].text = str(n)
        c[1].text = ""
        c[1].paragraphs[0].add_run(r.tiltak).bold = True
        c[1].add_paragraph(r.beskrivelse)
        c[2].text, c[3].text, c[4].text, c[5].text = r.shown_dm, r.shown_type, r.ansvarlig, r.partnere
    _widths(doc, t, [1.0, 4.6, 1.7, 2.4, 3.0, 4.3], size=9)
    doc.add_paragraph()
    doc.add_paragraph("Bergen, 2. februar 2040\nAvdeling for opplæring og kompetanse")
    out = tmp / "Vestland_fylkeskommune_rapportering_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- Vestfold: headings + typed bullets
def vestfold(out_dir: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2040, 2, 6, 9, 30), "Vestfold fylkeskommune")
    doc.add_heading("Vestfold fylkeskommune – tiltak 2039", 1)
    doc.add_paragraph(
        "Vestfold fylkeskommune sender med dette sin oversikt over tiltak i 2039 som følger opp Nasjonal "
        "kompetansepolitisk strategi. Oversikten er ordnet etter delmål.")
    last = None
    for r in D.VESTFOLD:
        if r.delmal != last:
            last = r.delmal
            doc.add_heading(f"Delmål {r.delmal} {D.DM_WORDS[r.delmal]}", 2)
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Pt(14)
        q.add_run("•  ")
        q.add_run(r.tiltak).bold = True
        q.add_run(f". {r.beskrivelse} (Samarbeid: {r.partnere})")
    doc.add_paragraph("Tønsberg, 6. februar 2040\nSeksjon for videregående opplæring og kompetanse")
    out = out_dir / "Vestfold_fylkeskommune_2039.docx"
    doc.save(out)
    return out


# --------------------------------------------------------------------------- not a report: municipal plan
def lillevik(tmp: Path) -> Path:
    doc = Document()
    _dated(doc, dt.datetime(2039, 11, 20, 10, 0), "Lillevik kommune")
    doc.add_heading("Strategisk kompetanseplan 2039–2042", 0)
    doc.add_paragraph("Lillevik kommune · Vedtatt i kommunestyret 19. november 2039, sak 88/39")
    sections = [
        ("1 Innledning", None),
        ("1.1 Bakgrunn", "Kommunen står foran store endringer i alderssammensetning og tjenestebehov. Planen "
         "beskriver hvordan vi skal sikre rett kompetanse i tjenestene de neste fire årene."),
        ("1.2 Forankring", "Planen bygger på kommuneplanens samfunnsdel og arbeidsgiverstrategien, og er "
         "drøftet med de tillitsvalgte."),
        ("2 Kompetansebehov", None),
        ("2.1 Digital kompetanse i tjenestene", "Alle ansatte skal ha grunnleggende ferdigheter i de "
         "fagsystemene de bruker. Enhetslederne kartlegger behovet hvert år."),
        ("2.2 Helse og omsorg", "Behovet for sykepleiere og helsefagarbeidere vil øke med om lag 30 prosent "
         "innen 2042. Kommunen vil øke antall lærlinger og tilby videreutdanning med permisjon."),
        ("2.3 Oppvekst", "Barnehagene skal ha minst 50 prosent pedagoger innen 2041."),
        ("3 Oppfølging", None),
        ("3.1 Ansvar", "Rådmannen har det overordnede ansvaret. Hver enhet lager en årlig kompetanseplan."),
        ("3.2 Rapportering", "Status rapporteres til formannskapet i forbindelse med årsmeldingen."),
    ]
    for head, body in sections:
        doc.add_heading(head, 1 if body is None else 2)
        if body:
            doc.add_paragraph(body)
    out = tmp / "Lillevik_kommune_kompetanseplan_2039-2042.docx"
    doc.save(out)
    return out


def _soffice(fmt: str, files: list[Path], out_dir: Path) -> None:
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(out_dir), *map(str, files)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


MEMBERS = [
    ("Regjeringen", D.REGJERINGEN), ("LO", D.LO), ("NHO", D.NHO), ("Unio", D.UNIO), ("KS", D.KS),
    ("YS", D.YS), ("Virke", D.VIRKE), ("Akademikerne", D.AKADEMIKERNE), ("Spekter", D.SPEKTER),
    ("VOFO", D.VOFO), ("UHR", D.UHR), ("Vestland fylkeskommune", D.VESTLAND),
    ("Vestfold fylkeskommune", D.VESTFOLD),
]


def build(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        to_pdf = [regjeringen(tmp), unio(tmp), vofo(tmp), vestland(tmp), lillevik(tmp)]
        to_doc = akademikerne(tmp)
        to_odt = nho(tmp)
        to_rtf = ys(tmp)
        _soffice("pdf", to_pdf, out)
        _soffice("doc", [to_doc], out)
        _soffice("odt", [to_odt], out)
        _soffice("rtf", [to_rtf], out)
    lo(out)
    ks(out)
    virke(out)
    spekter(out)
    uhr(out)
    vestfold(out)
    names = {
        "Regjeringen": ("Regjeringen_rapport_KPR_2039.pdf", "long prose report, headings per measure, Word→PDF"),
        "LO": ("LO tiltak 2039.xlsx", "workbook: cover, table sheet with header on row 4, notes sheet"),
        "NHO": ("NHO_notat_tiltak_2039.odt", "memo, numbered items, delmål in square brackets, ODT"),
        "Unio": ("Unio - rapportering kompetansepolitisk råd 2039.pdf", "table with two-row header, Word→PDF"),
        "KS": ("KS_skannet_rapport_2039.pdf", "scanned table, image-only PDF"),
        "YS": ("YS_brev_rapportering_2039.rtf", "letter with dash bullets, RTF"),
        "Virke": ("Virke_presentasjon_KPR_2039.pdf", "slide deck PDF"),
        "Akademikerne": ("Akademikerne_skjema_2039.doc", "one form table per measure, .doc"),
        "Spekter": ("Spekter_rapport_2039_revidert.docx", "table grouped under delmål rows (revised version)"),
        "VOFO": ("VOFO_tiltaksrapport_2039.pdf", "blocks: title, labelled lines, description, Word→PDF"),
        "UHR": ("UHR_innspill_2039.docx", "table with aims in words, responsible/partners in one cell"),
        "Vestland fylkeskommune": ("Vestland_fylkeskommune_rapportering_2039.pdf",
                                   "Nynorsk table, roman area numbers, description in tiltak cell, Word→PDF"),
        "Vestfold fylkeskommune": ("Vestfold_fylkeskommune_2039.docx", "delmål headings with typed bullets"),
    }
    truth = []
    for member, rows in MEMBERS:
        fn = names[member][0]
        assert (out / fn).exists(), fn
        for r in rows:
            truth.append([fn, member, r.tiltak, r.mid, r.delmal, r.type, r.ansvarlig, r.partnere, r.beskrivelse])
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
                    "samarbeidspartnere", "beskrivelse"])
        w.writerows(truth)
    _readme(out, names, truth)


def _readme(out: Path, names: dict, truth: list) -> None:
    files = sorted(p.name for p in out.iterdir() if p.name not in ("truth.csv", "README.md"))
    mids = {r[3] for r in truth}
    by_mid: dict[str, list] = {}
    for r in truth:
        by_mid.setdefault(r[3], []).append(r)
    shared = {k: v for k, v in sorted(by_mid.items()) if len(v) > 1}
    L = [
        "# Held-out round 18 (reporting year 2039)", "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
        "earlier held-out round; the program was never run on these files.**", "",
        "Rebuild: `python -m samples.holdout19_generator [--out DIR]` (default `samples/holdout19`; needs "
        "python-docx, openpyxl, Pillow, reportlab and LibreOffice).", "",
        f"Counts: {len(files)} files, {len(truth)} truth rows, {len(mids)} distinct measures, "
        f"{len(shared)} reported by two or more members. `Lillevik_kommune_kompetanseplan_2039-2042.pdf` is "
        "not a member report (a municipal plan; no rows). `Spekter_rapport_2039.docx` is a draft superseded by "
        "`Spekter_rapport_2039_revidert.docx` (no rows).", "",
        "| File | Member | Rows | Shape |", "|---|---|---|---|",
    ]
    count = {}
    for r in truth:
        count[r[0]] = count.get(r[0], 0) + 1
    for member, (fn, shape) in names.items():
        L.append(f"| {fn} | {member} | {count.get(fn, 0)} | {shape} |")
    L.append("| Spekter_rapport_2039.docx | Spekter | 0 | superseded draft of the same table |")
    L.append("| Lillevik_kommune_kompetanseplan_2039-2042.pdf | — | 0 | not a report: municipal plan with "
             "numbered headings, Word→PDF |")
    L += ["", "## Measures reported by several members", ""]
    for k, rows in shared.items():
        L.append(f"- **{k}** (delmål {rows[0][4]}, {rows[0][5]}):")
        for r in rows:
            L.append(f"  - {r[1]}: «{r[2]}»")
    L += ["", "Traps kept apart (own measures): a member's seminar or course for its council representatives, "
          "a member's note on the council's report, a regional pilot of a national programme, negotiations on "
          "a new period of a joint contract, an evaluation of a scheme.", ""]
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")
