"""Builders for each report of the 2029 held-out round."""
import copy
import datetime as dt
import random
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
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _dates(doc, created, author="", title="", modified=None):
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    doc.core_properties.comments = ""
    doc.core_properties.title = title
    doc.core_properties.created = created
    doc.core_properties.modified = modified or created


# ---------------------------------------------------------------------------------------------
def regjeringen(out: Path, tmp: Path):
    """Long prose report; each tiltak is a run-in heading, a paragraph, and a meta line."""
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Kunnskapsdepartementet").bold = True
    doc.add_paragraph("På vegne av regjeringen   |   Vår ref. 29/4417   |   Dato: 21. januar 2030")
    doc.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi i 2029", level=0)
    doc.add_heading("Innledning", level=1)
    for t in [
        "Denne rapporten beskriver hva departementene har gjort i 2029 for å følge opp delmålene i strategien. "
        "Den er utarbeidet av Kunnskapsdepartementet med bidrag fra Arbeids- og inkluderingsdepartementet og "
        "Kommunal- og distriktsdepartementet.",
        "Året var preget av et stramt arbeidsmarked og stor etterspørsel etter fagarbeidere, særlig i helse, bygg og "
        "industri. Samtidig står mange voksne fortsatt utenfor arbeidslivet fordi de mangler formell kompetanse. "
        "Regjeringen har derfor prioritert tiltak som gjør det lettere å kombinere arbeid og læring, og tiltak som "
        "gir voksne uten fullført videregående opplæring en vei til fagbrev.",
        "Rapporten følger strategiens tre hovedinnsatsområder. Under hvert område omtales de viktigste tiltakene "
        "med ansvarlig departement og de viktigste samarbeidspartnerne. Løpende drift av etablerte ordninger er "
        "ikke tatt med.",
    ]:
        doc.add_paragraph(t)
    areas = {
        "1": "Gode valg for den enkelte og for samfunnet",
        "2": "Læring i arbeidslivet",
        "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
    }
    intro = {
        "1": "Kunnskap om kompetansebehov og god veiledning er grunnlaget for gode valg. I 2029 har arbeidet "
             "særlig handlet om å prøve ut veiledning på arbeidsplassen og å styrke fylkeskommunenes rolle.",
        "2": "De fleste voksne lærer mest på jobben. Regjeringen har fortsatt satsingen på fleksible "
             "videreutdanningstilbud utviklet sammen med bransjene.",
        "3": "Arbeidet for voksne med svak tilknytning til arbeidslivet har vært tett koordinert mellom "
             "utdannings- og arbeidsmarkedsmyndighetene.",
    }
    for a, name in areas.items():
        doc.add_heading(f"{a}. {name}", level=1)
        doc.add_paragraph(intro[a])
        for row in [x for x in D.REGJERINGEN if x["dm"].startswith(a + ".")]:
            doc.add_heading(row["t"], level=2)
            doc.add_paragraph(row["bes"])
            meta = doc.add_paragraph()
            m = meta.add_run(f"Delmål {row['dm']}. Ansvar: {row['ans']}. Samarbeid med: {row['par']}.")
            m.italic = True
            m.font.size = Pt(9)
    doc.add_heading("Samarbeid i rådet og med partene", level=1)
    for t in [
        "Flere av tiltakene over er utviklet og gjennomført sammen med partene i arbeidslivet. Departementene "
        "har hatt jevnlige møter med hovedorganisasjonene om bransjeprogrammene og om forsøkene med veiledning "
        "og norskopplæring på arbeidsplassen.",
        "Fylkeskommunene har fått en tydeligere rolle etter regionreformen, og mange av dem har nå egne "
        "kompetansestrategier. Departementet merker seg at samarbeidet mellom fylkeskommunene, NAV og "
        "utdanningsinstitusjonene varierer mye mellom regionene.",
    ]:
        doc.add_paragraph(t)
    doc.add_heading("Vurdering og videre arbeid", level=1)
    for t in [
        "Samlet sett mener regjeringen at innsatsen i 2029 har gitt flere voksne mulighet til å ta utdanning "
        "mens de er i jobb. Det er likevel for tidlig å si noe sikkert om virkningene av flere av forsøkene.",
        "I 2030 vil departementene legge vekt på å følge opp evalueringene og på å gjøre ordningene bedre kjent "
        "blant små virksomheter. Regjeringen takker partene og de andre medlemmene i rådet for et godt samarbeid.",
    ]:
        doc.add_paragraph(t)
    _dates(doc, dt.datetime(2030, 1, 21, 9, 0), "Marte Solheim", "Rapportering 2029")
    path = tmp / "Regjeringen_rapport_kompetansepolitisk_rad_2029.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------
