"""reportlab-made PDFs (files 01, 06, 10, 13, 16)."""
import io
import random

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

from .common import xml_escape as X  # noqa: E402
from .data import DELMAL  # noqa: E402

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.3, leading=10.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
CELL9 = ParagraphStyle("cell9", parent=BODY, fontSize=8.6, leading=11.2)
CELL9B = ParagraphStyle("cell9b", parent=CELL9, fontName="Helvetica-Bold")
HEAD9 = ParagraphStyle("head9", parent=CELL9, fontName="Helvetica-Bold", textColor=colors.white)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5)


def P(text, style=CELL):
    return Paragraph(X(text), style)


def P9(text):
    return Paragraph(X(text), CELL9)


def _doc(path, pagesize, title, author, **kw):
    return SimpleDocTemplate(path, pagesize=pagesize, title=title, author=author, subject="Kompetansepolitisk råd 2065",
                             creator="Rapportverktøy", leftMargin=16 * mm, rightMargin=16 * mm,
                             topMargin=22 * mm, bottomMargin=18 * mm, **kw)


# ---------------------------------------------------------------- 01 Regjeringen
STATUS = {"G": ("Grønn", colors.HexColor("#4caf50")), "Y": ("Gul", colors.HexColor("#ffd54f")),
          "R": ("Rød", colors.HexColor("#e57373"))}
STATUS_NOTE = {
    "U0101": "Oppstart flyttet fra mars til august 2065.",
    "U0102": "Datainnsamlingen tok lengre tid enn planlagt.",
    "U0103": "Forsinket oppstart i fire fylker på grunn av manglende søkere.",
}


def write_regjeringen(fd, path):
    def deco(c, doc):
        c.saveState()
        w, h = landscape(A4)
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.grey)
        c.drawString(16 * mm, h - 12 * mm, "Kompetansepolitisk råd – rapportering for 2065")
        c.drawRightString(w - 16 * mm, h - 12 * mm, "Kunnskapsdepartementet og Arbeids- og inkluderingsdepartementet")
        c.line(16 * mm, h - 14 * mm, w - 16 * mm, h - 14 * mm)
        c.drawString(16 * mm, 10 * mm, "Status per 15.12.2065 – til behandling i rådets møte i januar 2066")
        c.drawRightString(w - 16 * mm, 10 * mm, f"Side {doc.page}")
        c.restoreState()

    doc = _doc(path, landscape(A4), "Statusrapport 2065 – Regjeringen", "Kunnskapsdepartementet")
    story = [Paragraph("Statusrapport for regjeringens tiltak i kompetansereformen – 2065", H1),
             Paragraph(X("Tabellen viser departementenes tiltak under Nasjonal kompetansepolitisk strategi i 2065, "
                         "med status ved årets slutt. Fargekodene er forklart nedenfor. Rapporten er utarbeidet av "
                         "Kunnskapsdepartementet i samråd med Arbeids- og inkluderingsdepartementet, og omfatter tiltak "
                         "der departementene eller underliggende etater har hovedansvaret. Tiltak i regi av partene, "
                         "fylkeskommunene og andre medlemmer rapporteres av det enkelte medlem."), BODY),
             Spacer(1, 5)]
    legend = Table([[P("Grønn"), P("Gjennomført eller i rute"), P("Gul"), P("Noe forsinket, tiltak iverksatt"),
                     P("Rød"), P("Vesentlig forsinket eller endret")]],
                   colWidths=[14 * mm, 52 * mm, 14 * mm, 52 * mm, 14 * mm, 52 * mm])
    legend.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), STATUS["G"][1]),
                                ("BACKGROUND", (2, 0), (2, 0), STATUS["Y"][1]),
                                ("BACKGROUND", (4, 0), (4, 0), STATUS["R"][1]),
                                ("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [legend, Spacer(1, 8)]
    hdr = ["Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeid", "Status",
           "Beskrivelse"]
    data = [[Paragraph(h, HEAD9) for h in hdr]]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for i, r in enumerate(fd["rows"], 1):
        word, col = STATUS[r["status"]]
        st = word + (". " + STATUS_NOTE[r["id"]] if r["id"] in STATUS_NOTE else "")
        data.append([P9(str(i)), Paragraph(X(r["tiltak"]), CELL9B), P9(r["dm"]), P9(r["type"]), P9(r["ansv"]),
                     P9(r["partners"]), P9(st), P9(r["desc"])])
        style.append(("BACKGROUND", (6, i), (6, i), col))
    t = Table(data, colWidths=[8 * mm, 46 * mm, 15 * mm, 32 * mm, 42 * mm, 30 * mm, 28 * mm, 64 * mm],
              repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 10),
              Paragraph(X("Kontaktperson: seniorrådgiver i Kunnskapsdepartementet, avdeling for kompetansepolitikk."),
                        BODY)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- 06 UHR
FOOTNOTES = {
    1: "UHR koordinerer erfaringsdelingen, men rådene er forankret ved den enkelte institusjon.",
    2: "Veilederen gjelder høyere utdanning. Fagskolene har en egen modell, se Fagskolerådets rapport.",
    3: "Utført av NIFU på oppdrag fra UHR. Rapporten publiseres i februar 2066.",
}


def write_uhr(fd, path):
    doc = _doc(path, A4, "UHR – tiltaksoversikt 2065", "Universitets- og høgskolerådet")
    story = [Paragraph("Universitets- og høgskolerådet (UHR)", H2),
             Paragraph("Tiltaksoversikt 2065 – innspill til Kompetansepolitisk råd", H1),
             Paragraph(X("UHR rapporterer her tiltak der UHR eller UHRs enheter har hatt en aktiv rolle i 2065. "
                         "Tiltak ved den enkelte institusjon rapporteres ikke særskilt."), BODY), Spacer(1, 8)]
    hdr = ["Tiltak", "Kategori", "Ansvarlig", "Partnere", "Beskrivelse", "Delmål"]
    data = [[Paragraph(h, HEAD) for h in hdr]]
    for r in fd["rows"]:
        cat = X(r["tw"]) + (f"<super>{r['fn']}</super>" if r.get("fn") else "")
        c7 = ParagraphStyle("c7", parent=CELL, fontSize=7.8, leading=9.8)
        c7b = ParagraphStyle("c7b", parent=c7, fontName="Helvetica-Bold")
        data.append([Paragraph(X(r["tiltak"]), c7b), Paragraph(cat, c7), Paragraph(X(r["ansv"]), c7),
                     Paragraph(X(r["partners"]), c7), Paragraph(X(r["desc"]), c7), Paragraph(X(r["dm"]), c7)])
    t = Table(data, colWidths=[42 * mm, 22 * mm, 24 * mm, 36 * mm, 42 * mm, 12 * mm], repeatRows=1)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f3d")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ALIGN", (-1, 0), (-1, -1), "CENTER")]))
    story += [t, Spacer(1, 10)]
    for n, txt in FOOTNOTES.items():
        story.append(Paragraph(f"<super>{n}</super> " + X(txt), SMALL))
    story += [Spacer(1, 12), Paragraph(X("Oslo, 20. januar 2066. Kontakt: UHRs sekretariat, avdeling for utdanning."),
                                       BODY)]
    doc.build(story)


