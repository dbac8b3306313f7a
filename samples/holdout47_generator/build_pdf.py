"""reportlab-built PDFs: 01 LO (slides), 07 Spekter (long table), 11 Sametinget (scan), 16 newsletter."""
import io
import random

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle, KeepTogether)

from .common import esc, register_fonts


# ------------------------------------------------------------------ 01 LO slides
LO_RED = colors.HexColor("#C8102E")


def build_lo(spec, path):
    register_fonts()
    W, H = landscape(A4)
    title_st = ParagraphStyle("t", fontName="DVS-B", fontSize=24, leading=29, textColor=colors.white)
    head_st = ParagraphStyle("h", fontName="DVS-B", fontSize=17, leading=21, spaceBefore=10, spaceAfter=3,
                             textColor=LO_RED)
    bul_st = ParagraphStyle("b", fontName="DVS", fontSize=13.5, leading=17, leftIndent=24, bulletIndent=8,
                            spaceAfter=1.5, bulletFontName="DVS", bulletFontSize=12,
                            bulletColor=LO_RED)
    big_st = ParagraphStyle("big", fontName="DVS-B", fontSize=30, leading=36)
    sub_st = ParagraphStyle("sub", fontName="DVS", fontSize=16, leading=22, textColor=colors.HexColor("#333333"))

    slides = []  # (title, [flowables])
    groups = {}
    order = []
    for r in spec.rows:
        key = r.dm
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(r)
    dm_titles = {
        "Delmål 1.1": "Delmål 1.1 – Kunnskap om kompetansebehov",
        "Delmål 1.4": "Delmål 1.4 – Utdanning og arbeidsliv i samarbeid",
        "Delmål 2.1": "Delmål 2.1 – Digital kompetanse i hele arbeidsstyrken",
        "Delmål 2.2": "Delmål 2.2 – Læring i arbeidslivet",
        "Delmål 2.4": "Delmål 2.4 – Etter- og videreutdanning for arbeidslivet",
    }
    for key in order:
        fl = []
        for r in groups[key]:
            block = [Paragraph(esc(r.tiltak), head_st),
                     Paragraph(esc("Hva vi gjorde: " + r.beskr), bul_st, bulletText="▸")]
            if r.ansvarlig:
                block.append(Paragraph(esc("Hvem: " + r.ansvarlig), bul_st, bulletText="▸"))
            if r.samarb:
                block.append(Paragraph(esc("Sammen med: " + r.samarb), bul_st, bulletText="▸"))
            block.append(Paragraph(esc("Form: " + r.ty), bul_st, bulletText="▸"))
            fl.append(KeepTogether(block))
        slides.append((dm_titles[key], fl))

    later = [
        Paragraph("Ikke påbegynt i 2067 – tas med i rapporteringen for 2068:", head_st),
        Paragraph(esc("Læringsløftet fase 2: søknad om midler sendes våren 2068 sammen med NHO og KS."),
                  bul_st, bulletText="▸"),
        Paragraph(esc("Ny runde med skolering etter at de faglige rådene er oppnevnt høsten 2068."), bul_st,
                  bulletText="▸"),
        Paragraph(esc("Kompetanseuka 2068 – LO er med i planleggingsgruppen."), bul_st, bulletText="▸"),
    ]
    slides.append(("Videre arbeid 2068", later))

    state = {"title": ""}

    def on_page(c, doc):
        c.saveState()
        n = c.getPageNumber()
        if n == 1:
            c.setFillColor(LO_RED)
            c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVS-B", 26)
            c.drawString(18 * mm, H - 19 * mm, "LO")
        else:
            c.setFillColor(LO_RED)
            c.rect(0, H - 24 * mm, W, 24 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVS-B", 21)
            c.drawString(15 * mm, H - 15.5 * mm, state["titles"][n - 2])
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("DVS", 8.5)
        c.drawString(15 * mm, 8 * mm, "LO · Rapportering til Kompetansepolitisk råd · 2067")
        c.drawRightString(W - 15 * mm, 8 * mm, "%d" % n)
        c.setStrokeColor(LO_RED)
        c.setLineWidth(1.2)
        c.line(15 * mm, 13 * mm, W - 15 * mm, 13 * mm)
        c.restoreState()

    state["titles"] = [t for t, _ in slides]
    doc = BaseDocTemplate(path, pagesize=(W, H), leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=28 * mm, bottomMargin=17 * mm,
                          title="LO – tiltak 2067", author="LO", subject="Kompetansepolitisk råd",
                          creator="Microsoft PowerPoint")
    frame = Frame(15 * mm, 17 * mm, W - 30 * mm, H - 45 * mm, id="f", showBoundary=0)
    doc.addPageTemplates([PageTemplate("slide", [frame], onPage=on_page)])
    story = [Spacer(1, 30 * mm),
             Paragraph("Rapportering til Kompetansepolitisk råd", big_st), Spacer(1, 6 * mm),
             Paragraph("Landsorganisasjonen i Norge (LO) – tiltak i 2067", sub_st), Spacer(1, 3 * mm),
             Paragraph("Presentert i rådsmøtet 5. mars 2068 · LOs utdanningsavdeling", sub_st),
             PageBreak()]
    for i, (t, fl) in enumerate(slides):
        story.extend(fl)
        if i < len(slides) - 1:
            story.append(PageBreak())
    doc.build(story)


# ------------------------------------------------------------------ 07 Spekter long table
def build_spekter(spec, path):
    register_fonts()
    base = ParagraphStyle("n", fontName="DVSerif", fontSize=10.5, leading=14.5, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName="DVS-B", fontSize=17, leading=21, spaceAfter=4,
                        textColor=colors.HexColor("#00385F"))
    h2 = ParagraphStyle("h2", fontName="DVS-B", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor("#00385F"))
    cell = ParagraphStyle("c", fontName="DVSC", fontSize=8.2, leading=10.4)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVSC-B")
    hdr = ParagraphStyle("hd", parent=cell, fontName="DVSC-B", textColor=colors.white)

    story = [Paragraph("Spekter", ParagraphStyle("logo", fontName="DVS-B", fontSize=11,
                                                 textColor=colors.HexColor("#00385F"))),
             Spacer(1, 3 * mm),
             Paragraph("Rapportering til Kompetansepolitisk råd – tiltak 2067", h1),
             Paragraph("Dato: 21. februar 2068 · Saksbehandler: Avdeling for kompetanse og helsepolitikk", base),
             Paragraph("1. Innledning", h2),
             Paragraph(esc(
                 "Spekter organiserer virksomheter med til sammen over 230 000 ansatte, de fleste i "
                 "spesialisthelsetjenesten. Tilgang på kvalifisert personell er den største enkeltutfordringen "
                 "for medlemmene våre, og kompetansepolitikken er derfor et prioritert område. Vi legger vekt på "
                 "at utdanningene må være relevante for arbeidslivet, at ansatte får mulighet til å utvikle seg "
                 "gjennom hele yrkeslivet, og at arbeidsplassen i større grad brukes som læringsarena."), base),
             Paragraph(esc(
                 "Rapporteringen følger rådets mal og omfatter tiltak som var i gang eller ble gjennomført i "
                 "2067. Tiltakene er sortert etter delmål. Der Spekter deltar i tiltak som andre medlemmer eier, "
                 "er dette angitt i kolonnen for samarbeid. Tiltak som bare er omtalt i styringsdokumenter for "
                 "2068, er ikke tatt med."), base),
             Paragraph(esc(
                 "Helseforetakene rapporterer i tillegg egne tiltak direkte til de regionale helseforetakene. "
                 "Disse er ikke gjengitt her, men enkelte av dem inngår i tallene for DigiHelse og for "
                 "kvalifiseringsløpene."), base),
             Paragraph(esc(
                 "I 2067 har vi i tillegg prioritert samarbeidet med arbeidstakerorganisasjonene om "
                 "kompetanseplanlegging i helseforetakene. Erfaringen er at tiltak som planlegges sammen med "
                 "tillitsvalgte, får bedre oppslutning og raskere gjennomføring. Dette gjelder særlig opplæring "
                 "knyttet til ny teknologi, der behovene endrer seg raskt og der ansatte med lang erfaring ofte "
                 "har størst behov for støtte."), base),
             Paragraph("2. Tiltak i 2067", h2)]

    head = [Paragraph(h, hdr) for h in ("Nr", "Aktivitet", "Mål", "Kategori", "Ansvar", "Samarbeid", "Omtale")]
    data = [head]
    for i, r in enumerate(spec.rows, 1):
        data.append([Paragraph(str(i), cell), Paragraph(esc(r.tiltak), cellb), Paragraph(r.dm, cell),
                     Paragraph(esc(r.ty), cell), Paragraph(esc(r.ansvarlig), cell),
                     Paragraph(esc(r.samarb), cell), Paragraph(esc(r.beskr), cell)])
    widths = [6 * mm, 31 * mm, 8 * mm, 29 * mm, 13 * mm, 28 * mm, 55 * mm]
    t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00385F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8AA1B4")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F7")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(t)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("3. Merknader", h2))
    story.append(Paragraph(esc(
        "Kategoriene følger rådets seks tiltakstyper. Spekter deltar i tillegg i flere av partenes "
        "arbeidsgrupper om dimensjonering av helseutdanningene; disse er omtalt under de faglige rådene og "
        "UHR-enheten og er ikke ført opp som egne tiltak."), base))

    def footer(c, doc):
        c.saveState()
        c.setFont("DVS", 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "Spekter – rapport til Kompetansepolitisk råd 2067")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, "Side %d" % c.getPageNumber())
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Tiltak 2067", author="Spekter",
                            creator="Microsoft Word")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ 11 Sametinget scan