def lo(out: Path):
    doc = Document()
    doc.add_paragraph().add_run("Landsorganisasjonen i Norge").bold = True
    doc.add_heading("LOs rapportering til Kompetansepolitisk råd – året 2029", level=1)
    doc.add_paragraph("Oversikten under viser det LO og forbundene har gjort for å følge opp strategien. "
                      "Der et forbund har hatt ansvaret, står forbundet oppført.")
    heads = ["#", "Innsats i 2029", "Knyttes til", "Ledes av", "Med"]
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"

    def header():
        cells = t.add_row().cells
        for c, h in zip(cells, heads):
            _cell(c, h, bold=True)
            _shade(c, "C00000")

    def area(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        _cell(m, text, bold=True)
        _shade(m, "EDEDED")

    header()
    n = 0
    areas = {"1": "Område 1 – Gode valg", "2": "Område 2 – Læring i arbeidslivet",
             "3": "Område 3 – Voksne med svak tilknytning"}
    done = set()
    for row in D.LO:
        a = row["dm"][0]
        if a not in done:
            if a == "2":
                header()  # the header row repeated where the table ran onto page two
            area(areas[a])
            done.add(a)
        n += 1
        cells = t.add_row().cells
        for c, v in zip(cells, [f"{n}.", row["t"], row["dmw"], row["ans"], row["par"]]):
            _cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Spørsmål kan rettes til LOs avdeling for utdanning og kompetanse.")
    _dates(doc, dt.datetime(2030, 1, 30, 14, 0), "Trond Aas")
    doc.save(out / "LO_kompetansepolitisk_rad_2029.docx")


# ---------------------------------------------------------------------------------------------
def nho(out: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Veiledning"
    for i, line in enumerate([
        "Rapportering til Kompetansepolitisk råd – NHO",
        "",
        "Arket «2029» inneholder NHOs tiltak. Bruk én linje per tiltak.",
        "Delmål: skriv nummeret på delmålet i strategien (f.eks. 1.4).",
        "Kategori: fritt, sekretariatet plasserer tiltaket i en av rådets seks kategorier.",
        "Arket «2028 arkiv» er fjorårets liste og skal ikke rapporteres på nytt.",
    ], start=1):
        ws0.cell(i, 1, line)
    ws0["A1"].font = Font(bold=True, size=14)
    ws0.column_dimensions["A"].width = 90

    ws = wb.create_sheet("2029")
    ws["A1"] = "NHO – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteringsår: 2029. Kontakt: kompetanse@nho.example"
    heads = ["Delmål", "Aktivitet", "Kort omtale", "Kategori", "Ansvar", "Samarbeid med", "Merknad (internt)"]
    hr = 5
    for j, h in enumerate(heads, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    widths = [9, 45, 60, 16, 18, 38, 22]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[j]].width = w
    rr = hr + 1
    notes = {"M03": "Se også KDs rapport", "M12": ""}
    for k, row in enumerate(D.NHO):
        if k == 3:
            # a withdrawn line, hidden before sending
            vals = [2.1, "(utgår) Webinarserie om KI i små bedrifter", "Ble ikke gjennomført.", "Webinar", "NHO", "", "slettes"]
            for j, v in enumerate(vals, start=1):
                ws.cell(rr, j, v)
            ws.row_dimensions[rr].hidden = True
            rr += 1
        vals = [row["dmw"], row["t"], row["bes"], row["tyw"], row["ans"], row["par"], notes.get(row["id"], "")]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(rr, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(row["dmw"], float):
            ws.cell(rr, 1).number_format = "0.0"
        rr += 1
    ws.cell(rr + 1, 1, "Sist oppdatert 28.01.2030")

    old = wb.create_sheet("2028 arkiv")
    for j, h in enumerate(["Delmål", "Aktivitet", "Kategori", "Ansvar"], start=1):
        old.cell(1, j, h)
    for i, vals in enumerate([
        (1.1, "Representant i KBU", "Utvalg", "NHO"),
        (2.4, "Kompetansepiloter i klyngene – oppstart", "Prosjekt", "NHO"),
        (3.4, "Innspill til integreringsmeldingen", "Innspill", "NHO"),
    ], start=2):
        for j, v in enumerate(vals, start=1):
            old.cell(i, j, v)
    old.sheet_state = "hidden"
    wb.active = 1
    wb.save(out / "NHO_rapportering_2029.xlsx")


# ---------------------------------------------------------------------------------------------
def unio(tmp: Path):
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("UNIO")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x5B, 0x96)
    doc.add_paragraph("Hovedorganisasjonen for universitets- og høyskoleutdannede")
    doc.add_paragraph("")
    doc.add_paragraph("Direktoratet for høyere utdanning og kompetanse (HK-dir)\nSekretariatet for Kompetansepolitisk råd\n"
                      "Postboks 1093\n5809 Bergen")
    pr = doc.add_paragraph("Oslo, 24. januar 2030")
    pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Vår saksbehandler: Kari Nordvik")
    p = doc.add_paragraph()
    p.add_run("Unios rapportering for 2029 – oppfølging av Nasjonal kompetansepolitisk strategi").bold = True
    doc.add_paragraph("Vi viser til brev fra sekretariatet av 2. desember 2029 med frist for rapportering. "
                      "Unio har i 2029 arbeidet med følgende tiltak:")
    for i, row in enumerate(D.UNIO, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{i})\t")
        p.add_run(row["t"] + ".").bold = True
        p.add_run(" " + row["bes"] + f" Tiltaket hører til strategiens mål om {row['dmw']}.")
        if row["par"]:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.8)
            q.add_run("Samarbeidspartnere: " + row["par"]).italic = True
    doc.add_paragraph("Unio vil i 2030 særlig legge vekt på etter- og videreutdanning for ansatte i helse og skole, "
                      "og stiller gjerne opp for å utdype rapporteringen.")
    doc.add_paragraph("Med vennlig hilsen")
    doc.add_paragraph("Unio\n\nRagnhild Sæther\nleder                                                  Ola Bakken\n"
                      "                                                              rådgiver")
    _dates(doc, dt.datetime(2030, 1, 24, 10, 0), "Kari Nordvik")
    path = tmp / "Unio_brev_rapportering_2029.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------
def ks(tmp: Path):
    doc = Document()
    doc.add_heading("KS – Kommunesektorens organisasjon", level=2)
    doc.add_heading("Rapport til Kompetansepolitisk råd 2029", level=1)
    doc.add_paragraph("KS rapporterer her tiltak der KS har et ansvar eller deltar aktivt. Tiltakene står i "
                      "strategiens rekkefølge.")
    for row in D.KS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        rr = p.add_run(row["t"])
        rr.bold = True
        rr.font.size = Pt(12)
        for lab, val in [("Mål i strategien", row["dmw"]), ("Form", row["tyw"]), ("Eier", row["ans"]),
                         ("Sammen med", row["par"] or "–")]:
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            q.add_run(lab + ": ").italic = True
            q.add_run(val)
        doc.add_paragraph(row["bes"])
    doc.add_paragraph("Oslo, januar 2030 – KS Utdanning og arbeidsgiverpolitikk")
    _dates(doc, dt.datetime(2030, 1, 27, 8, 30), "Siri Berg")
    path = tmp / "KS_rapport_2029.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------
def ys(tmp: Path):
    doc = Document()
    doc.styles["Normal"].font.name = "Courier New"
    doc.styles["Normal"].font.size = Pt(10.5)
    p = doc.add_paragraph()
    p.add_run("NOTAT").bold = True
    for a, b in [("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "YS – Yrkesorganisasjonenes Sentralforbund"),
                 ("Dato:", "29.01.2030"), ("Sak:", "YS' oppfølging av kompetansestrategien i 2029")]:
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.add_run(a + "\t").bold = True
        q.add_run(b)
    doc.add_paragraph("_" * 60)
    doc.add_paragraph("YS har i 2029 hatt disse tiltakene som følger opp strategien. Ansvaret ligger hos YS "
                      "sentralt der ikke annet står.")
    for row in D.YS:
        line = f"– {row['t']} [{row['tyw']}] ({row['dmw']}). {row['bes']}"
        if row["par"]:
            line += f" Partnere: {row['par']}."
        if row["ans"] != "YS":
            line += f" Ansvar: {row['ans']}."
        q = doc.add_paragraph(line)
        q.paragraph_format.left_indent = Cm(0.6)
        q.paragraph_format.first_line_indent = Cm(-0.6)
    doc.add_paragraph("Kontaktperson: Per Haugen, YS.")
    _dates(doc, dt.datetime(2030, 1, 29, 13, 0), "Per Haugen")
    path = tmp / "YS_notat_KPR_2029.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------
def virke(tmp: Path):
    doc = Document()
    doc.add_heading("Virke – tiltak 2029", level=1)
    doc.add_paragraph("Hovedorganisasjonen Virke. Rapportering til Kompetansepolitisk råd for året 2029. "
                      "Alle tiltak er Virkes egne med mindre annet framgår.")
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    top = t.rows[0].cells
    sub = t.rows[1].cells
    g = top[0].merge(top[1])
    _cell(g, "Tiltaket", bold=True)
    _cell(sub[0], "Navn", bold=True)
    _cell(sub[1], "Innhold", bold=True)
    for j, h in [(2, "Delmål"), (3, "Art"), (4, "Partnere")]:
        m = top[j].merge(sub[j])
        _cell(m, h, bold=True)
    for c in list(t.rows[0].cells) + list(t.rows[1].cells):
        _shade(c, "DDEBF7")
    for row in D.VIRKE:
        cells = t.add_row().cells
        for c, v in zip(cells, [row["t"], row["bes"], row["dmw"], row["tyw"], row["par"]]):
            _cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Virke, 31. januar 2030")
    _dates(doc, dt.datetime(2030, 1, 31, 11, 0), "Jon Vik")
    path = tmp / "Virke_tiltak_2029.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------
def akademikerne_scan(out: Path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 30)
    fb = ImageFont.truetype(FONT_B, 34)
    fs = ImageFont.truetype(FONT, 24)
    d.text((140, 150), "AKADEMIKERNE", font=fb, fill=20)
    d.text((140, 240), "Rapportering til Kompetansepolitisk råd – 2029", font=fb, fill=20)
    d.text((140, 310), "Tiltak Akademikerne har gjennomført eller deltatt i:", font=f, fill=30)
    cols = [140, 320, 830, 1110, 1520]
    heads = ["Delmål", "Tiltak", "Ansvar", "Partnere"]
    y0 = 400
    rowh = 132
    rows = [[x["dmw"], x["t"], x["ans"], x["par"]] for x in D.AKADEMIKERNE]
    nrows = len(rows) + 1
    for i in range(nrows + 1):
        d.line([(cols[0], y0 + i * rowh), (cols[-1], y0 + i * rowh)], fill=90, width=2)
    for x in cols:
        d.line([(x, y0), (x, y0 + nrows * rowh)], fill=90, width=2)

    def wrap(text, width_px, font):
        words, lines, cur = text.split(), [], ""
        for w in words:
            cand = (cur + " " + w).strip()
            if d.textlength(cand, font=font) > width_px and cur:
                lines.append(cur)
                cur = w
            else:
                cur = cand
        lines.append(cur)
        return lines

    for j, h in enumerate(heads):
        d.text((cols[j] + 12, y0 + 40), h, font=fb, fill=15)
    for i, vals in enumerate(rows, start=1):
        for j, v in enumerate(vals):
            for k, line in enumerate(wrap(v, cols[j + 1] - cols[j] - 24, f)):
                d.text((cols[j] + 12, y0 + i * rowh + 14 + k * 36), line, font=f, fill=25)
    yb = y0 + nrows * rowh + 80
    d.text((140, yb), "Oslo, 22.01.2030", font=f, fill=30)
    d.text((140, yb + 60), "Signert: Lise Ramberg, fagsjef", font=f, fill=30)
    d.text((140, H - 160), "Akademikerne · Fridtjof Nansens plass 6 · 0160 Oslo", font=fs, fill=60)
    stamp = Image.new("L", (560, 150), 0)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle([4, 4, 555, 145], outline=255, width=5)
    sd.text((30, 22), "MOTTATT HK-dir", font=fb, fill=255)
    sd.text((30, 80), "23. JAN. 2030", font=fb, fill=255)
    stamp = stamp.rotate(8, expand=True)
    img.paste(Image.new("L", stamp.size, 120), (980, 1240), stamp)
    rnd = random.Random(2029)
    img = img.rotate(-1.1, resample=Image.BICUBIC, expand=False, fillcolor=235)
    px = img.load()
    for _ in range(60000):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-90, 40)))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img.convert("RGB").save(out / "Akademikerne_skannet_rapport_2029.pdf", resolution=200.0)


