"""Build every file of the 2042 held-out round, its truth.csv and README.md."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen import canvas

from . import data as D

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

TRUTH: list[dict] = []
FILES: list[tuple[str, str, int, str]] = []


def truth(source, member, r, ansvarlig=None, partners=None, besk=None):
    mid, dm, _sdm, typ, _st, tiltak, ans, par, desc = r
    TRUTH.append(dict(source_file=source, member=member, tiltak=tiltak, seed_row=mid, delmal=dm, type=typ,
                      ansvarlig=ans if ansvarlig is None else ansvarlig,
                      samarbeidspartnere=par if partners is None else partners,
                      beskrivelse=desc if besk is None else besk))


def props(doc, author, title, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when


def col_widths(table, widths):
    """Fix column widths in the grid and in every cell, so LibreOffice keeps them."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcPr = tc.get_or_add_tcPr()
            span = tcPr.find(qn("w:gridSpan"))
            if span is None:
                tcW = tcPr.get_or_add_tcW()
                tcW.type = "dxa"
                tcW.w = w


def cell_text(cell, text, bold=False, size=None):
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


# ---------------------------------------------------------------- Regjeringen (docx -> pdf)
def regjeringen(tmp: Path, name: str):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(9)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = doc.add_paragraph()
    p.add_run("Kunnskapsdepartementet\n").bold = True
    p.add_run("Avdeling for kompetansepolitikk")
    doc.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd\nDato: 20.01.2043\nVår ref.: 42/1187-9")
    doc.add_heading("Regjeringens rapportering på oppfølgingen av Nasjonal kompetansepolitisk strategi – 2042", level=1)
    doc.add_paragraph(
        "Departementene har samlet sine bidrag i tabellen under. Bidragene er ordnet etter strategiens tre "
        "hovedinnsatsområder. Forkortelser: KD – Kunnskapsdepartementet, AID – Arbeids- og inkluderingsdepartementet, "
        "FIN – Finansdepartementet, KDD – Kommunal- og distriktsdepartementet.")
    areas = {"1": "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet",
             "2": "Hovedinnsatsområde 2 – Læring i arbeidslivet",
             "3": "Hovedinnsatsområde 3 – Voksne med svak tilknytning til arbeidslivet"}
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Nr.", "Dep.", "Innsats i 2042", "Kategori", "Delmål", "I samarbeid med"]
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, bold=True)
        shade(c)
    n = 0
    for area, rows in D.REGJERINGEN:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        cell_text(m, areas[area], bold=True)
        shade(m, "F2F2F2")
        for r in rows:
            n += 1
            mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
            c = t.add_row().cells
            cell_text(c[0], f"{n}.")
            cell_text(c[1], ans)
            cell_text(c[2], tiltak, bold=True)
            c[2].add_paragraph(desc).runs[0].italic = True
            cell_text(c[3], stype)
            cell_text(c[4], sdm)
            cell_text(c[5], par)
            truth(name, "Regjeringen", r)
    col_widths(t, [Cm(1.0), Cm(1.2), Cm(6.4), Cm(2.6), Cm(1.9), Cm(4.3)])
    doc.add_paragraph()
    doc.add_paragraph("Med hilsen\n\nIngrid Solheim Aas (e.f.)\navdelingsdirektør\n\nDokumentet er elektronisk godkjent.")
    props(doc, "Kunnskapsdepartementet", "Rapportering KPR 2042", dt.datetime(2043, 1, 20, 9, 14))
    out = tmp / (Path(name).stem + ".docx")
    doc.save(out)
    FILES.append((name, "Regjeringen", sum(len(x[1]) for x in D.REGJERINGEN),
                  "Letter exported from Word to PDF: table Nr./Dep./Innsats/Kategori/Delmål/partners, rows under merged area rows, title and italic description in one cell"))
    return out


