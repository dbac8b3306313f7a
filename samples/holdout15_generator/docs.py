"""One builder per report. Word sources are returned for LibreOffice export."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import data as D

AREAS = {
    1: "Gode valg for den enkelte og for samfunnet",
    2: "Læring i arbeidslivet",
    3: "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


# ----------------------------------------------------------------- helpers
def _doc(author: str, created: dt.datetime, title: str = "") -> Document:
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.title = title
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def _para(d, text="", bold=False, italic=False, size=None, align=None, style=None):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def _shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _widths(t, widths):
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


# ------------------------------------------------------------ Regjeringen
def build_regjeringen(path: Path) -> Path:
    d = _doc("Kunnskapsdepartementet", dt.datetime(2036, 2, 6, 9, 30),
             "Regjeringens rapportering 2035")
    d.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2035", 0)
    _para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi – Kunnskapsdepartementet, "
             "februar 2036", italic=True)
    d.add_heading("Innledning", 1)
    _para(d, "Regjeringen rapporterer her på de tiltakene departementene har hatt ansvar for, "
             "eller har deltatt i, i løpet av 2035. Rapporten er utarbeidet av Kunnskapsdepartementet "
             "med bidrag fra Arbeids- og inkluderingsdepartementet, Digitaliseringsdepartementet og "
             "Helse- og omsorgsdepartementet.")
    _para(d, "Året har vært preget av et stramt arbeidsmarked og stor etterspørsel etter fagarbeidere "
             "og helsepersonell. Samtidig har omstillingen i energi- og industrinæringene økt behovet for "
             "at voksne i arbeid får oppdatert kompetansen sin uten å måtte gå ut av jobben. Regjeringen "
             "har derfor prioritert fleksible tilbud og tett samarbeid med partene i arbeidslivet.")
    _para(d, "Tiltakene er ordnet etter strategiens tre innsatsområder. Under hvert tiltak står "
             "hvilket delmål det først og fremst følger opp, hvem som har ansvaret og hvem det er "
             "samarbeidet med.")
    for area in (1, 2, 3):
        d.add_heading(f"Innsatsområde {area}: {AREAS[area]}", 1)
        intro = {
            1: "Innenfor dette innsatsområdet har arbeidet særlig dreid seg om bedre kunnskap om "
               "framtidige kompetansebehov og om karriereveiledning for voksne.",
            2: "Læring i arbeidslivet er det området der flest av regjeringens tiltak ligger. "
               "Flere av dem gjennomføres sammen med partene.",
            3: "For voksne med svak tilknytning til arbeidslivet har regjeringen videreført "
               "ordningene som kombinerer opplæring med arbeid.",
        }[area]
        _para(d, intro)
        for r in [r for r in D.REGJERINGEN if r["hints"].get("area") == area]:
            d.add_heading(r["tiltak"], 2)
            _para(d, r["beskrivelse"])
            meta = f"Delmål {r['delmal']}. Ansvarlig: {r['ansvarlig']}."
            if r["samarbeidspartnere"]:
                meta += f" Samarbeid: {r['samarbeidspartnere']}."
            if r["hints"].get("typ"):
                meta += f" Type tiltak: {r['hints']['typ']}."
            _para(d, meta, italic=True, size=9)
    d.add_heading("Vurdering og videre arbeid", 1)
    _para(d, "Rapporteringen viser at samarbeidet med partene og fylkeskommunene er godt etablert. "
             "Regjeringen vil i 2036 legge vekt på å gjøre tilbudene bedre kjent blant små "
             "virksomheter, som fortsatt bruker ordningene i mindre grad enn store.")
    _para(d, "Departementet vil også vurdere om rapporteringen til rådet kan forenkles, for eksempel "
             "ved at medlemmene rapporterer i et felles skjema.")
    d.save(path)
    return path


# ---------------------------------------------------------------------- LO
def build_lo(path: Path) -> Path:
    d = _doc("LO", dt.datetime(2036, 1, 29, 14, 0), "Rapportering 2035")
    _para(d, "Landsorganisasjonen i Norge", bold=True, size=14)
    _para(d, "Youngs gate 11, 0181 Oslo", size=9)
    _para(d)
    _para(d, "Sekretariatet for Kompetansepolitisk råd\nKunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo")
    _para(d, "Vår ref.: 2036/0142-3\t\tDato: 29. januar 2036", align="right", size=9)
    _para(d)
    _para(d, "LOs rapportering for 2035 – Nasjonal kompetansepolitisk strategi", bold=True, size=12)
    _para(d, "Vi viser til brev fra sekretariatet med frist for rapportering 1. februar. LO har i 2035 "
             "arbeidet med oppfølgingen av strategien både gjennom våre plasser i ulike råd og utvalg "
             "og gjennom egne tiltak i forbundene. Nedenfor følger en oversikt over det vi vil "
             "rapportere. Vi har markert delmål og type tiltak i parentes.")
    for r in D.LO:
        h = r["hints"]
        p = d.add_paragraph(style="List Number")
        t = p.add_run(r["tiltak"])
        t.bold = True
        meta = [h["dm"]]
        if h.get("typ"):
            meta.append(h["typ"])
        if r["samarbeidspartnere"]:
            meta.append("sammen med " + r["samarbeidspartnere"])
        p.add_run(f" – {r['beskrivelse']} ({', '.join(meta)}).")
    _para(d, "LO vil understreke at tiltakene i stor grad er avhengige av at ordningene "
             "for etter- og videreutdanning videreføres med god finansiering. Vi stiller gjerne "
             "opp for å utdype rapporteringen i rådets neste møte.")
    _para(d)
    _para(d, "Med vennlig hilsen")
    _para(d, "Landsorganisasjonen i Norge")
    _para(d)
    _para(d, "Kari Nordvik\nrådgiver, Avdeling for samfunnspolitikk")
    d.save(path)
    return path


# --------------------------------------------------------------------- NHO
def build_nho(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    g = wb.active
    g.title = "Veiledning"
    for i, line in enumerate([
        "Slik fyller du ut rapporteringen",
        "",
        "Før opp ett tiltak per rad i arket «Rapportering 2035».",
        "Velg strategiens mål (delmål) og kategori fra nedtrekkslistene.",
        "Feltene «Hvem står bak» og «Med hvem» fylles ut med organisasjonsnavn.",
        "Arket sendes sekretariatet innen 1. februar 2036.",
    ], start=1):
        g.cell(row=i, column=1, value=line)
    g["A1"].font = Font(bold=True, size=13)
    g.column_dimensions["A"].width = 80

    ws = wb.create_sheet("Rapportering 2035")
    ws["A1"] = "NHO – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi, 2035"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Kontakt: kompetanseavdelingen, NHO"
    # two-row header, odd order
    ws["A4"] = "Nr"
    ws["B4"] = "Tiltaket"
    ws.merge_cells("B4:C4")
    ws["D4"] = "Plassering i strategien"
    ws.merge_cells("D4:E4")
    ws["F4"] = "Aktører"
    ws.merge_cells("F4:G4")
    ws.merge_cells("A4:A5")
    sub = {"B5": "Hva vi gjorde i 2035", "C5": "Nærmere om aktiviteten", "D5": "Kategori",
           "E5": "Strategiens mål", "F5": "Hvem står bak", "G5": "Med hvem"}
    for k, v in sub.items():
        ws[k] = v
    fill = PatternFill("solid", fgColor="1F4E78")
    for rr in (4, 5):
        for c in range(1, 8):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, r in enumerate(D.NHO, start=1):
        rr = 5 + i
        ws.cell(row=rr, column=1, value=i)
        ws.cell(row=rr, column=2, value=r["tiltak"])
        ws.cell(row=rr, column=3, value=r["beskrivelse"] or None)
        ws.cell(row=rr, column=4, value=r["hints"].get("typ") or None)
        c = ws.cell(row=rr, column=5, value=r["delmal"])
        c.number_format = "0.0"
        ws.cell(row=rr, column=6, value=r["ansvarlig"])
        ws.cell(row=rr, column=7, value=r["samarbeidspartnere"] or None)
        for cc in range(1, 8):
            ws.cell(row=rr, column=cc).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFG", (5, 40, 60, 20, 12, 18, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B6"

    lists = wb.create_sheet("Lister")
    for i, code in enumerate(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
                              "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"], start=1):
        lists.cell(row=i, column=1, value=float(code))
    for i, k in enumerate(["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
                           "Informasjon", "Arrangement"], start=1):
        lists.cell(row=i, column=2, value=k)
    lists.sheet_state = "hidden"
    dv1 = DataValidation(type="list", formula1="=Lister!$A$1:$A$16", allow_blank=True)
    dv2 = DataValidation(type="list", formula1="=Lister!$B$1:$B$6", allow_blank=True)
    ws.add_data_validation(dv1)
    ws.add_data_validation(dv2)
    dv1.add("E6:E40")
    dv2.add("D6:D40")
    wb.active = 1
    wb.properties.creator = "NHO"
    wb.properties.created = dt.datetime(2036, 1, 31, 10, 0)
    wb.save(path)


# -------------------------------------------------------------------- Unio
def _wrap(text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if font.getlength(t) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def build_unio(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(15)
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    fdir = "/usr/share/fonts/truetype/dejavu/"
    f = ImageFont.truetype(fdir + "DejaVuSerif.ttf", 26)
    fb = ImageFont.truetype(fdir + "DejaVuSerif-Bold.ttf", 25)
    ft = ImageFont.truetype(fdir + "DejaVuSerif-Bold.ttf", 38)
    y = 150
    dr.text((110, y), "Unio", font=ft, fill=20)
    y += 70
    dr.text((110, y), "Rapportering til Kompetansepolitisk råd – tiltak 2035", font=fb, fill=20)
    y += 50
    dr.text((110, y), "Oversendt sekretariatet 3. februar 2036", font=f, fill=40)
    y += 90
    cols = [("Delmål", 120), ("Tiltak", 470), ("Type", 175), ("Ansvarlig", 320),
            ("Samarbeidspartnere", 345)]
    x0 = 100
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    line_h = 36
    top = y
    dr.line((xs[0], y, xs[-1], y), fill=60, width=2)
    for (name, w), x in zip(cols, xs):
        dr.text((x + 10, y + 12), name, font=fb, fill=20)
    y += line_h + 24
    dr.line((xs[0], y, xs[-1], y), fill=60, width=2)
    for r in D.UNIO:
        cells = [r["hints"]["dm"], r["tiltak"], r["hints"]["typ"], r["ansvarlig"],
                 r["samarbeidspartnere"]]
        wrapped = [_wrap(c, f, w - 20) for c, (_, w) in zip(cells, cols)]
        hgt = max(len(wl) for wl in wrapped) * line_h + 24
        for wl, x in zip(wrapped, xs):
            for i, ln in enumerate(wl):
                dr.text((x + 10, y + 12 + i * line_h), ln, font=f, fill=25)
        y += hgt
        dr.line((xs[0], y, xs[-1], y), fill=90, width=1)
    for x in xs:
        dr.line((x, top, x, y), fill=90, width=1)
    y += 90
    dr.text((110, y), "Med hilsen", font=f, fill=30)
    dr.text((110, y + 45), "Unio – sekretariatet", font=f, fill=30)
    dr.text((W - 260, H - 120), "Side 1 av 1", font=f, fill=60)
    # scan artefacts: tilt, speckle, soft blur, uneven grey
    img = img.rotate(-0.8, resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((30, 90, 140, 200))
    for yy in range(0, H, 3):
        v = rnd.randint(-4, 4)
        for x in range(0, 20):
            px[x, yy] = max(0, min(255, 200 + v))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.save(path, "PDF", resolution=200.0)


# ---------------------------------------------------------------------- KS
def build_ks(path: Path, revised: bool) -> None:
    when = dt.datetime(2036, 2, 10, 15, 5) if revised else dt.datetime(2036, 1, 20, 11, 40)
    d = _doc("KS", when, "KS rapportering 2035")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("KS – rapportering til Kompetansepolitisk råd 2035", 1)
    if revised:
        _para(d, "Revidert versjon 10. februar 2036. Erstatter versjonen sendt 20. januar.",
              italic=True)
    else:
        _para(d, "UTKAST 20. januar 2036", bold=True)
    _para(d, "KS rapporterer på tiltak der KS har ansvar eller deltar sammen med andre. "
             "Delmålene er angitt med stikkord.")
    rows = list(D.KS)
    if not revised:
        rows = [dict(r) for r in rows if r["seed_row"] != "M38"]
        for r in rows:
            if r["seed_row"] == "M07":
                r["tiltak"] = "Forskningsprosjekt om verdien av etter- og videreutdanning"
                r["beskrivelse"] = ""
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Delmål (stikkord)", "Tiltak", "Type", "Ansvar", "Samarbeid med"]
    for c, h in zip(t.rows[0].cells, hdr):
        _cell_text(c, h, bold=True)
        _shade(c, "BDD7EE")
    _repeat_header(t.rows[0])
    for area in (1, 2, 3):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        _cell_text(m, f"Innsatsområde {area} – {AREAS[area]}", bold=True)
        _shade(m, "EDEDED")
        for r in [r for r in rows if r["hints"]["area"] == area]:
            c = t.add_row().cells
            _cell_text(c[0], r["hints"]["dm"])
            _cell_text(c[1], r["tiltak"], bold=True)
            if r["beskrivelse"]:
                c[1].add_paragraph(r["beskrivelse"])
            _cell_text(c[2], r["hints"].get("typ", ""))
            _cell_text(c[3], r["ansvarlig"])
            _cell_text(c[4], r["samarbeidspartnere"])
    _widths(t, (Cm(5), Cm(9), Cm(3.2), Cm(2.8), Cm(5)))
    _para(d)
    _para(d, "Kontaktperson: Ingrid Solberg, KS Arbeidsgiverpolitikk", size=9)
    d.save(path)


# ---------------------------------------------------------------------- YS
def build_ys(path: Path) -> Path:
    d = _doc("YS", dt.datetime(2036, 1, 27, 8, 15), "Notat")
    _para(d, "NOTAT", bold=True, size=16)
    for k, v in [("Til:", "Sekretariatet for Kompetansepolitisk råd"),
                 ("Fra:", "YS, avdeling for arbeidsliv og kompetanse"),
                 ("Dato:", "27.01.2036"),
                 ("Sak:", "YS' tiltak i 2035 – Nasjonal kompetansepolitisk strategi")]:
        p = d.add_paragraph()
        a = p.add_run(k + "\t")
        a.bold = True
        p.add_run(v)
    _para(d, "_" * 60)
    _para(d, "YS har i 2035 fulgt opp strategien på disse områdene:")
    for r in D.YS:
        h = r["hints"]
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.add_run("–\t")
        b = p.add_run(r["tiltak"] + ":")
        b.bold = True
        meta = h["dm"] + (", " + h["typ"] if h.get("typ") else "")
        p.add_run(f" {r['beskrivelse']} ({meta})")
    _para(d, "YS deltar gjerne i videre drøftinger av hvordan rapporteringen kan gjøres enklere.")
    _para(d, "Hilsen YS")
    d.save(path)
    return path


# ------------------------------------------------------------------- Virke
def build_virke(path: Path) -> None:
    from reportlab.lib.colors import HexColor, white
    from reportlab.pdfgen import canvas

    W, H = 960, 540
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle("Virke – rapportering KPR 2035")
    c.setAuthor("Virke")
    green = HexColor("#00594C")
    page = [0]

    def footer():
        page[0] += 1
        c.setFont("Helvetica", 10)
        c.setFillColor(HexColor("#777777"))
        c.drawString(40, 20, "Virke  |  Kompetansepolitisk råd 2035")
        c.drawRightString(W - 40, 20, str(page[0]))

    c.setFillColor(green)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 38)
    c.drawString(60, 300, "Virkes rapportering til")
    c.drawString(60, 255, "Kompetansepolitisk råd 2035")
    c.setFont("Helvetica", 20)
    c.drawString(60, 200, "Oppfølging av Nasjonal kompetansepolitisk strategi")
    footer()
    c.showPage()
    for r in D.VIRKE:
        h = r["hints"]
        c.setFillColor(green)
        c.rect(0, H - 18, W, 18, fill=1, stroke=0)
        c.setFont("Helvetica", 12)
        c.setFillColor(HexColor("#555555"))
        c.drawString(60, H - 50, "Tiltak 2035")
        c.setFont("Helvetica-Bold", 30)
        c.setFillColor(green)
        c.drawString(60, H - 100, r["tiltak"])
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 20)
        y = H - 170
        bullets = [("Mål i strategien", h["dm"]), ("Form", h["typ"]), ("Ansvar", r["ansvarlig"])]
        if r["samarbeidspartnere"]:
            bullets.append(("Partnere", r["samarbeidspartnere"]))
        for k, v in bullets:
            c.drawString(80, y, "•")
            c.setFont("Helvetica-Bold", 20)
            c.drawString(105, y, k + ":")
            wk = c.stringWidth(k + ": ", "Helvetica-Bold", 20)
            c.setFont("Helvetica", 20)
            c.drawString(105 + wk, y, v)
            y -= 44
        footer()
        c.showPage()
    c.setFont("Helvetica-Bold", 30)
    c.setFillColor(green)
    c.drawString(60, H - 100, "Veien videre")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica", 20)
    y = H - 170
    for b in ["Flere små virksomheter må få tilgang til relevante kurs",
              "Virke ønsker en enklere felles rapportering i rådet",
              "Spørsmål: kompetanse@virke.no"]:
        c.drawString(80, y, "•")
        c.drawString(105, y, b)
        y -= 44
    footer()
    c.showPage()
    c.save()


# ------------------------------------------------------------- Akademikerne
def build_akademikerne(path: Path) -> Path:
    d = _doc("Akademikerne", dt.datetime(2036, 1, 30, 13, 0), "Rapporteringsskjema")
    _para(d, "RAPPORTERINGSSKJEMA – KOMPETANSEPOLITISK RÅD", bold=True, size=13)
    _para(d, "Rådsmedlem: Akademikerne        Rapporteringsår: 2035")
    _para(d, "Fyll ut én tabell per tiltak. Bruk flere tabeller ved behov.", italic=True, size=9)
    labels = ["Navn på tiltaket", "Kort beskrivelse", "Delmål i strategien (nr.)", "Type tiltak",
              "Ansvarlig", "Samarbeidspartnere"]
    for i, r in enumerate(D.AKADEMIKERNE, start=1):
        _para(d, f"Tiltak {i}", bold=True)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [r["tiltak"], r["beskrivelse"], r["hints"]["dm"], r["hints"]["typ"],
                r["ansvarlig"], r["samarbeidspartnere"]]
        for row, lab, v in zip(t.rows, labels, vals):
            _cell_text(row.cells[0], lab, bold=True, size=10)
            _shade(row.cells[0], "F2F2F2")
            _cell_text(row.cells[1], v)
        _widths(t, (Cm(5), Cm(11)))
        _para(d)
    _para(d, "Skjemaet sendes til sekretariatet for Kompetansepolitisk råd.", italic=True, size=9)
    d.save(path)
    return path


# ------------------------------------------------------------------ Spekter
def build_spekter(path: Path) -> Path:
    d = _doc("Spekter", dt.datetime(2036, 2, 2, 12, 0), "Spekter tiltak 2035")
    d.add_heading("Spekters tiltak 2035", 1)
    _para(d, "Rapportering til Kompetansepolitisk råd. Spekter organiserer virksomheter i "
             "helse, kultur, samferdsel og annen offentlig eid virksomhet.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak og beskrivelse", "Delmål / kategori", "Ansvar",
                                      "Partnere"]):
        _cell_text(c, h, bold=True)
        _shade(c, "C6E0B4")
    for r in D.SPEKTER:
        c = t.add_row().cells
        _cell_text(c[0], r["tiltak"], bold=True)
        if r["beskrivelse"]:
            c[0].add_paragraph(r["beskrivelse"])
        _cell_text(c[1], f"{r['hints']['dm']} / {r['hints']['typ']}")
        _cell_text(c[2], r["ansvarlig"])
        _cell_text(c[3], r["samarbeidspartnere"])
    _widths(t, (Cm(5.3), Cm(4.3), Cm(2.1), Cm(4.8)))
    _para(d)
    _para(d, "Oslo, 2. februar 2036 – Spekter, avdeling for kompetanse og arbeidsliv", size=9)
    d.save(path)
    return path


# --------------------------------------------------------------------- VOFO
def build_vofo(path: Path) -> None:
    d = _doc("VOFO", dt.datetime(2036, 1, 31, 16, 20), "VOFO rapportering 2035")
    d.add_heading("Voksenopplæringsforbundet (VOFO) – rapportering for 2035", 1)
    _para(d, "Studieforbundene og VOFO har også i 2035 bidratt til å nå målene i strategien, "
             "særlig for voksne som har lite formell utdanning. Tiltakene er sortert etter "
             "hvilket mål i strategien de hører til.")
    heads = []
    for r in D.VOFO:
        if r["hints"]["head"] not in heads:
            heads.append(r["hints"]["head"])
    for h in heads:
        d.add_heading(h, 2)
        for r in [r for r in D.VOFO if r["hints"]["head"] == h]:
            p = d.add_paragraph(style="List Bullet")
            b = p.add_run(r["tiltak"])
            b.bold = True
            p.add_run(" – " + r["beskrivelse"])
    _para(d)
    _para(d, "VOFO, 31. januar 2036")
    d.save(path)


# ---------------------------------------------------------------------- UHR
def build_uhr(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="UHR rapport KPR 2035",
                            author="Universitets- og høgskolerådet",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm)
    story = [Paragraph("Universitets- og høgskolerådet (UHR)", ss["Title"]),
             Paragraph("Rapportering til Kompetansepolitisk råd for 2035", ss["Heading2"])]
    for txt in [
        "UHR er medlem av Kompetansepolitisk råd og rapporterer på vegne av universitetene og "
        "høyskolene. Rapporten omfatter tiltak som UHR har ansvar for, og tiltak institusjonene "
        "gjennomfører i fellesskap, koordinert gjennom UHR.",
        "Universitetene og høyskolene har i 2035 tatt imot flere voksne studenter i "
        "videreutdanning enn noen gang tidligere. Etterspørselen er størst innenfor helse, "
        "teknologi og lærerutdanning. Samtidig melder institusjonene at finansieringen av "
        "korte, fleksible emner fortsatt er en utfordring, og at samarbeidet med arbeidslivet "
        "om innhold og organisering må videreutvikles.",
        "Rådet ba i 2034 om at medlemmene i større grad beskriver hva tiltakene har ført til. "
        "UHR har derfor bedt institusjonene om å oppgi resultater der det finnes. For flere av "
        "tiltakene er arbeidet flerårig, og resultatene vil først kunne måles i 2036 eller senere.",
        "UHR vil i 2036 prioritere arbeidet med fleksible videreutdanninger og med en mer enhetlig "
        "praksis for vurdering av realkompetanse, slik at voksne med erfaring fra arbeidslivet "
        "møter de samme kravene uansett hvilken institusjon de søker seg til.",
        "Tabellen under viser tiltakene, med beskrivelse, hvilket delmål de følger opp, "
        "kategori, hvem som har ansvaret og hvem det samarbeides med.",
    ]:
        story += [Paragraph(txt, body), Spacer(1, 6)]
    story.append(Spacer(1, 90))
    small = ss["BodyText"].clone("small", fontSize=10.5, leading=13)
    bold = small.clone("smallb", fontName="Helvetica-Bold")
    hdr = ["Aktivitet", "Beskrivelse", "Delmål", "Kategori", "Ansvar", "Samarbeid"]
    rows = [[Paragraph(h, bold) for h in hdr]]
    for r in D.UHR:
        rows.append([Paragraph(r["tiltak"], bold), Paragraph(r["beskrivelse"], small),
                     Paragraph(r["hints"]["dm"], small), Paragraph(r["hints"]["typ"], small),
                     Paragraph(r["ansvarlig"], small), Paragraph(r["samarbeidspartnere"], small)])
    t = Table(rows, colWidths=[5.5 * cm, 8.5 * cm, 2.2 * cm, 2.4 * cm, 2.8 * cm, 4.2 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(t)
    story += [Spacer(1, 12), Paragraph("Oslo, februar 2036 – UHR", small)]

    def page(canv, _doc):
        canv.setFont("Helvetica", 8)
        canv.drawRightString(landscape(A4)[0] - 2 * cm, 1.2 * cm, f"Side {canv.getPageNumber()}")

    doc.build(story, onFirstPage=page, onLaterPages=page)


# ----------------------------------------------------------------- Vestland
def build_vestland(path: Path) -> None:
    d = _doc("Vestland fylkeskommune", dt.datetime(2036, 1, 28, 10, 0), "Rapportering 2035")
    d.add_heading("Rapportering til Kompetansepolitisk råd for 2035", 1)
    _para(d, "Vestland fylkeskommune", bold=True)
    _para(d, "Fylkeskommunen har det regionale ansvaret for kompetansepolitikken og rapporterer "
             "her dei tiltaka vi har arbeidd med i 2035. For kvart tiltak står delmål, type, "
             "ansvarleg og partnarar i ei eiga linje under skildringa.")
    for i, r in enumerate(D.VESTLAND, start=1):
        h = r["hints"]
        d.add_heading(f"Tiltak {i}: {r['tiltak']}", 2)
        _para(d, r["beskrivelse"])
        fields = [f"Delmål {h['dm']}", h["typ"].capitalize(), f"Ansvarleg: {r['ansvarlig']}"]
        if r["samarbeidspartnere"]:
            fields.append(f"Partnarar: {r['samarbeidspartnere']}")
        p = _para(d, "  ·  ".join(fields), size=9)
        p.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    _para(d)
    _para(d, "Bergen, 28. januar 2036")
    _para(d, "Avdeling for strategi og næring, Vestland fylkeskommune")
    d.save(path)


# ---------------------------------------------------------------- Innlandet
def build_innlandet(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2035"
    ws["B1"] = "Innlandet fylkeskommune – rapportering til Kompetansepolitisk råd"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "Rapporteringsår: 2035"
    hdr = ["Delmål", "Tiltak (kort)", "Beskrivelse", "Tiltakstype", "Ansvarlig", "Partnere"]
    thin = Side(style="thin", color="999999")
    for j, h in enumerate(hdr, start=2):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.border = Border(bottom=thin)
    for i, r in enumerate(D.INNLANDET, start=5):
        vals = [r["delmal"], r["tiltak"], r["beskrivelse"] or None, r["hints"].get("typ") or None,
                r["ansvarlig"], r["samarbeidspartnere"] or None]
        for j, v in enumerate(vals, start=2):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=i, column=2).number_format = "0.0"
    for col, w in zip("ABCDEFG", (3, 9, 42, 55, 14, 24, 34)):
        ws.column_dimensions[col].width = w
    n = wb.create_sheet("Kommentarer")
    n["A1"] = "Kommentarer"
    n["A1"].font = Font(bold=True)
    n["A2"] = ("Tiltakene er hentet fra handlingsprogrammet for kompetanse. Tallene for deltakere "
               "blir oppdatert når årsrapporten for 2035 er vedtatt i fylkestinget.")
    n.column_dimensions["A"].width = 100
    wb.properties.creator = "Innlandet fylkeskommune"
    wb.properties.created = dt.datetime(2036, 2, 4, 9, 0)
    wb.save(path)


# ------------------------------------------------------ not a member report
def build_program(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Program – Lære hele livet 2035")
    st = [Paragraph("Lære hele livet-konferansen 2035", ss["Title"]),
          Paragraph("Program – Trondheim, 14.–15. oktober 2035", ss["Heading2"]),
          Paragraph("Arrangører: Kunnskapsdepartementet, HK-dir, NHO og VOFO", ss["BodyText"]),
          Spacer(1, 12)]
    days = [
        ("Dag 1 – tirsdag 14. oktober", [
            ("1.1", "09.30", "Åpning ved kunnskapsministeren"),
            ("1.2", "10.00", "Kompetansebehov i det grønne skiftet – hovedfunn fra KBU"),
            ("1.3", "11.00", "Panel: Hvordan får små bedrifter tid til læring?"),
            ("1.4", "13.00", "Parallellsesjoner: bransjeprogrammene, fagbrev på jobb, læring i frivillig sektor"),
        ]),
        ("Dag 2 – onsdag 15. oktober", [
            ("2.1", "09.00", "Hva er verdien av etter- og videreutdanning? Ny forskning"),
            ("2.2", "10.30", "Norsk på arbeidsplassen – erfaringer fra virksomhetene"),
            ("2.3", "12.00", "Oppsummering og avslutning"),
        ]),
    ]
    for day, items in days:
        st.append(Paragraph(day, ss["Heading3"]))
        for num, time, text in items:
            st.append(Paragraph(f"<b>{num}</b>&nbsp;&nbsp;{time}&nbsp;&nbsp;{text}", ss["BodyText"]))
        st.append(Spacer(1, 8))
    st.append(Paragraph("Påmelding innen 1. september på laerehelelivet.no. Konferansen er gratis.",
                        ss["Italic"]))
    doc.build(st)
