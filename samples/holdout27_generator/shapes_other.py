"""Non-Word shapes: NHO's workbook, KS's slide deck, YS's scan, Fagskolerådet's e-mail printout."""
import io
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.pdfgen import canvas

from .common import FIXED, FONT, FONT_BOLD, Row, normalise_zip

pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONT_BOLD))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")


def nho(rows: list[Row], out: Path, tmp: Path) -> None:
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "NHO Kompetanse"
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Forside"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Rapporteringsår: 2047"
    ws["A4"] = "Tiltakene står i arkfanene for hvert innsatsområde."
    ws["A5"] = "Kontakt: avdeling for kompetanse og inkludering"
    ws.column_dimensions["A"].width = 70
    areas = {"1": "Område 1 Gode valg", "2": "Område 2 Læring i arbeidslivet", "3": "Område 3 Svak tilknytning"}
    header = ["Delmål", "Tiltak/aktivitet", "Type", "Hvem i NHO", "Partnere", "Kommentar"]
    widths = [9, 48, 20, 18, 28, 60]
    fill = PatternFill("solid", fgColor="1F3864")
    for key, title in areas.items():
        sheet = wb.create_sheet(title)
        sheet["A1"] = title
        sheet["A1"].font = Font(bold=True, size=12)
        sheet["A2"] = "Innsatsområde i Nasjonal kompetansepolitisk strategi"
        for c, (h, w) in enumerate(zip(header, widths), 1):
            cell = sheet.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            sheet.column_dimensions[chr(64 + c)].width = w
        n = 5
        for r in rows:
            if r.d[0] != key:
                continue
            for c, v in enumerate([r.show_d, r.t, r.show_ty, r.a, r.p, r.b], 1):
                cell = sheet.cell(row=n, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            n += 1
        sheet.freeze_panes = "A5"
    path = out / "NHO_tiltak_2047.xlsx"
    wb.save(str(path))
    normalise_zip(path, fix_modified=True)


def ks(rows: list[Row], out: Path, tmp: Path) -> None:
    w, h = landscape(A4)
    c = canvas.Canvas(str(out / "KS_presentasjon_KPR_2047.pdf"), pagesize=(w, h), invariant=1)
    c.setTitle("KS – tiltak 2047")
    c.setAuthor("KS")
    body = ParagraphStyle("b", fontName="DV", fontSize=18, leading=24)

    def frame(title: str, n: int) -> None:
        c.setFillColorRGB(0.05, 0.25, 0.45)
        c.rect(0, h - 3 * cm, w, 3 * cm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 24)
        c.drawString(1.5 * cm, h - 2 * cm, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 10)
        c.drawString(1.5 * cm, 1 * cm, "KS · Kompetansepolitisk råd · rapportering 2047")
        c.drawRightString(w - 1.5 * cm, 1 * cm, str(n))
        c.setFillColorRGB(0, 0, 0)

    c.setFillColorRGB(0.05, 0.25, 0.45)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 34)
    c.drawString(2 * cm, h / 2 + 1 * cm, "KS' tiltak i 2047")
    c.setFont("DV", 18)
    c.drawString(2 * cm, h / 2 - 1 * cm, "Til Kompetansepolitisk råd – februar 2048")
    c.showPage()
    frame("Innhold", 2)
    y = h - 5 * cm
    for r in rows:
        c.setFont("DV", 16)
        c.drawString(2 * cm, y, "• " + r.t)
        y -= 1 * cm
    c.showPage()
    areas = {"1": "Innsatsområde 1 – gode valg", "2": "Innsatsområde 2 – læring i arbeidslivet",
             "3": "Innsatsområde 3 – voksne med svak tilknytning"}
    for n, r in enumerate(rows, 3):
        frame(r.t, n)
        label = f"{areas[r.d[0]]} (delmål {r.d})" if n % 2 else areas[r.d[0]]
        bullets = [label, r.b, f"Ansvarlig: {r.a}"] + ([f"Sammen med: {r.p}"] if r.p else [])
        y = h - 4.5 * cm
        for b in bullets:
            p = Paragraph("• " + b, body)
            _, ph = p.wrap(w - 4 * cm, h)
            p.drawOn(c, 2 * cm, y - ph)
            y -= ph + 0.6 * cm
        c.showPage()
    c.save()