# ---------------------------------------------------------------------------------------------
def spekter_slides(out: Path):
    from reportlab.lib.pagesizes import landscape
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    W, H = 960, 540
    c = canvas.Canvas(str(out / "Spekter_presentasjon_KPR_2029.pdf"), pagesize=(W, H))
    c.setTitle("Spekter – rapportering 2029")

    def frame(n):
        c.setFillColorRGB(0.0, 0.27, 0.45)
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.rect(0, 0, W, 24, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DV", 10)
        c.drawString(30, 8, "Spekter · Kompetansepolitisk råd · februar 2030")
        c.drawRightString(W - 30, 8, str(n))

    frame(1)
    c.setFillColorRGB(0, 0.27, 0.45)
    c.setFont("DVB", 34)
    c.drawString(60, 300, "Spekters oppfølging av")
    c.drawString(60, 255, "kompetansestrategien 2029")
    c.setFont("DV", 18)
    c.drawString(60, 200, "Rapport til Kompetansepolitisk råd")
    c.showPage()
    slides = [
        ("Gode valg: samarbeid med utdanningene", [x for x in D.SPEKTER if x["dm"].startswith("1.")]),
        ("Læring i arbeidslivet", [x for x in D.SPEKTER if x["dm"].startswith("2.")]),
        ("Voksne med svak tilknytning", [x for x in D.SPEKTER if x["dm"].startswith("3.")]),
    ]
    for n, (title, rows) in enumerate(slides, start=2):
        frame(n)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 26)
        c.drawString(40, H - 48, title)
        y = H - 130
        for row in rows:
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont("DVB", 20)
            c.drawString(50, y, "•")
            c.drawString(75, y, f"{row['t']} ({row['dmw']})")
            y -= 30
            c.setFont("DV", 16)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(100, y, "– " + row["bes"])
            if row["par"]:
                y -= 24
                c.drawString(100, y, "– Med: " + row["par"])
            y -= 50
        c.showPage()
    frame(5)
    c.setFillColorRGB(0, 0.27, 0.45)
    c.setFont("DVB", 28)
    c.drawString(60, 300, "Takk!")
    c.setFont("DV", 16)
    c.drawString(60, 260, "Spørsmål: avdeling for kompetanse og utdanning, Spekter")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
