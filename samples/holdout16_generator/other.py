"""Spreadsheet, slide deck, scan and the document that is not a report."""
import random

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import data as D

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _fonts():
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))


def _key(r):
    return tuple(int(x) for x in r["d"].split("."))


# ---------------------------------------------------------------- LO (XLSX, cover sheet + one sheet per area)
def lo(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Les meg"
    notes = ["LOs rapportering til Kompetansepolitisk råd – 2036",
             "",
             "Arket er fylt ut av LOs avdeling for utdanning og kompetanse.",
             "Ett ark per hovedinnsatsområde. Delmål står som nummer.",
             "Kolonnen «Art» er LOs egen beskrivelse av hva slags tiltak det er.",
             "Skjulte rader er tiltak som er flyttet til neste år."]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws["A1"].font = Font(bold=True, size=14)
    sheets = {"1": ("1 Gode valg", "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet"),
              "2": ("2 Læring i arbeidslivet", "Hovedinnsatsområde 2 – Læring i arbeidslivet"),
              "3": ("3 Svak tilknytning", "Hovedinnsatsområde 3 – Voksne med svak tilknytning til arbeidslivet")}
    heads = ["Nr.", "Aktivitet i 2036", "Kort omtale", "Delmål", "Art", "Hovedansvar", "Med hvem"]
    fill = PatternFill("solid", fgColor="C00000")
    for area, (name, title) in sheets.items():
        s = wb.create_sheet(name)
        s["A1"] = "LO – Kompetansepolitisk råd, rapportering 2036"
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = title
        s["A2"].font = Font(italic=True)
        for j, h in enumerate(heads, 2):
            c = s.cell(4, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill
        row = 5
        rows = [r for r in sorted(D.LO, key=_key) if r["d"][0] == area]
        for n, r in enumerate(rows, 1):
            code = r["dms"]
            val = float(code) if code.replace(".", "").isdigit() else code
            for j, v in enumerate([n, r["t"], r["b"], val, r["tys"], r["a"], r["p"]], 2):
                s.cell(row, j, v if v != "" else None)
            row += 1
            if area == "2" and n == 2:
                for j, v in enumerate(["–", "Seminar om bransjeprogrammene (flyttet til 2037)", "Utsatt.", 2.4,
                                       "arrangement", "LO", "NHO"], 2):
                    s.cell(row, j, v)
                s.row_dimensions[row].hidden = True
                row += 1
        for col, w in zip("BCDEFGH", [5, 48, 60, 8, 14, 18, 34]):
            s.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------- KS (slides -> PDF)
def ks(path):
    _fonts()
    W, H = 960, 540
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle("KS – rapportering til Kompetansepolitisk råd 2036")
    c.setAuthor("KS")
    page = [0]

    def frame(title):
        page[0] += 1
        c.setFillColorRGB(0.0, 0.27, 0.45)
        c.rect(0, H - 78, W, 78, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 24)
        c.drawString(40, H - 50, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 9)
        c.drawString(40, 18, "KS · Kompetansepolitisk råd · rapportering 2036")
        c.drawRightString(W - 40, 18, str(page[0]))

    # title slide
    page[0] += 1
    c.setFillColorRGB(0.0, 0.27, 0.45)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 34)
    c.drawString(60, 300, "KS' tiltak i 2036")
    c.setFont("DV", 18)
    c.drawString(60, 260, "Rapportering til Kompetansepolitisk råd")
    c.drawString(60, 232, "Møte i rådet 14. februar 2037")
    c.showPage()

    titles = {"1": "Gode valg for den enkelte og for samfunnet",
              "2": "Læring i arbeidslivet",
              "3": "Voksne med svak tilknytning til arbeidslivet"}
    for area in "123":
        rows = [r for r in sorted(D.KS, key=_key) if r["d"][0] == area]
        frame(titles[area])
        y = H - 120
        for r in rows:
            c.setFillColorRGB(0.0, 0.27, 0.45)
            c.circle(52, y + 5, 4, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("DVB", 17)
            c.drawString(66, y, r["t"])
            c.setFont("DV", 13)
            c.setFillColorRGB(0.15, 0.15, 0.15)
            c.drawString(66, y - 20, r["b"])
            tag = [r["dms"]] + ([r["tys"]] if r["tys"] else []) + [f"Ansvar: {r['a']}"]
            if r["p"]:
                tag.append(f"Samarbeid: {r['p']}")
            c.setFont("DV", 10)
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(66, y - 37, "  |  ".join(tag))
            y -= 78
        c.showPage()
    frame("Nøkkeltall 2036")
    c.setFont("DV", 16)
    c.setFillColorRGB(0, 0, 0)
    for i, s in enumerate(["7 tiltak rapportert til rådet",
                           "3 av dem sammen med andre rådsmedlemmer",
                           "Om lag 2 100 deltakere i Fagløft helse",
                           "Lærlinger i kommunesektoren: +7 % siden 2033"]):
        c.drawString(66, H - 130 - i * 40, "– " + s)
    c.showPage()
    frame("Takk for oppmerksomheten")
    c.setFont("DV", 16)
    c.drawString(66, H - 140, "Spørsmål? Ta kontakt med KS' avdeling for arbeidsgiverpolitikk.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- YS (scanned table, image-only PDF)
def ys(path, seed=2036):
    rnd = random.Random(seed)
    Wp, Hp = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (Wp, Hp), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 30)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 30)
    ft = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 40)
    d.text((140, 160), "YS – Yrkesorganisasjonenes Sentralforbund", font=ft, fill=20)
    d.text((140, 230), "Rapportering til Kompetansepolitisk råd, tiltak 2036", font=f, fill=30)
    d.text((140, 280), "Vedlegg til e-post 10.02.2037", font=f, fill=30)
    cols = [140, 300, 920, 1160, 1520]
    heads = ["Delmål", "Tiltak", "Type", "Samarbeidspartnere"]
    y0, rh = 400, 110
    rows = D.YS
    n = len(rows) + 1
    for i in range(n + 1):
        d.line([(cols[0], y0 + i * rh), (cols[-1], y0 + i * rh)], fill=60, width=3)
    for x in cols:
        d.line([(x, y0), (x, y0 + n * rh)], fill=60, width=3)
    for j, h in enumerate(heads):
        d.text((cols[j] + 14, y0 + 36), h, font=fb, fill=15)

    def cell(j, i, text):
        x, y = cols[j] + 14, y0 + i * rh + 18
        words, line, lines = text.split(), "", []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=f) > cols[j + 1] - cols[j] - 26:
                lines.append(line)
                line = w
            else:
                line = t
        lines.append(line)
        for k, ln in enumerate(lines):
            d.text((x, y + k * 36), ln, font=f, fill=20)

    for i, r in enumerate(rows, 1):
        for j, v in enumerate([r["dms"], r["t"], r["tys"], r["p"]]):
            cell(j, i, v)
    d.text((140, y0 + n * rh + 80), "Oslo, februar 2037", font=f, fill=30)
    d.text((140, y0 + n * rh + 130), "YS, avdeling for arbeidsliv og kompetanse", font=f, fill=30)
    img = img.rotate(0.9, resample=Image.BICUBIC, fillcolor=245, expand=False)
    px = img.load()
    for _ in range(60000):
        x, y = rnd.randrange(Wp), rnd.randrange(Hp)
        px[x, y] = rnd.choice([120, 160, 200])
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img.convert("RGB").save(path, "PDF", resolution=200.0)


