"""Spreadsheet (Unio) and image-only scan (YS)."""
import random

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .content import TYPES
from .pinning import FIXED_DT

DELMAL = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


# ---------------------------------------------------------------------------- Unio workbook
def write_unio(spec, path):
    wb = Workbook()
    wb.properties.creator = "Unio"
    wb.properties.lastModifiedBy = "Unio"
    wb.properties.title = "Tiltaksoversikt 2055"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT

    fs = wb.active
    fs.title = "Forside"
    fs["A1"] = "Rapportering til Kompetansepolitisk råd 2055"
    fs["A1"].font = Font(bold=True, size=14)
    for r, (k, v) in enumerate([("Medlem:", "Unio"), ("Kontaktperson:", "Kari Lunde, Unio-sekretariatet"),
                                ("Innsendt:", "20.01.2056"), ("Antall tiltak:", len(spec["rows"]))], 3):
        fs.cell(row=r, column=1, value=k).font = Font(bold=True)
        fs.cell(row=r, column=2, value=v)
    fs["A8"] = "Se fanen «Tiltak 2055». Fanen «Merknader» har utfyllende kommentarer."
    fs.column_dimensions["A"].width = 18
    fs.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Tiltak 2055")
    heads = ["Nr", "Navn på tiltaket", "Delmål", "Kategori", "Hovedansvar", "Samarbeider med", "Omtale"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=1, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7B2C83")
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    example = [0, "Eksempel: Kurs i kompetanseplanlegging (slett denne raden før innsending)", "2.4",
               "Kurs/utdanning", "Forbundet", "Navn på partnere", "Kort omtale av tiltaket."]
    for c, v in enumerate(example, 1):
        ws.cell(row=2, column=c, value=v).font = Font(italic=True, color="808080")
    ws.row_dimensions[2].hidden = True
    for i, row in enumerate(spec["rows"], 1):
        vals = [i, row["tiltak"], row["delmal"], row["label"], row["ans"], row["sam"] or None,
                row["desc"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=i + 2, column=c, value=v)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    last = len(spec["rows"]) + 2
    ws.cell(row=last + 2, column=1, value="Sum tiltak:").font = Font(bold=True)
    ws.cell(row=last + 2, column=2, value="=COUNTA(B3:B%d)" % last)
    ws["C4"].comment = Comment("Avklart med sekretariatet at deltakelse i UHRs enheter føres under "
                               "delmål 1.4.", "Kari Lunde")
    ws["D3"].comment = Comment("Vet ikke hvilken kategori vi skal velge her.", "Kari Lunde")
    for col, w in zip("ABCDEFG", [5, 42, 8, 20, 24, 30, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B2"
    dv = DataValidation(type="list", formula1="=Lister!$A$2:$A$17", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("C3:C%d" % last)

    me = wb.create_sheet("Merknader")
    me["A1"] = "Merknader til rapporteringen"
    me["A1"].font = Font(bold=True)
    me["A3"] = ("Forbundene i Unio gjennomfører mange egne kurs som ikke er tatt med her. "
                "Oversikten omfatter tiltak der Unio sentralt eller et forbund har hatt hovedansvar.")
    me["A4"] = ("Unio viser ellers til partenes felles omtale av Samarbeidsrådet for yrkesopplæring i "
                "rådets årsmelding.")
    me.column_dimensions["A"].width = 110

    li = wb.create_sheet("Lister")
    li["A1"], li["B1"] = "Delmål", "Type"
    for i, d in enumerate(DELMAL, 2):
        li.cell(row=i, column=1, value=d)
    for i, t in enumerate(TYPES, 2):
        li.cell(row=i, column=2, value=t)
    li.sheet_state = "hidden"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------- YS scan
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _scan_pages(spec):
    dpi = 200
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    f = ImageFont.truetype(FONT_SERIF, 34)
    fl = ImageFont.truetype(FONT_B, 34)
    ft = ImageFont.truetype(FONT_B, 46)
    fs = ImageFont.truetype(FONT, 28)
    rows = spec["rows"]
    chunks = [rows[:2], rows[2:]]
    pages = []
    for pno, chunk in enumerate(chunks):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        x0, y = 170, 170
        if pno == 0:
            d.text((x0, y), "YS – Yrkesorganisasjonenes Sentralforbund", font=ft, fill=20)
            y += 80
            d.text((x0, y), "Rapport til Kompetansepolitisk råd for 2055", font=fl, fill=20)
            y += 60
            d.text((x0, y), "Til: Sekretariatet for Kompetansepolitisk råd", font=fs, fill=40)
            y += 90
        for k, row in enumerate(chunk):
            n = rows.index(row) + 1
            d.text((x0, y), "Tiltak %d: %s" % (n, row["tiltak"]), font=fl, fill=15)
            y += 62
            for lab, val in [("Delmål:", row["delmal"]), ("Type:", row["label"]),
                             ("Ansvarlig:", row["ans"]), ("Samarbeid:", row["sam"] or "-")]:
                d.text((x0, y), lab, font=fl, fill=25)
                d.text((x0 + 260, y), val, font=f, fill=25)
                y += 52
            d.text((x0, y), "Beskrivelse:", font=fl, fill=25)
            y += 52
            for line in _wrap(d, row["desc"], f, W - 2 * x0):
                d.text((x0, y), line, font=f, fill=25)
                y += 48
            y += 70
        if pno == len(chunks) - 1:
            y += 40
            d.text((x0, y), "Oslo, 18. januar 2056", font=f, fill=25)
            y += 100
            d.text((x0, y), "Trine Bakken", font=f, fill=25)
            y += 48
            d.text((x0, y), "fagsjef, YS", font=f, fill=25)
            # received stamp
            st = Image.new("L", (520, 150), 255)
            sd = ImageDraw.Draw(st)
            sd.rectangle([4, 4, 515, 145], outline=90, width=6)
            sd.text((40, 25), "MOTTATT", font=ImageFont.truetype(FONT_B, 48), fill=90)
            sd.text((40, 88), "22. JAN. 2056", font=ImageFont.truetype(FONT_B, 38), fill=90)
            st = st.rotate(8, expand=True, fillcolor=255)
            mask = st.point(lambda v: 255 if v < 200 else 0)
            img.paste(st, (W - 800, H - 520), mask)
        d.text((W // 2 - 60, H - 120), "Side %d av %d" % (pno + 1, len(chunks)), font=fs, fill=60)
        pages.append(img)
    return pages


def _degrade(img, rnd, angle):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = img.load()
    W, H = img.size
    for _ in range(9000):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = rnd.choice([120, 160, 200])
    # faint scanner shadow along the left edge
    for x in range(40):
        for y in range(0, H, 1):
            px[x, y] = min(px[x, y], 175 + x * 2)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def write_ys(spec, path):
    rnd = random.Random(3455)
    pages = _scan_pages(spec)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("Scanner")
    for img, ang in zip(pages, [0.7, -0.5]):
        img = _degrade(img, rnd, ang)
        c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