def vofo(out: Path):
    def build(version_line, rows, created, fname, draft):
        doc = Document()
        doc.add_heading("VOFO – Voksenopplæringsforbundet", level=2)
        doc.add_heading("Årsmelding til Kompetansepolitisk råd 2029", level=1)
        doc.add_paragraph(version_line).runs[0].italic = True
        doc.add_paragraph("VOFO er paraplyorganisasjon for studieforbundene. Her er tiltakene vi har hatt ansvar for "
                          "i 2029, ordnet etter strategiens innsatsområder.")
        areas = {"I": "I  Gode valg for den enkelte og for samfunnet", "II": "II  Læring i arbeidslivet",
                 "III": "III  Voksne med svak tilknytning til arbeidslivet"}
        order = ["I", "II", "III"]
        for a in order:
            items = [x for x in rows if x[1].split()[1].split(".")[0] == a]
            if not items:
                continue
            doc.add_heading(areas[a], level=2)
            for t, dmw, tyw, bes, par in items:
                p = doc.add_paragraph()
                p.add_run(t).bold = True
                tail = f" ({dmw}" + (f", {tyw})" if tyw else ")")
                p.add_run(tail)
                doc.add_paragraph(bes)
                if par:
                    q = doc.add_paragraph()
                    q.add_run("Samarbeid: " + par).font.size = Pt(9)
        if draft:
            doc.add_paragraph("UTKAST – ikke send før styret har sett tallene.").runs[0].bold = True
        doc.add_paragraph("Oslo, " + created.strftime("%d.%m.%Y"))
        _dates(doc, created, "Anne Lund")
        doc.save(out / fname)

    draft_rows = [(t, dmw, tyw, bes, "") for (t, dmw, tyw, bes) in D.VOFO_DRAFT]
    build("Versjon 1 – utkast 14. januar 2030", draft_rows, dt.datetime(2030, 1, 14, 9, 0),
          "VOFO_aarsmelding_2029_utkast.docx", True)
    final_rows = [(x["t"], x["dmw"], x["tyw"], x["bes"], x["par"]) for x in D.VOFO]
    build("Revidert versjon 6. februar 2030 – erstatter utkastet av 14. januar", final_rows,
          dt.datetime(2030, 2, 6, 15, 0), "VOFO_aarsmelding_2029_revidert.docx", False)