# ---------------------------------------------------------------- not a report: a municipality's plan
def sunndal(path):
    _fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Strategisk kompetanseplan for Sunndal kommune 2036–2039")
    W, H = A4
    y = [H - 2.5 * cm]

    def line(text, font="DV", size=11, gap=16):
        c.setFont(font, size)
        words, cur = text.split(), ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > W - 5 * cm:
                c.drawString(2.5 * cm, y[0], cur)
                y[0] -= gap
                cur = w
            else:
                cur = t
        c.drawString(2.5 * cm, y[0], cur)
        y[0] -= gap
        if y[0] < 3 * cm:
            c.showPage()
            y[0] = H - 2.5 * cm

    line("Strategisk kompetanseplan for Sunndal kommune 2036–2039", "DVB", 17, 28)
    line("Vedtatt i kommunestyret 11. desember 2035, sak 88/35", size=10, gap=24)
    parts = [
        ("1 Innledning", None),
        ("1.1 Bakgrunn", "Kommunen står overfor store rekrutteringsutfordringer i helse og omsorg og i oppvekst. "
         "Planen skal sikre at kommunen har riktig kompetanse for å løse oppgavene i planperioden."),
        ("1.2 Nasjonale føringer", "Planen bygger på Nasjonal kompetansepolitisk strategi, "
         "Kompetansebehovsutvalgets rapporter og KS' veileder for strategisk kompetanseplanlegging."),
        ("2 Nå-situasjon", None),
        ("2.1 Rekruttering", "Andelen ufaglærte i hjemmetjenesten er 31 prosent. Tre av ti lærerstillinger er "
         "besatt av personer uten godkjent utdanning."),
        ("2.2 Kompetanseutvikling", "Kommunen bruker i dag om lag 1,2 prosent av lønnsmassen til "
         "kompetanseutvikling."),
        ("3 Tiltak i planperioden", None),
        ("3.1 Helse og omsorg", "Fagbrev på jobb for assistenter; videreutdanning i demens og rehabilitering; "
         "lederopplæring for avdelingsledere."),
        ("3.2 Oppvekst", "Videreutdanning for lærere i matematikk og norsk; veiledning av nyutdannede."),
        ("4 Oppfølging", "Planen rulleres årlig i forbindelse med budsjettet. Rådmannen rapporterer til "
         "hovedutvalgene."),
    ]
    for head, body in parts:
        if body is None:
            y[0] -= 6
            line(head, "DVB", 14, 22)
        else:
            line(head, "DVB", 11.5, 17)
            line(body)
            y[0] -= 8
    c.save()