def build_sametinget(spec, path, seed=4711):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rng = random.Random(seed)
    dpi = 250
    Wp, Hp = int(297 / 25.4 * dpi), int(210 / 25.4 * dpi)   # landscape sheet
    img = Image.new("L", (Wp, Hp), 255)
    d = ImageDraw.Draw(img)
    F = "/usr/share/fonts/truetype/dejavu/"
    f_body = ImageFont.truetype(F + "DejaVuSerif.ttf", 29)
    f_bold = ImageFont.truetype(F + "DejaVuSerif-Bold.ttf", 29)
    f_head = ImageFont.truetype(F + "DejaVuSans-Bold.ttf", 27)
    f_small = ImageFont.truetype(F + "DejaVuSans.ttf", 24)
    f_title = ImageFont.truetype(F + "DejaVuSans-Bold.ttf", 40)
    f_logo = ImageFont.truetype(F + "DejaVuSerif-Bold.ttf", 36)

    x0, y = 150, 120
    d.text((x0, y), "SÁMEDIGGI", font=f_logo, fill=20)
    d.text((x0, y + 46), "SAMETINGET", font=f_logo, fill=20)
    d.text((Wp - 900, y + 10), "Kompetansepolitisk råd – sekretariatet", font=f_small, fill=30)
    d.text((Wp - 900, y + 44), "Vår ref.: 67/1432-4   Dato: 20.02.2068", font=f_small, fill=30)
    y += 140
    d.text((x0, y), "Rapportering for 2067 – tiltak i Sametinget", font=f_title, fill=10)
    y += 70
    d.text((x0, y), "Tabellen viser tiltak Sametinget har gjennomført eller deltatt i i 2067.", font=f_body,
           fill=25)
    y += 60

    cols = [("Doaibmabidju /", "Tiltak", 420), ("Ulbmil /", "Delmål", 125),
            ("Ovddasvástádus /", "Ansvarlig", 385), ("Ovttasbargit /", "Samarbeid", 400),
            ("Čilgehus /", "Beskrivelse", Wp - 2 * x0 - 420 - 125 - 385 - 400)]

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) <= width - 24 or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    # header
    lh = 38
    hh = 2 * lh + 16
    x = x0
    d.rectangle([x0, y, Wp - x0, y + hh], fill=225)
    for c1, c2, w in cols:
        d.text((x + 12, y + 8), c1, font=f_small, fill=40)
        d.text((x + 12, y + 8 + lh), c2, font=f_head, fill=0)
        x += w
    top = y
    y += hh
    row_lines = []
    for r in spec.rows:
        cells = [(r.tiltak, f_bold), (r.dm, f_body), (r.ansvarlig, f_body), (r.samarb, f_body),
                 (r.beskr, f_body)]
        wrapped = [wrap(t, f, w) for (t, f), (_, _, w) in zip(cells, cols)]
        n = max(len(wl) for wl in wrapped)
        x = x0
        for (t, f), wl, (_, _, w) in zip(cells, wrapped, cols):
            for i, line in enumerate(wl):
                d.text((x + 12, y + 10 + i * lh), line, font=f, fill=rng.randint(0, 35))
            x += w
        y += n * lh + 20
        row_lines.append(y)
    # grid
    d.rectangle([x0, top, Wp - x0, y], outline=0, width=3)
    d.line([x0, top + hh, Wp - x0, top + hh], fill=0, width=3)
    for yy in row_lines[:-1]:
        d.line([x0, yy, Wp - x0, yy], fill=60, width=2)
    x = x0
    for _, _, w in cols[:-1]:
        x += w
        d.line([x, top, x, y], fill=60, width=2)
    y += 50
    d.text((x0, y), "Kárášjohka/Karasjok, 20. februar 2068", font=f_body, fill=20)
    d.text((x0, y + 90), "Ingá Máret Somby", font=f_bold, fill=20)
    d.text((x0, y + 130), "ossodatjođiheaddji / avdelingsdirektør, Opplæringsavdelingen", font=f_small, fill=30)
    # signature scribble
    pts = [(x0 + 20 + i * 9, y + 70 + int(10 * rng.random() - 5 + 8 * ((i % 7) - 3) / 3)) for i in range(40)]
    d.line(pts, fill=40, width=3)

    # scanner artefacts: slight skew, noise, blur
    img = img.rotate(0.35, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(9000):
        xx, yy = rng.randrange(Wp), rng.randrange(Hp)
        px[xx, yy] = rng.randint(120, 200)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # the landscape sheet lies sideways on a portrait page
    img = img.rotate(90, expand=True)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82, optimize=False)
    buf.seek(0)

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Skann_20022068_0931")
    c.setCreator("Canon iR-ADV C5840 PDF")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ 16 newsletter