# ---------------------------------------------------------------------------------------------
def vestland(out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    W, H = A4
    m = 50
    gut = 24
    cw = (W - 2 * m - gut) / 2
    doc = BaseDocTemplate(str(out / "Vestland_fylkeskommune_rapport_2029.pdf"), pagesize=A4,
                          title="Rapportering til Kompetansepolitisk råd 2029", author="Vestland fylkeskommune")
    top = Frame(m, H - m - 110, W - 2 * m, 110, id="top")
    c1 = Frame(m, m, cw, H - 2 * m - 120, id="c1")
    c2 = Frame(m + cw + gut, m, cw, H - 2 * m - 120, id="c2")
    f1 = Frame(m, m, cw, H - 2 * m, id="f1")
    f2 = Frame(m + cw + gut, m, cw, H - 2 * m, id="f2")
    doc.addPageTemplates([PageTemplate(id="first", frames=[top, c1, c2]),
                          PageTemplate(id="rest", frames=[f1, f2])])
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=21)
    sub = ParagraphStyle("sub", fontName="DV", fontSize=10, leading=13, textColor="#555555")
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=3)
    lab = ParagraphStyle("lab", fontName="DV", fontSize=9, leading=11.5)
    body = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=12.5, spaceBefore=3)
    story = [Paragraph("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2029", h1),
             Paragraph("Avdeling for opplæring og kompetanse · Bergen, februar 2030", sub), FrameBreak()]
    story.append(Paragraph(
        "Vestland fylkeskommune har sidan regionreforma hatt eit større ansvar for kompetansepolitikken i fylket. "
        "I denne rapporten gjer vi greie for dei viktigaste tiltaka i 2029. Tiltaka er ordna etter delmåla i "
        "den nasjonale strategien, og kvart tiltak har ansvarleg eining og samarbeidspartnarar.", body))
    from reportlab.platypus.doctemplate import NextPageTemplate
    story.insert(0, NextPageTemplate("rest"))
    for row in D.VESTLAND:
        story.append(Paragraph(row["t"], h2))
        story.append(Paragraph(f"<b>Delmål:</b> {row['dmw']}", lab))
        story.append(Paragraph(f"<b>Type:</b> {row['tyw']}", lab))
        story.append(Paragraph(f"<b>Ansvarleg:</b> {row['ans']}", lab))
        story.append(Paragraph(f"<b>Samarbeidspartnarar:</b> {row['par']}", lab))
        story.append(Paragraph(row["bes"], body))
    story.append(Spacer(1, 10))
    story.append(Paragraph(
        "Fylkeskommunen ser at samarbeidet med partane og utdanningsinstitusjonane har vorte tettare. "
        "Utfordringa framover er å nå dei minste verksemdene i distrikta, og dette vil vere ei prioritert "
        "oppgåve for Kompetanseforum Vestland i 2030.", body))
    story.append(Paragraph("Med helsing<br/>Ingrid Håland, fylkesdirektør for opplæring og kompetanse", body))
    doc.build(story)