# ---------------------------------------------------------------- 13 Møre og Romsdal
ADMIN = {
    "Januar": ("Rapportering til Kompetansepolitisk råd for 2064", "–", "Fylkesdirektøren", "",
               "Frist 15. januar. Ikkje eit tiltak, berre rapportering."),
    "Mai": ("Fylkestinget handsamar kompetansestrategien", "–", "Fylkestinget", "",
            "Politisk handsaming av rullert strategi."),
    "November": ("Budsjettarbeid 2066", "–", "Økonomi", "", "Prioritering av midlar til neste år."),
    "Desember": ("Evaluering av årshjulet", "–", "Fylkesdirektøren for utdanning", "",
                 "Intern gjennomgang av kva som fungerte i 2065."),
}
MONTHS = ["Januar", "Februar", "Mars", "April", "Mai", "Juni", "Aug.–sept.", "Oktober", "November", "Desember"]


def write_more(fd, path):
    def deco(c, doc):
        c.saveState()
        w, h = A4
        c.setFont("Helvetica-Bold", 8)
        c.drawString(16 * mm, h - 12 * mm, "Møre og Romsdal fylkeskommune")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 16 * mm, h - 12 * mm, "Årshjul for kompetansearbeidet 2065")
        c.drawString(16 * mm, 10 * mm, "Utskrift 20.01.2066 – internt arbeidsdokument")
        c.drawRightString(w - 16 * mm, 10 * mm, f"Side {doc.page}")
        c.restoreState()

    doc = _doc(path, A4, "Årshjul 2065", "Møre og Romsdal fylkeskommune")
    story = [Paragraph(X("Årshjul 2065 – kompetanse og fagopplæring"), H1),
             Paragraph(X("Oversikta viser tiltak og hendingar månad for månad. Tiltak som høyrer til "
                         "Kompetansepolitisk råd sine delmål er merka med DM og type. Administrative punkt er merka med –."),
                       BODY), Spacer(1, 8)]
    hdr = ["Månad", "Tiltak / hending", "Delmål · type", "Ansvar", "Samarbeid", "Merknad"]
    data = [[Paragraph(h, HEAD) for h in hdr]]
    by_month = {r["month"]: r for r in fd["rows"]}
    for mo in MONTHS:
        if mo in by_month:
            r = by_month[mo]
            data.append([P(mo), Paragraph(X(r["tiltak"]), CELLB), P(f"DM {r['dm']} · {r['tw']}"), P(r["ansv"]),
                         P(r["partners"]), P(r["desc"])])
        else:
            a = ADMIN[mo]
            data.append([P(mo), P(a[0]), P(a[1]), P(a[2]), P(a[3]), P(a[4])])
    t = Table(data, colWidths=[20 * mm, 38 * mm, 24 * mm, 28 * mm, 30 * mm, 38 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00587a")),
                           ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#aaaaaa")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef5f8")])]))
    story += [t, Spacer(1, 10),
              Paragraph(X("Årshjulet vert oppdatert fortløpande. Spørsmål kan rettast til seksjon for fagopplæring."),
                        BODY)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- 16 minutes (no truth)
def write_referat(fd, path):
    doc = _doc(path, A4, "Referat – møte i Kompetansepolitisk råd", "Sekretariatet for Kompetansepolitisk råd")
    s = [Paragraph("Referat fra møte i Kompetansepolitisk råd", H1),
         Paragraph(X("Tid: 24. november 2065 kl. 10.00–14.30. Sted: Kunnskapsdepartementet, Oslo, og digitalt."), BODY),
         Paragraph(X("Til stede: Regjeringen (KD og AID), LO, NHO, Unio, KS, YS, Virke, Akademikerne, Spekter, VOFO, "
                     "UHR, Fagskolerådet, Sametinget og fylkeskommunene. Referent: sekretariatet."), BODY),
         Spacer(1, 6)]
    saker = [
        ("Sak 21/65 Godkjenning av innkalling og referat",
         "Innkalling og referat fra møtet 9. september ble godkjent uten merknader."),
        ("Sak 22/65 Orientering fra Kompetansebehovsutvalget",
         "Utvalgets leder orienterte om hovedfunnene i årets rapport. Rådet drøftet hvordan funnene kan brukes "
         "i fylkeskommunenes planarbeid. Ingen vedtak."),
        ("Sak 23/65 Rapportering for 2065",
         "Sekretariatet minnet om at medlemmenes rapportering for 2065 skal sendes innen 15. januar 2066. "
         "Det ble presisert at tiltak som er planlagt for 2066, ikke skal tas med."),
        ("Sak 24/65 Erfaringer med bransjeprogrammene",
         "KD orienterte kort om status. Flere medlemmer ba om at erfaringene fra industri og bygg "
         "brukes i nye programmer. Saken følges opp i neste møte."),
        ("Sak 25/65 Møteplan 2066",
         "Rådet vedtok fire møter i 2066: 3. februar, 12. mai, 8. september og 24. november."),
        ("Sak 26/65 Eventuelt", "Ingen saker."),
    ]
    for h, t in saker:
        s += [Paragraph(X(h), H2), Paragraph(X(t), BODY)]
    s += [Spacer(1, 10), Paragraph(X("Referatet er godkjent av rådets leder 1. desember 2065."), SMALL)]
    doc.build(s)


# ---------------------------------------------------------------- 10 Nordland (scan)
def _scan_lines(fd):
    lines = [("H", "NORDLAND FYLKESKOMMUNE"), ("S", "Fylkesdirektøren – avdeling for utdanning og kompetanse"),
             ("", ""), ("T", "NOTAT"), ("", ""),
             ("S", "Til: Sekretariatet for Kompetansepolitisk råd"),
             ("S", "Fra: Nordland fylkeskommune"), ("S", "Dato: 14.01.2066    Saksnr.: 2066/117"),
             ("S", "Emne: Rapportering av tiltak for 2065"), ("", ""),
             ("P", "Nordland fylkeskommune rapporterer med dette fem tiltak for 2065. Tiltakene er nummerert "
                   "fortløpende og knyttet til delmål i strategien."), ("", "")]
    for i, r in enumerate(fd["rows"], 1):
        lines.append(("B", f"Tiltak {i} – {r['tiltak']}"))
        lines.append(("P", r["desc"]))
        lines.append(("P", f"Delmål: {r['dm']} – Type: {r['tw']} – Ansvar: {r['ansv']}"))
        if r["partners"]:
            lines.append(("P", f"Samarbeid: {r['partners']}"))
        lines.append(("", ""))
    lines.append(("P", "Med hilsen"))
    lines.append(("P", "Fagleder kompetanse og karriere"))
    return lines


def _render_scan_page(lines, seed):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    fonts = {
        "H": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 40),
        "T": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 36),
        "B": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 30),
        "S": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 28),
        "P": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 28),
    }
    x0, y, maxw = 150, 140, W - 300
    for kind, text in lines:
        if not kind:
            y += 18
            continue
        f = fonts[kind]
        words, cur = text.split(" "), ""
        out = []
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=f) > maxw and cur:
                out.append(cur)
                cur = w
            else:
                cur = t
        out.append(cur)
        for ln in out:
            d.text((x0, y), ln, font=f, fill=25)
            y += int(f.size * 1.42)
    rnd = random.Random(seed)
    img = img.rotate(0.55, resample=Image.BICUBIC, fillcolor=245, expand=False)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((90, 140, 180, 200))
    # faint grey band from the scanner lid
    d2 = ImageDraw.Draw(img)
    d2.rectangle([0, 0, 18, H], fill=215)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img, y


def write_nordland_scan(fd, path):
    img, _ = _render_scan_page(_scan_lines(fd), seed=4510)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Skannet dokument")
    c.setAuthor("Skanner 3. etasje")
    c.setCreator("ScanStation")
    w, h = A4
    c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
    c.showPage()
    c.save()