# ---------------------------------------------------------------- LO (long prose docx)
def lo(out: Path, name: str):
    doc = Document()
    doc.add_heading("LOs rapport til Kompetansepolitisk råd for 2042", 0)
    doc.add_paragraph("Landsorganisasjonen i Norge – avdeling for samfunnspolitikk, januar 2043")
    doc.add_heading("1 Innledning", 1)
    doc.add_paragraph(
        "Året 2042 var preget av høy sysselsetting og stor etterspørsel etter fagarbeidere. For LO har det vært "
        "viktig å bruke partssamarbeidet til å sikre at arbeidstakere i alle bransjer får mulighet til å lære "
        "gjennom hele yrkeslivet. Rapporten følger strategiens tre hovedinnsatsområder. Under hvert område "
        "omtaler vi det LO og forbundene har gjort, og hva vi vil prioritere videre.")
    doc.add_paragraph(
        "Vi har valgt å omtale færre tiltak enn tidligere år, men med mer utfyllende beskrivelser. Forbundenes "
        "egne kurs og konferanser er bare tatt med der de har hatt nasjonal betydning.")
    for i, (area, rows) in enumerate(D.LO, start=2):
        doc.add_heading(f"{i} {area}", 1)
        doc.add_paragraph(
            {2: "LO mener at gode valg krever god kunnskap om hva arbeidslivet trenger, og at partene må ha en "
                "tydelig stemme i rådene som gir råd om utdanningenes innhold og dimensjonering.",
             3: "Det meste av læringen i arbeidslivet skjer på arbeidsplassen. LO har derfor lagt vekt på tiltak "
                "som gjør det lettere for tillitsvalgte å ta opp kompetanse i den lokale dialogen.",
             4: "Mange voksne mangler grunnleggende ferdigheter eller fullført videregående opplæring. Her har "
                "LO særlig arbeidet gjennom forbundene i privat tjenesteyting."}[i])
        for r in rows:
            doc.add_heading(r[5], 2)
            doc.add_paragraph(r[8])
            truth(name, "LO", r)
    doc.add_heading("5 Avslutning", 1)
    doc.add_paragraph(
        "LO vil i 2043 videreføre arbeidet i rådene og prioritere etter- og videreutdanning i industrien. Vi "
        "ser fram til et godt samarbeid i Kompetansepolitisk råd også kommende år.")
    doc.add_paragraph("Kontaktperson: Are Nordvik, rådgiver")
    props(doc, "LO", "LOs rapport 2042", dt.datetime(2043, 1, 27, 13, 2))
    doc.save(out / name)
    FILES.append((name, "LO", sum(len(x[1]) for x in D.LO),
                  "Long prose report: numbered chapters per area, one heading per tiltak with a description paragraph; delmål mostly implicit"))