# ---------------------------------------------------------------------------------------------
def _wrap_in_sdt(table, tag):
    tbl = table._tbl
    parent = tbl.getparent()
    idx = parent.index(tbl)
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(al)
    pr.append(tg)
    content = OxmlElement("w:sdtContent")
    sdt.append(pr)
    sdt.append(content)
    parent.remove(tbl)
    content.append(tbl)
    parent.insert(idx, sdt)


def trondelag(out: Path):
    doc = Document()
    doc.add_heading("Skjema for rapportering til Kompetansepolitisk råd", level=1)
    doc.add_paragraph("Rapporterende medlem: Trøndelag fylkeskommune (på vegne av fylkeskommunene i Midt-Norge)\n"
                      "Rapporteringsår: 2029\nKontaktperson: Eirik Lian, seksjon for kompetanse og kvalifisering")
    doc.add_paragraph("Fyll ut én boks per tiltak. Kopier boksen ved behov.").runs[0].italic = True
    labels = ["Tiltakets navn", "Delmål i strategien (nr. og stikkord)", "Kategori", "Ansvarlig enhet",
              "Samarbeid", "Kort beskrivelse"]
    for i, row in enumerate(D.TRONDELAG, start=1):
        doc.add_paragraph(f"Tiltak {i}").runs[0].bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for j, (lab, val) in enumerate(zip(labels, [row["t"], row["dmw"], row["tyw"], row["ans"], row["par"], row["bes"]])):
            _cell(t.cell(j, 0), lab, bold=True, size=9)
            _shade(t.cell(j, 0), "F2F2F2")
            _cell(t.cell(j, 1), val)
            t.cell(j, 0).width = Cm(5)
            t.cell(j, 1).width = Cm(11)
        _wrap_in_sdt(t, f"tiltak{i}")
    doc.add_paragraph("")
    doc.add_paragraph("Skjemaet sendes sekretariatet innen 1. februar.")
    _dates(doc, dt.datetime(2030, 1, 26, 12, 0), "Eirik Lian")
    doc.save(out / "Trondelag_fylkeskommune_skjema_2029.docx")