def build_newsletter(spec, path):
    register_fonts()
    h1 = ParagraphStyle("h1", fontName="DVS-B", fontSize=19, leading=23, textColor=colors.HexColor("#2B4C3F"))
    h2 = ParagraphStyle("h2", fontName="DVS-B", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=3,
                        textColor=colors.HexColor("#2B4C3F"))
    p = ParagraphStyle("p", fontName="DVSerif", fontSize=10.5, leading=14.5, spaceAfter=6)
    small = ParagraphStyle("s", parent=p, fontSize=8.5, leading=11, textColor=colors.grey)
    items = [
        ("KBU la fram hovedrapporten", "Kompetansebehovsutvalget (KBU) la i juni fram sin hovedrapport for 2067. "
         "Rapporten peker på økende mangel på fagarbeidere i helse, bygg og industri. Flere av rådets medlemmer "
         "har arrangert egne møter om rapporten i høst."),
        ("Rekordmange arrangementer i Kompetanseuka", "Kompetanseuka 2067 i uke 42 fikk over 300 arrangementer "
         "over hele landet. Partene stod for mange av dem, og flere fylkeskommuner laget egne regionale uker."),
        ("Karrierekonferansen samlet 430", "Den nasjonale karrierekonferansen i Kristiansand i mai samlet 430 "
         "deltakere fra karrieresentrene. Nasjonalt forum for karriereveiledning hadde eget møte i tilknytning "
         "til konferansen."),
        ("Yrkes-NM 2068 på Hamar", "Yrkes-NM 2067 ble arrangert i Bodø i april. Neste års mesterskap går på "
         "Hamar, og SRY har bedt de faglige rådene bidra i juryarbeidet."),
        ("Husk rapporteringsfristen", "Medlemmene skal rapportere tiltak for 2067 innen 1. mars 2068. "
         "Sekretariatet minner om at deltakelse i råd og utvalg også skal rapporteres, og at tiltak som er "
         "avsluttet eller bare planlagt, ikke skal tas med."),
        ("Neste rådsmøte", "Rådet møtes 5. mars 2068. Sakslisten omfatter blant annet rapporteringen for 2067 og "
         "en orientering fra Nasjonalt fagskoleråd."),
    ]
    story = [Paragraph("Kompetansepolitisk råd", ParagraphStyle("k", fontName="DVS", fontSize=10,
                                                                 textColor=colors.grey)),
             Paragraph("Nyhetsbrev nr. 4/2067", h1),
             Paragraph("Fra sekretariatet · desember 2067", small), Spacer(1, 4 * mm)]
    for t, b in items:
        story += [Paragraph(esc(t), h2), Paragraph(esc(b), p)]
    story += [Spacer(1, 8 * mm), Paragraph(esc(
        "Du mottar dette nyhetsbrevet fordi du er medlem, vararepresentant eller kontaktperson i "
        "Kompetansepolitisk råd. Nyhetsbrevet er ikke en del av rapporteringen."), small)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Nyhetsbrev 4/2067", author="Sekretariatet")
    doc.build(story)