def _wrap(draw, text: str, font, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for word in words:
        test = (cur + " " + word).strip()
        if draw.textlength(test, font=font) <= width:
            cur = test
        else:
            lines.append(cur)
            cur = word
    return lines + [cur] if cur else lines


def ys(rows: list[Row], out: Path, tmp: Path) -> None:
    W, H = 2480, 3508
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f, fb, ft = ImageFont.truetype(FONT, 38), ImageFont.truetype(FONT_BOLD, 40), ImageFont.truetype(FONT_BOLD, 56)
    d.text((200, 220), "YS – Yrkesorganisasjonenes Sentralforbund", font=fb, fill=20)
    d.text((200, 330), "Tiltak 2047 – rapport til Kompetansepolitisk råd", font=ft, fill=10)
    cols = [200, 400, 1150, 1560, 1880, 2300]
    header = ["Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid"]
    y = 520
    data = [header] + [[r.show_d, r.t, r.show_ty, r.a, r.p] for r in rows]
    for i, row in enumerate(data):
        cells = [_wrap(d, v, fb if i == 0 else f, cols[k + 1] - cols[k] - 30) for k, v in enumerate(row)]
        hgt = max(len(c) for c in cells) * 50 + 40
        for k, lines in enumerate(cells):
            for j, line in enumerate(lines):
                d.text((cols[k] + 15, y + 20 + j * 50), line, font=fb if i == 0 else f, fill=15)
        d.rectangle([cols[0], y, cols[-1], y + hgt], outline=30, width=3)
        for x in cols[1:-1]:
            d.line([x, y, x, y + hgt], fill=30, width=3)
        y += hgt
    d.text((200, y + 120), "Oslo, 9. februar 2048", font=f, fill=20)
    d.text((200, y + 180), "Signert: Erik Holm, YS", font=f, fill=20)
    rng = random.Random(2047)
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.choice([60, 90, 120, 200])
    img = img.rotate(0.9, resample=Image.BICUBIC, fillcolor=235).filter(ImageFilter.GaussianBlur(0.8))
    img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    Image.open(buf).save(out / "YS_skannet_rapport_2047.pdf", "PDF", resolution=300.0,
                                  creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), title="Skannet dokument")


def fagskoleradet(rows: list[Row], out: Path, tmp: Path) -> None:
    w, h = A4
    c = canvas.Canvas(str(out / "Fagskoleradet_epost_rapportering_2047.pdf"), pagesize=A4, invariant=1)
    c.setTitle("Utskrift av e-post")
    st = ParagraphStyle("m", fontName="DV", fontSize=10.5, leading=14)
    head = [("Fra:", "Nasjonalt fagskoleråd – sekretariatet <post@fagskoleradet.example>"),
            ("Sendt:", "mandag 10. februar 2048 08:47"),
            ("Til:", "Sekretariatet for Kompetansepolitisk råd"),
            ("Emne:", "SV: Rapportering av tiltak for 2047")]
    y = h - 2 * cm
    c.setFont("DVB", 13)
    c.drawString(2 * cm, y, "Utskrift")
    y -= 0.9 * cm
    for k, v in head:
        c.setFont("DVB", 10)
        c.drawString(2 * cm, y, k)
        c.setFont("DV", 10)
        c.drawString(3.6 * cm, y, v)
        y -= 0.55 * cm
    c.line(2 * cm, y, w - 2 * cm, y)
    y -= 0.8 * cm
    parts = ["Hei,", "Her er Fagskolerådets tiltak for 2047, som avtalt på telefon:"]
    for i, r in enumerate(rows, 1):
        typ = f" [{r.show_ty}]" if r.show_ty else ""
        partners = f" Samarbeid: {r.p}." if r.p else ""
        parts.append(f"{i}) <b>{r.t}</b>{typ} – delmål {r.show_d}. {r.b}{partners}")
    parts += ["Ansvarlig for alle tiltakene er Fagskolerådet.", "Mvh<br/>Tone Lie<br/>seniorrådgiver, Fagskolerådet",
              "-----Opprinnelig melding-----<br/>Fra: Sekretariatet for Kompetansepolitisk råd<br/>"
              "Emne: Rapportering av tiltak for 2047<br/>Vi minner om fristen 10. februar."]
    for text in parts:
        p = Paragraph(text, st)
        _, ph = p.wrap(w - 4 * cm, h)
        p.drawOn(c, 2 * cm, y - ph)
        y -= ph + 0.35 * cm
    c.showPage()
    c.save()