# ---------------------------------------------------------------- NHO (xlsx, several sheets)
def nho(out: Path, name: str):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Les meg"
    ws0["A1"] = "Rapportering til Kompetansepolitisk råd"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A3"] = "Organisasjon:"
    ws0["B3"] = "NHO – Næringslivets Hovedorganisasjon"
    ws0["A4"] = "Kontakt:"
    ws0["B4"] = "Siri Mjøen, fagsjef kompetanse"
    ws0["A5"] = "År:"
    ws0["B5"] = 2042
    ws0["A7"] = "Fanen «Aktiviteter 2042» inneholder NHOs bidrag. Fanen «Koder» er bare til hjelp ved utfylling."
    ws0.column_dimensions["A"].width = 16
    ws0.column_dimensions["B"].width = 50
    ws = wb.create_sheet("Aktiviteter 2042")
    ws["B1"] = "NHO – aktiviteter i oppfølgingen av kompetansestrategien, 2042"
    ws["B1"].font = Font(bold=True, size=13)
    ws["B2"] = "Sist oppdatert 14.01.2043"
    ws["B2"].font = Font(italic=True)
    heads = ["Løpenr", "Aktivitet", "Strategiens delmål", "Form", "Kort om aktiviteten", "Ansvarlig i NHO",
             "Sammen med"]
    fill = PatternFill("solid", fgColor="1F4E78")
    for j, h in enumerate(heads, start=2):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
        c.alignment = Alignment(wrap_text=True)
    for i, r in enumerate(D.NHO, start=1):
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        vals = [i, tiltak, sdm, stype, desc, ans, par or None]
        for j, v in enumerate(vals, start=2):
            c = ws.cell(row=4 + i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(sdm, float):
            ws.cell(row=4 + i, column=4).number_format = "0.0"
        truth(name, "NHO", r)
    for col, w in zip("BCDEFGH", [8, 42, 12, 12, 55, 20, 28]):
        ws.column_dimensions[col].width = w
    last = 4 + len(D.NHO) + 2
    ws.cell(row=last, column=3, value="Merknad: feltarbeidet i LAPS er finansiert av partene i fellesskap.").font = Font(italic=True)
    ws2 = wb.create_sheet("Koder")
    ws2["A1"] = "Delmål"
    ws2["B1"] = "Tekst"
    codes = [("1.1", "Kompetansebehovsutvalget"), ("1.2", "Regionalt ansvar og samarbeid"), ("1.3", "Karriereveiledning"),
             ("1.4", "Samarbeid utdanning og arbeidsliv"), ("2.1", "Digital kompetanse"), ("2.2", "Kunnskapsgrunnlag"),
             ("2.3", "Yrkesfag"), ("2.4", "Klynger og næringsmiljø"), ("2.5", "Dokumentere kompetanse"),
             ("2.6", "Godkjenning"), ("3.1", "Fleksibel opplæring for voksne"), ("3.2", "Kompetansepluss"),
             ("3.3", "Arbeidsmarkedspolitikk"), ("3.4", "Innvandrere"), ("3.5", "NAVs opplæring"), ("3.6", "Frivillig sektor")]
    for i, (a, b) in enumerate(codes, start=2):
        ws2.cell(row=i, column=1, value=a)
        ws2.cell(row=i, column=2, value=b)
    ws2.sheet_state = "hidden"
    wb.active = 1
    wb.properties.creator = "NHO"
    wb.properties.modified = dt.datetime(2043, 1, 14, 10, 0)
    wb.save(out / name)
    FILES.append((name, "NHO", len(D.NHO),
                  "XLSX: cover sheet, activity sheet with title rows and header on row 4 from column B, delmål as numbers and text, hidden code sheet"))


# ---------------------------------------------------------------- Unio (scanned table)
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
    lines.append(cur)
    return lines


def unio(out: Path, name: str):
    W, H = 2480, 3508  # A4 at 300 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 40)
    fb = ImageFont.truetype(FONT_B, 40)
    ft = ImageFont.truetype(FONT_B, 56)
    d.text((200, 220), "Unio", font=ft, fill=0)
    d.text((200, 300), "Hovedorganisasjon for universitets- og høyskoleutdannede", font=f, fill=60)
    d.text((200, 480), "Rapportering til Kompetansepolitisk råd – 2042", font=ft, fill=0)
    d.text((200, 580), "Tiltak Unio og forbundene har gjennomført i 2042:", font=f, fill=0)
    cols = [("Delmål", 230), ("Tiltak", 760), ("Type", 320), ("Ansvar", 230), ("Samarbeid", 540)]
    x0, y = 200, 680
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rowsdata = [[h for h, _ in cols]] + [[r[2], r[5], r[4], r[6], r[7]] for r in D.UNIO]
    for ri, row in enumerate(rowsdata):
        fnt = fb if ri == 0 else f
        wrapped = [wrap(d, txt, fnt, w - 40) for txt, (_, w) in zip(row, cols)]
        h = max(len(x) for x in wrapped) * 52 + 40
        for ci, lines in enumerate(wrapped):
            for li, line in enumerate(lines):
                d.text((xs[ci] + 20, y + 20 + li * 52), line, font=fnt, fill=0)
        d.line([(x0, y), (xs[-1], y)], fill=90, width=3)
        y += h
    d.line([(x0, y), (xs[-1], y)], fill=90, width=3)
    for x in xs:
        d.line([(x, 680), (x, y)], fill=110, width=3)
    d.text((200, y + 120), "Oslo, 24. januar 2043", font=f, fill=0)
    d.text((200, y + 200), "Hanne Lie Bjørnstad", font=f, fill=0)
    d.text((200, y + 260), "seniorrådgiver", font=f, fill=40)
    for r in D.UNIO:
        truth(name, "Unio", r)
    rnd = random.Random(2042)
    img = img.rotate(-1.1, resample=Image.BICUBIC, fillcolor=245, expand=False)
    px = img.load()
    for _ in range(60000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice([0, 90, 170, 220])
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.point(lambda v: min(255, v + 8))
    img.save(out / name, "PDF", resolution=300.0)
    FILES.append((name, "Unio", len(D.UNIO),
                  "Scan: image-only PDF of a ruled table, tilted with speckle; delmål partly with comma"))


# ---------------------------------------------------------------- KS (docx -> odt)
def ks(tmp: Path, name: str):
    doc = Document()
    doc.add_heading("KS – innrapportering til Kompetansepolitisk råd 2042", 1)
    doc.add_paragraph("Kommunesektorens organisasjon. Saksbehandler: Tor Einar Haugland. Dato: 30.01.2043.")
    doc.add_paragraph(
        "Nedenfor følger KS' tiltak i 2042. For hvert tiltak er delmål, type og eventuelle samarbeidspartnere "
        "angitt i klammer etter teksten.")
    for i, r in enumerate(D.KS, start=1):
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        br = f"[{sdm} | {stype}" + (f" | Samarbeid: {par}]" if par else "]")
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{i}.\t")
        p.add_run(tiltak).bold = True
        p.add_run(f". {desc} {br}")
        truth(name, "KS", r)
    doc.add_paragraph("KS rapporterer i tillegg gjennom sin deltakelse i arbeidsgiverpolitiske fora; disse er ikke tatt med her.")
    props(doc, "KS", "KS innrapportering 2042", dt.datetime(2043, 1, 30, 15, 40))
    out = tmp / (Path(name).stem + ".docx")
    doc.save(out)
    FILES.append((name, "KS", len(D.KS),
                  "ODT: typed numbered paragraphs, bold title, description, then [dm x.y | type | Samarbeid: …]"))
    return out


# ---------------------------------------------------------------- YS (RTF letter)
def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def ys(out: Path, name: str):
    paras = [
        ("b", "Yrkesorganisasjonenes Sentralforbund (YS)"),
        ("", "Brugata 19, Oslo"),
        ("", ""),
        ("", "Sekretariatet for Kompetansepolitisk råd"),
        ("", "v/ Direktoratet for høyere utdanning og kompetanse"),
        ("", ""),
        ("", "Oslo, 22.01.2043"),
        ("", ""),
        ("b", "Innspill til rapporteringen for 2042"),
        ("", "Vi viser til brev fra sekretariatet av 2. desember 2042 med invitasjon til å rapportere på "
             "oppfølgingen av kompetansestrategien. YS har i 2042 særlig bidratt gjennom følgende:"),
    ]
    for r in D.YS:
        paras.append(("bullet", f"{r[5]} ({r[2]})"))
        truth(name, "YS", r)
    paras += [
        ("", "I tillegg har forbundene gjennomført en rekke kurs for egne medlemmer, som vi ikke har funnet "
             "grunn til å liste opp her."),
        ("", "Ta gjerne kontakt dersom sekretariatet trenger utfyllende opplysninger."),
        ("", ""),
        ("", "Med vennlig hilsen"),
        ("", "Kari Elisabeth Brun"),
        ("", "fagsjef, YS"),
    ]
    body = []
    for kind, txt in paras:
        t = rtf_escape(txt)
        if kind == "b":
            body.append(r"\pard\sa120\b " + t + r"\b0\par")
        elif kind == "bullet":
            body.append(r"\pard\fi-360\li720\sa60 \u8226?\tab " + t + r"\par")
        else:
            body.append(r"\pard\sa120 " + t + r"\par")
    doc = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
           r"{\info{\author YS}{\title Innspill KPR 2042}{\creatim\yr2043\mo1\dy22}}"
           "\n\\f0\\fs22\n" + "\n".join(body) + "\n}")
    (out / name).write_text(doc, encoding="ascii")
    FILES.append((name, "YS", len(D.YS),
                  "RTF letter: bullet list (typed bullet character) with delmål in brackets, no types, closing prose"))


# ---------------------------------------------------------------- Virke (form, two versions)
def virke(out: Path, name: str, rows, when, status, record=True):
    doc = Document()
    doc.add_heading("Skjema for rapportering av tiltak – Kompetansepolitisk råd", 1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for (a, b), row in zip([("Rapporterende organisasjon", "Virke"), ("Rapporteringsår", "2042"),
                            ("Utfylt av", "Jonas Wik Amundsen, Virke"), ("Versjon", status)], info.rows):
        cell_text(row.cells[0], a, bold=True)
        cell_text(row.cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph("Fyll ut én boks per tiltak. Kopier boksen ved behov.").runs[0].italic = True
    labels = ["Tiltakets navn", "Delmål (nr. og stikkord)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
              "Beskrivelse / status"]
    for i, r in enumerate(rows, start=1):
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        doc.add_paragraph().add_run(f"Tiltak {i}").bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for lab, val, row in zip(labels, [tiltak, sdm, stype, ans, par, desc], t.rows):
            cell_text(row.cells[0], lab, bold=True)
            shade(row.cells[0], "EDEDED")
            cell_text(row.cells[1], val)
            row.cells[0].width = Cm(5)
            row.cells[1].width = Cm(11)
        if record:
            truth(name, "Virke", r)
    doc.add_paragraph()
    doc.add_paragraph("Skjemaet sendes sekretariatet innen 1. februar.")
    props(doc, "Jonas Wik Amundsen", f"Virke rapportering 2042 ({status})", when)
    doc.save(out / name)
    if record:
        FILES.append((name, "Virke", len(rows),
                      "Filled-in form: particulars table, then one two-column label/value box per tiltak (revised version)"))
    else:
        FILES.append((name, "Virke", 0, "Older draft of the same form, superseded by the revised file: no truth rows"))


# ---------------------------------------------------------------- Akademikerne (slides -> pdf)
def akademikerne(out: Path, name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    W, H = 960, 540
    c = canvas.Canvas(str(out / name), pagesize=(W, H))
    c.setTitle("Akademikerne – rapportering KPR 2042")
    c.setAuthor("Akademikerne")

    def frame(num):
        c.setFillColorRGB(0.05, 0.2, 0.4)
        c.rect(0, H - 14, W, 14, fill=1, stroke=0)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 10)
        c.drawString(40, 20, "Akademikerne · Kompetansepolitisk råd · rapportering 2042")
        c.drawRightString(W - 40, 20, str(num))
        c.setFillColorRGB(0, 0, 0)

    frame(1)
    c.setFont("DVB", 34)
    c.drawString(60, 300, "Akademikernes tiltak 2042")
    c.setFont("DV", 18)
    c.drawString(60, 260, "Rapportering til Kompetansepolitisk råd")
    c.drawString(60, 232, "Februar 2043")
    c.showPage()
    frame(2)
    c.setFont("DVB", 26)
    c.drawString(60, 460, "Oversikt")
    c.setFont("DV", 18)
    yy = 410
    for r in D.AKADEMIKERNE:
        c.drawString(80, yy, "–  " + r[5])
        yy -= 34
    c.showPage()
    for n, r in enumerate(D.AKADEMIKERNE, start=3):
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        frame(n)
        size = 24
        while c.stringWidth(tiltak, "DVB", size) > W - 120:
            size -= 1
        c.setFont("DVB", size)
        c.drawString(60, 460, tiltak)
        c.setFillColorRGB(0.05, 0.2, 0.4)
        c.roundRect(60, 300, 300, 130, 8, fill=0, stroke=1)
        c.setFont("DV", 15)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(75, 400, sdm)
        c.drawString(75, 372, "Type: " + stype)
        c.drawString(75, 344, "Ansvar: " + ans)
        if par:
            c.drawString(75, 316, "Med: " + par)
        c.setFont("DV", 18)
        c.drawString(400, 400, "•")
        c.drawString(420, 400, desc[:52] if len(desc) <= 52 else desc[:desc.rfind(" ", 0, 52)])
        if len(desc) > 52:
            c.drawString(420, 374, desc[desc.rfind(" ", 0, 52) + 1:])
        c.showPage()
        truth(name, "Akademikerne", r)
    frame(len(D.AKADEMIKERNE) + 3)
    c.setFont("DVB", 30)
    c.drawString(60, 300, "Takk!")
    c.setFont("DV", 16)
    c.drawString(60, 262, "Spørsmål: post@akademikerne.no")
    c.showPage()
    c.save()
    FILES.append((name, "Akademikerne", len(D.AKADEMIKERNE),
                  "Slide deck as PDF: title, overview list, one slide per tiltak with a fact box and one bullet, thank-you slide"))


# ---------------------------------------------------------------- Spekter (memo docx -> doc)
def spekter(tmp: Path, name: str):
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("NOTAT").bold = True
    p.runs[0].font.size = Pt(20)
    meta = doc.add_table(rows=4, cols=2)
    for (a, b), row in zip([("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "Spekter, avdeling for kompetanse og rekruttering"),
                            ("Dato:", "29. januar 2043"), ("Sak:", "Spekters bidrag i 2042")], meta.rows):
        cell_text(row.cells[0], a, bold=True)
        cell_text(row.cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph(
        "Spekter organiserer virksomheter i helse, kultur, samferdsel og annen offentlig eid virksomhet. Vi har "
        "sortert årets bidrag etter hvilket mål i strategien de støtter.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Mål i strategien", "Tiltaket", "Hva ble gjort", "Sammen med"]):
        cell_text(c, h, bold=True)
    for r in D.SPEKTER:
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        c = t.add_row().cells
        for cell, v in zip(c, [sdm, tiltak, desc, par]):
            cell_text(cell, v)
        truth(name, "Spekter", r)
    doc.add_paragraph()
    doc.add_paragraph("Spekter stiller gjerne i rådets neste møte for å utdype punktene.")
    props(doc, "Spekter", "Notat KPR 2042", dt.datetime(2043, 1, 29, 11, 0))
    out = tmp / (Path(name).stem + ".docx")
    doc.save(out)
    FILES.append((name, "Spekter", len(D.SPEKTER),
                  "Memo saved as .doc: Til/Fra/Dato/Sak, table whose first column gives the strategy's goal in words, no types"))
    return out


# ---------------------------------------------------------------- VOFO (docx -> pdf)
def vofo(tmp: Path, name: str):
    doc = Document()
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Årsrapportering til Kompetansepolitisk råd for 2042")
    doc.add_paragraph(
        "VOFO er paraplyorganisasjon for studieforbundene. Tiltakene er merket med hovedinnsatsområde i romertall "
        "og delmål, slik at I.2 betyr delmål 2 under hovedinnsatsområde I.")
    for i, r in enumerate(D.VOFO, start=1):
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.add_run(f"{i})\t")
        p.add_run(tiltak).bold = True
        p.add_run(f" ({sdm}, {stype})")
        if par:
            p2 = doc.add_paragraph(f"Samarbeid: {par}.")
            p2.paragraph_format.left_indent = Cm(0.9)
        if desc:
            p3 = doc.add_paragraph(desc)
            p3.paragraph_format.left_indent = Cm(0.9)
        truth(name, "VOFO", r, ansvarlig="", partners=par)
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 31. januar 2043 – VOFO, generalsekretær")
    props(doc, "VOFO", "VOFO rapportering 2042", dt.datetime(2043, 1, 31, 8, 30))
    out = tmp / (Path(name).stem + ".docx")
    doc.save(out)
    FILES.append((name, "VOFO", len(D.VOFO),
                  "PDF from Word: numbered list '1)' with bold title, (roman delmål, type), 'Samarbeid:' line, description"))
    return out


# ---------------------------------------------------------------- UHR (two-row header)
def uhr(out: Path, name: str):
    doc = Document()
    doc.add_heading("Universitets- og høgskolerådet – tiltak 2042", 1)
    doc.add_paragraph("Oversendt sekretariatet for Kompetansepolitisk råd 25.01.2043.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); cell_text(a, "Delmål", bold=True)
    b = h0[1].merge(h0[2]); cell_text(b, "Tiltak", bold=True)
    c = h0[3].merge(h1[3]); cell_text(c, "Type", bold=True)
    d = h0[4].merge(h0[5]); cell_text(d, "Aktører", bold=True)
    for cell, txt in [(h1[1], "Navn"), (h1[2], "Omtale"), (h1[4], "Ansvarlig"), (h1[5], "Partnere")]:
        cell_text(cell, txt, bold=True)
    for r in D.UHR:
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        cells = t.add_row().cells
        for cell, v in zip(cells, [sdm, tiltak, desc, stype, ans, par]):
            cell_text(cell, v)
        truth(name, "UHR", r)
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: seniorrådgiver Marte Ødegård, UHR.")
    props(doc, "UHR", "UHR tiltak 2042", dt.datetime(2043, 1, 25, 12, 0))
    doc.save(out / name)
    FILES.append((name, "UHR", len(D.UHR),
                  "DOCX table with a two-row header: Tiltak over Navn/Omtale, Aktører over Ansvarlig/Partnere"))


# ---------------------------------------------------------------- Vestland (Nynorsk)
def vestland(out: Path, name: str):
    doc = Document()
    doc.add_heading("Vestland fylkeskommune", 1)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd for 2042 – Seksjon for kompetanse og næring")
    doc.add_paragraph(
        "Fylkeskommunen rapporterer her på tiltak der fylkeskommunen har hatt ei leiande eller aktiv rolle i 2042.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    for cc, h in zip(t.rows[0].cells, ["Tiltak", "Kva slags tiltak", "Ansvarleg", "Samarbeidspartnarar", "Delmål"]):
        cell_text(cc, h, bold=True)
    for area, rows in D.VESTLAND:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        cell_text(m, area, bold=True)
        for r in rows:
            mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
            c = t.add_row().cells
            cell_text(c[0], tiltak, bold=True)
            c[0].add_paragraph(desc)
            cell_text(c[1], stype)
            cell_text(c[2], ans)
            cell_text(c[3], par)
            cell_text(c[4], sdm)
            truth(name, "Vestland fylkeskommune", r)
    doc.add_paragraph()
    doc.add_paragraph("Leikanger, 28. januar 2043\nEinar Hovland Sæbø, fylkesdirektør")
    props(doc, "Vestland fylkeskommune", "Rapportering KPR 2042", dt.datetime(2043, 1, 28, 14, 0))
    doc.save(out / name)
    FILES.append((name, "Vestland fylkeskommune", sum(len(x[1]) for x in D.VESTLAND),
                  "Nynorsk DOCX table, columns Tiltak/Kva slags/Ansvarleg/Samarbeidspartnarar/Delmål, area rows, title + description in the tiltak cell"))


# ---------------------------------------------------------------- Troms (docx -> pdf)
def troms(tmp: Path, name: str):
    doc = Document()
    doc.add_heading("Troms fylkeskommune – rapport til Kompetansepolitisk råd, 2042", 1)
    doc.add_paragraph(
        "Fylkeskommunens arbeid er sortert etter tema i strategien. Alle tiltak er fylkeskommunens egne "
        "dersom ikke annet er nevnt.")
    n = 0
    for head, rows in D.TROMS:
        doc.add_heading(head, 2)
        for mid, dm, typ, tiltak, desc in rows:
            doc.add_paragraph(f"{tiltak}: {desc}", style="List Bullet")
            r = (mid, dm, "", typ, "", tiltak, "", "", desc)
            truth(name, "Troms fylkeskommune", r)
            n += 1
    doc.add_paragraph()
    doc.add_paragraph("Tromsø, 26.01.2043. Avdeling for utdanning og kompetanse.")
    props(doc, "Troms fylkeskommune", "Rapport KPR 2042", dt.datetime(2043, 1, 26, 9, 0))
    out = tmp / (Path(name).stem + ".docx")
    doc.save(out)
    FILES.append((name, "Troms fylkeskommune", n,
                  "PDF from Word: headings name the strategy's theme in words (no codes), bullets 'title: description', no types"))
    return out


# ---------------------------------------------------------------- not a report (docx -> pdf)
def fjellvik(tmp: Path, name: str):
    doc = Document()
    doc.add_heading("Kompetanseplan for Fjellvik kommune 2042–2045", 0)
    doc.add_paragraph("Vedtatt i kommunestyret 12.12.2042, sak 88/42")
    secs = [
        ("1 Innledning", None),
        ("1.1 Formål med planen", "Planen skal sikre at kommunen har ansatte med riktig kompetanse til å gi gode tjenester, også når innbyggertallet går ned og andelen eldre øker."),
        ("1.2 Sammenheng med andre planer", "Kompetanseplanen bygger på kommuneplanens samfunnsdel og arbeidsgiverstrategien. Den rulleres hvert fjerde år."),
        ("2 Status og utfordringer", None),
        ("2.1 Digital kompetanse", "Kartleggingen høsten 2042 viste at om lag en tredel av de ansatte i helse og omsorg ønsker mer opplæring i digitale verktøy."),
        ("2.2 Rekruttering", "Det er vanskelig å rekruttere sykepleiere og ingeniører. Kommunen tar inn fire lærlinger hvert år."),
        ("2.3 Lærlinger", "Lærlingene følges opp av en egen lærlingkoordinator i personalavdelingen."),
        ("3 Prioriteringer 2042–2045", None),
        ("3.1 Videreutdanning", "Kommunen setter av 1,2 millioner kroner årlig til videreutdanning for ansatte."),
        ("3.2 Grunnleggende ferdigheter", "Ansatte uten fagbrev skal få tilbud om opplæring i lesing, skriving og regning."),
        ("3.3 Lederutvikling", "Alle ledere gjennomfører et lederprogram over to år."),
    ]
    for h, txt in secs:
        doc.add_heading(h, 1 if txt is None else 2)
        if txt:
            doc.add_paragraph(txt)
    props(doc, "Fjellvik kommune", "Kompetanseplan 2042-2045", dt.datetime(2042, 12, 14, 10, 0))
    out = tmp / (Path(name).stem + ".docx")
    doc.save(out)
    FILES.append((name, "(none)", 0, "Not a member report: a municipality's competence plan with numbered section headings, PDF from Word"))
    return out


# ---------------------------------------------------------------- Sametinget (e-mail printed to PDF)
def sametinget(out: Path, name: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    st = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14, spaceAfter=7)
    sth = ParagraphStyle("h", fontName="DV", fontSize=9.5, leading=12)
    sti = ParagraphStyle("i", parent=st, leftIndent=18, firstLineIndent=-18)
    story = [Paragraph("<b>Fra:</b> Ánne Márjá Sara &lt;anne.marja.sara@samediggi.no&gt;", sth),
             Paragraph("<b>Sendt:</b> fredag 31. januar 2043 14:12", sth),
             Paragraph("<b>Til:</b> postmottak for Kompetansepolitisk råd", sth),
             Paragraph("<b>Emne:</b> SV: Rapportering 2042 – Sametingets bidrag", sth),
             Spacer(1, 14),
             Paragraph("Buorre beaivi,", st),
             Paragraph("Takk for påminnelsen. Sametinget deltar i rådet som observatør og har ikke levert på skjema "
                       "tidligere, men sender her en kort oversikt over det vi har gjort i 2042 som berører strategien:", st)]
    for letter, r in zip("abc", D.SAMETINGET):
        mid, dm, sdm, typ, stype, tiltak, ans, par, desc = r
        with_par = f" – i samarbeid med {par}" if par else ""
        story.append(Paragraph(f"{letter})&nbsp;&nbsp;{tiltak} ({sdm}){with_par}. {desc}", sti))
        truth(name, "Sametinget", r)
    story += [Paragraph("Vi kan gjerne fylle ut det ordinære skjemaet neste år dersom sekretariatet ønsker det.", st),
              Spacer(1, 8),
              Paragraph("Dearvvuođaiguin / Med hilsen<br/>Ánne Márjá Sara<br/>seniorrådgiver, opplæringsavdelingen<br/>Sámediggi – Sametinget", st)]
    doc = SimpleDocTemplate(str(out / name), pagesize=A4, title="SV: Rapportering 2042 – Sametingets bidrag",
                            author="Sametinget", leftMargin=60, rightMargin=60, topMargin=50)
    doc.build(story)
    FILES.append((name, "Sametinget (observer)", len(D.SAMETINGET),
                  "E-mail printed to PDF: mail header, lettered items in running text with delmål in brackets and partners after a dash"))


def soffice(fmt: str, files: list[Path], outdir: Path, profile: Path):
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
           "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


FIELDS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]


def readme(out: Path):
    by_id: dict[str, list[dict]] = {}
    for t in TRUTH:
        by_id.setdefault(t["seed_row"], []).append(t)
    shared = {k: v for k, v in by_id.items() if len({x["member"] for x in v}) > 1}
    lines = [
        "# Held-out round 21 (reporting year 2042)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
        "earlier held-out round; the program was never run on these files.**",
        "",
        "Rebuild (from the repository root, with the project's venv):",
        "",
        "    .venv/bin/python -m samples.holdout22_generator --out samples/holdout22",
        "",
        f"Counts: {len(FILES)} files, {len(TRUTH)} truth rows, {len(by_id)} distinct measures, "
        f"{len(shared)} measures reported by two or more members. One file is not a member report and one file "
        "is an older version superseded by a revised one; neither has truth rows.",
        "",
        "| File | Member | Rows | Shape |",
        "|---|---|---|---|",
    ]
    for f, m, n, s in sorted(FILES):
        lines.append(f"| {f} | {m} | {n} | {s.replace('|', chr(92) + '|')} |")
    lines += ["", "## Measures reported by several members", ""]
    for k in sorted(shared):
        lines.append(f"- **{k}** (delmål {shared[k][0]['delmal']}, {shared[k][0]['type']})")
        for x in shared[k]:
            lines.append(f"  - {x['member']}: «{x['tiltak']}»")
    lines += ["", "Look-alikes kept apart on purpose (own measures): a member's training of its own council "
              "representatives, a dialogue meeting with them, a note on a council's report, a survey of the councils, "
              "a regional version of a national programme or conference, and a programme extended to another sector.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="samples/holdout22")
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    TRUTH.clear()
    FILES.clear()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        to_pdf = [regjeringen(tmp, "Regjeringen_KD_rapportering_KPR_2042.pdf")]
        lo(out, "LO_kompetansepolitisk_rapport_2042.docx")
        nho(out, "NHO_aktiviteter_2042.xlsx")
        unio(out, "Unio_rapport_2042_skann.pdf")
        to_odt = [ks(tmp, "KS_innrapportering_2042.odt")]
        ys(out, "YS_brev_til_sekretariatet_2042.rtf")
        virke(out, "Virke_rapport_2042.docx", D.VIRKE_OLD, dt.datetime(2043, 1, 15, 16, 20), "Utkast 15.01.2043", record=False)
        virke(out, "Virke_rapport_2042_revidert.docx", D.VIRKE, dt.datetime(2043, 2, 2, 9, 45), "Revidert 02.02.2043")
        akademikerne(out, "Akademikerne_presentasjon_KPR_2042.pdf")
        to_doc = [spekter(tmp, "Spekter_notat_2042.doc")]
        to_pdf.append(vofo(tmp, "VOFO_rapportering_2042.pdf"))
        uhr(out, "UHR_tiltak_2042.docx")
        sametinget(out, "Sametinget_epost_rapportering_2042.pdf")
        vestland(out, "Vestland_fylkeskommune_rapportering_2042.docx")
        to_pdf.append(troms(tmp, "Troms_fylkeskommune_2042.pdf"))
        to_pdf.append(fjellvik(tmp, "Fjellvik_kommune_kompetanseplan_2042-2045.pdf"))
        prof = tmp / "lo_profile"
        soffice("pdf", to_pdf, out, prof)
        soffice("odt", to_odt, out, prof)
        soffice("doc", to_doc, out, prof)
    for f, *_ in FILES:
        assert (out / f).exists(), f
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(TRUTH)
    readme(out)
    print(f"{len(FILES)} files, {len(TRUTH)} truth rows -> {out}")


if __name__ == "__main__":
    main()