# ---------------------------------------------------------------------------------------------
def uhr(tmp: Path):
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    doc.add_heading("Universitets- og høgskolerådet (UHR)", level=1)
    doc.add_paragraph("Innrapportering av tiltak 2029 – Kompetansepolitisk råd")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak og beskrivelse", "Type", "Ansvar", "Samarbeid", "Delmål"]):
        _cell(c, h, bold=True)
        _shade(c, "FCE4D6")
    for row in D.UHR:
        cells = t.add_row().cells
        cells[0].text = ""
        p = cells[0].paragraphs[0]
        p.add_run(row["t"]).bold = True
        cells[0].add_paragraph(row["bes"])
        for c, v in zip(cells[1:], [row["tyw"], row["ans"], row["par"], row["dmw"]]):
            _cell(c, v)
    t.autofit = False
    for j, w in enumerate([11.5, 3.2, 3.6, 5.5, 1.9]):
        t.columns[j].width = Cm(w)
        for c in t.columns[j].cells:
            c.width = Cm(w)
    doc.add_paragraph("")
    doc.add_paragraph("UHR, Oslo 30. januar 2030")
    _dates(doc, dt.datetime(2030, 1, 30, 9, 0), "Hilde Myklebust")
    path = tmp / "UHR_innrapportering_2029.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------
def not_a_report(tmp: Path):
    """A conference programme with numbered sessions: not a member report."""
    doc = Document()
    doc.add_heading("Kompetansekonferansen 2030", level=0)
    doc.add_paragraph("Program · Thon Hotel Oslo Airport · 12.–13. mars 2030\n"
                      "Arrangør: HK-dir i samarbeid med fylkeskommunene")
    doc.add_heading("Dag 1", level=1)
    for s in ["1.1 Åpning og velkommen (09.30)", "1.2 Hva sier Kompetansebehovsutvalget om 2030-tallet? (10.00)",
              "1.3 Paneldebatt: karriereveiledning for voksne i jobb (10.45)", "1.4 Lunsj (12.00)",
              "1.5 Parallellsesjoner: bransjeprogram, fagbrev på jobb, norsk på arbeidsplassen (13.00)"]:
        doc.add_paragraph(s)
    doc.add_heading("Dag 2", level=1)
    for s in ["2.1 Erfaringer fra Lære for livet (09.00)", "2.2 Realkompetanse – hva nå? (10.00)",
              "2.3 Oppsummering og avslutning (11.30)"]:
        doc.add_paragraph(s)
    doc.add_paragraph("Påmelding innen 20. februar. Konferansen er gratis, men det tas et gebyr ved manglende oppmøte.")
    _dates(doc, dt.datetime(2030, 1, 10, 9, 0), "HK-dir", "Program")
    path = tmp / "Program_Kompetansekonferansen_2030.docx"
    doc.save(path)
    return path


def soffice(fmt: str, files, outdir: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
