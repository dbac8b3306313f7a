"""PDF documents drawn with reportlab (invariant=1 pins dates and IDs)."""
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, LongTable,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_REGISTERED = False


def fonts():
    global _REGISTERED
    if _REGISTERED:
        return
    for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                     ("DV-I", "DejaVuSans-Oblique.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                     ("DVC-B", "DejaVuSansCondensed-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                     ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                     ("DVM", "DejaVuSansMono.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    _REGISTERED = True


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _meta(doc_kwargs, title, author):
    doc_kwargs.update(dict(title=title, author=author, creator="", producer="", subject="",
                           invariant=1))
    return doc_kwargs


# ---------------------------------------------------------------------------- NHO prose
DELMAL_HEAD = {
    "1.1": "Delmål 1.1 – Kunnskap om kompetansebehov",
    "1.4": "Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Delmål 2.1 – Digital kompetanse i hele arbeidsstyrken",
    "3.4": "Delmål 3.4 – Kvalifisering av innvandrere",
}


def write_nho(spec, path):
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=6,
                        textColor=colors.HexColor("#003366"))
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=12,
                        spaceAfter=4, textColor=colors.HexColor("#003366"))
    h3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6,
                        spaceAfter=2)
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=4)
    tail = ParagraphStyle("t", parent=body, fontName="Times-Italic", fontSize=9.5)
    story = [Paragraph("Næringslivets Hovedorganisasjon", h2),
             Paragraph("Kompetanserapport 2055 – innspill til Kompetansepolitisk råd", h1),
             Paragraph(
                 "NHO rapporterer her tiltak som NHO har eid, finansiert eller deltatt aktivt i "
                 "gjennom 2055. Rapporten er ordnet etter delmålene i Nasjonal kompetansepolitisk "
                 "strategi. Tiltak som partene rapporterer i fellesskap gjennom SRY, er omtalt i "
                 "rådets egen årsmelding og gjentas ikke her.", body)]
    order = ["1.1", "1.4", "2.1", "3.4"]
    for dm in order:
        story.append(Paragraph(DELMAL_HEAD[dm], h2))
        for row in spec["rows"]:
            if row["delmal"] != dm:
                continue
            title = row["tiltak"] + (" (%s)" % row["label"] if row["label"] else "")
            block = [Paragraph(esc(title), h3), Paragraph(esc(row["desc"]), body)]
            if row["sam"]:
                lab = "Samarbeidspartnere" if " og " in row["sam"] or "," in row["sam"] else "Samarbeidspartner"
                block.append(Paragraph("%s: %s." % (lab, esc(row["sam"])), tail))
            story.append(KeepTogether(block))
    story += [Paragraph("Om rapporten", h2),
              Paragraph("Rapporten er utarbeidet av NHOs avdeling for kompetanse og arbeidsliv. "
                        "Spørsmål kan rettes til fagsjef Eirik Mo.", body)]

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.grey)
        c.drawString(2 * cm, 1.2 * cm, "NHO – Kompetanserapport 2055")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Side %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            **_meta({}, "NHO Kompetanserapport 2055", "NHO"))
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------- Virke slides
def write_virke(spec, path):
    fonts()
    W, H = 960, 540
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Virkes kompetansetiltak 2055")
    c.setAuthor("Virke")
    green = colors.HexColor("#00664F")
    n_slides = len(spec["rows"]) + 3

    def frame(num):
        c.setFillColor(green)
        c.rect(0, 0, W, 28, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV", 10)
        c.drawString(30, 10, "Virke  |  Rapport til Kompetansepolitisk råd 2055")
        c.drawRightString(W - 30, 10, "%d / %d" % (num, n_slides))

    # title slide
    c.setFillColor(green)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV-B", 40)
    c.drawString(70, 300, "Virkes kompetansetiltak 2055")
    c.setFont("DV", 20)
    c.drawString(70, 260, "Rapport til Kompetansepolitisk råd")
    c.drawString(70, 230, "Avdeling for kompetanse og arbeidsliv, februar 2056")
    c.showPage()
    # agenda
    c.setFont("DV-B", 30)
    c.setFillColor(green)
    c.drawString(60, 460, "Innhold")
    c.setFillColor(colors.black)
    c.setFont("DV", 18)
    y = 400
    for row in spec["rows"]:
        c.drawString(80, y, "•  " + row["tiltak"])
        y -= 40
    frame(2)
    c.showPage()
    for i, row in enumerate(spec["rows"]):
        c.setFillColor(green)
        c.setFont("DV-B", 26)
        c.drawString(60, 460, row["tiltak"])
        tag = "Delmål " + row["delmal"] + ("  |  " + row["label"] if row["label"] else "")
        c.setFont("DV", 13)
        tw = c.stringWidth(tag, "DV", 13)
        c.setFillColor(colors.HexColor("#E6F2EE"))
        c.roundRect(W - 60 - tw - 20, 490, tw + 20, 26, 6, stroke=0, fill=1)
        c.setFillColor(green)
        c.drawString(W - 60 - tw - 10, 498, tag)
        st = ParagraphStyle("s", fontName="DV", fontSize=20, leading=28)
        p = Paragraph(esc(row["desc"]), st)
        w, h = p.wrap(W - 140, 300)
        p.drawOn(c, 70, 420 - h)
        yy = 420 - h - 50
        c.setFont("DV", 15)
        c.setFillColor(colors.HexColor("#444444"))
        if row["ans"]:
            c.drawString(70, yy, "Ansvarlig: " + row["ans"])
            yy -= 26
        if row["sam"]:
            c.drawString(70, yy, "Partnere: " + row["sam"])
        frame(i + 3)
        c.showPage()
    c.setFillColor(green)
    c.setFont("DV-B", 40)
    c.drawCentredString(W / 2, 290, "Takk!")
    c.setFont("DV", 18)
    c.setFillColor(colors.black)
    c.drawCentredString(W / 2, 240, "Spørsmål? kompetanse@virke.no")
    frame(n_slides)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------- Akademikerne e-mail
def write_akad(spec, path):
    fonts()
    base = ParagraphStyle("e", fontName="DV", fontSize=10, leading=14)
    hd = ParagraphStyle("hd", parent=base, leftIndent=95, firstLineIndent=-95)
    bullet = ParagraphStyle("bl", parent=base, leftIndent=18, bulletIndent=4, spaceBefore=3,
                            spaceAfter=3, bulletFontName="DV")
    quote = ParagraphStyle("q", parent=base, textColor=colors.HexColor("#555555"), fontSize=9.5)
    story = [Paragraph("<b>Ingrid Haugland</b>", ParagraphStyle("n", parent=base, fontSize=13,
                                                                 leading=18)),
             Table([[""]], colWidths=[16.5 * cm], rowHeights=[2],
                   style=[("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]),
             Spacer(1, 4)]
    for k, v in [("Frå:", "Ingrid Haugland &lt;ingrid.haugland@akademikerne.no&gt;"),
                 ("Sendt:", "tysdag 21. januar 2056 09:14"),
                 ("Til:", "Sekretariatet for Kompetansepolitisk råd &lt;kpr-sekretariat@hkdir.no&gt;"),
                 ("Kopi:", "Tor Arne Vik &lt;tor.arne.vik@akademikerne.no&gt;"),
                 ("Emne:", "SV: Rapportering av tiltak for 2055")]:
        story.append(Paragraph("<b>%s</b>&nbsp;&nbsp;%s" % (k, v), hd))
    story += [Spacer(1, 14), Paragraph("Hei,", base), Spacer(1, 6),
              Paragraph("Her kjem rapporteringa frå Akademikerne for 2055. Vi har tre tiltak i år:",
                        base), Spacer(1, 4)]
    for row in spec["rows"]:
        story.append(Paragraph("%s, delmål %s: %s" % (esc(row["tiltak"]), row["delmal"],
                                                      esc(row["desc"])), bullet, bulletText="•"))
    story += [Spacer(1, 6),
              Paragraph("Typen tiltak har vi ikkje fylt inn, sidan malen ikkje passa for oss. Sei "
                        "frå om de treng meir.", base),
              Spacer(1, 10), Paragraph("Venleg helsing", base),
              Paragraph("Ingrid Haugland", base),
              Paragraph("rådgjevar, Akademikerne", base), Paragraph("Tlf. 400 00 000", base),
              Spacer(1, 16),
              Paragraph("-----Opphavleg melding-----", quote),
              Paragraph("<b>Frå:</b> Sekretariatet for Kompetansepolitisk råd", quote),
              Paragraph("<b>Sendt:</b> måndag 6. januar 2056 08:00", quote),
              Paragraph("<b>Emne:</b> Rapportering av tiltak for 2055", quote),
              Spacer(1, 6),
              Paragraph("Hei alle, vi minner om fristen 20. januar for rapportering av tiltak for "
                        "2055. Bruk gjerne malen med kolonnane Tiltak, Delmål, Type, Ansvarleg, "
                        "Samarbeidspartnarar og Skildring. Felles tiltak i råd og utval, til dømes "
                        "KBU og SRY, skal rapporterast av kvart medlem.", quote),
              Paragraph("Venleg helsing sekretariatet", quote)]

    def page(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, A4[1] - 1.1 * cm, "Utskrift frå e-post")
        c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, "%d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            **_meta({}, "SV: Rapportering av tiltak for 2055", "Ingrid Haugland"))
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------- UHR two columns
def write_uhr(spec, path):
    title = ParagraphStyle("ti", fontName="Times-Bold", fontSize=18, leading=22, alignment=TA_CENTER)
    sub = ParagraphStyle("su", fontName="Times-Roman", fontSize=12, leading=16, alignment=TA_CENTER,
                         spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="Times-Bold", fontSize=12, leading=15, spaceBefore=8,
                        spaceAfter=3, textColor=colors.HexColor("#7A1F2B"), keepWithNext=1)
    h3 = ParagraphStyle("h3", fontName="Times-Bold", fontSize=10.5, leading=13, spaceBefore=6,
                        keepWithNext=1)
    meta = ParagraphStyle("me", fontName="Times-Italic", fontSize=9, leading=11, spaceAfter=2,
                          keepWithNext=1)
    body = ParagraphStyle("bo", fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=4)
    W, H = A4
    m = 2 * cm
    gap = 0.8 * cm
    colw = (W - 2 * m - gap) / 2
    top_h = 3.2 * cm
    f_title = Frame(m, H - m - top_h, W - 2 * m, top_h, id="title", showBoundary=0)
    f1 = Frame(m, m, colw, H - 2 * m - top_h, id="c1")
    f2 = Frame(m + colw + gap, m, colw, H - 2 * m - top_h, id="c2")
    g1 = Frame(m, m, colw, H - 2 * m, id="d1")
    g2 = Frame(m + colw + gap, m, colw, H - 2 * m, id="d2")

    def page(c, d):
        c.saveState()
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 1.1 * cm, "UHR – årsrapportering 2055 – side %d" % d.page)
        c.setStrokeColor(colors.lightgrey)
        x = m + colw + gap / 2
        c.line(x, m, x, H - m - (top_h if d.page == 1 else 0))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, **_meta({}, "UHR årsrapportering 2055", "UHR"))
    doc.addPageTemplates([PageTemplate("first", [f_title, f1, f2], onPage=page, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [g1, g2], onPage=page)])
    story = [Paragraph("Universitets- og høgskolerådet (UHR)", title),
             Paragraph("Årsrapportering til Kompetansepolitisk råd 2055", sub), FrameBreak()]
    story += [Paragraph("Innledning", h2),
              Paragraph("UHR er samarbeidsorganet for de akkrediterte universitetene og høgskolene. "
                        "Institusjonene rapporterer sine egne etter- og videreutdanningstilbud "
                        "gjennom DBH. Her omtales tiltak der UHR som organisasjon har hatt en rolle "
                        "i 2055, ordnet etter innsatsområdene i strategien.", body),
              Paragraph("Sektoren merket i 2055 en klar økning i etterspørselen etter korte, "
                        "fleksible tilbud, særlig innen helse, lærerutdanning og teknologi. Dette "
                        "preger også arbeidet i rådene og enhetene som omtales nedenfor.", body),
              Paragraph("Om rapporteringen", h2),
              Paragraph("Rapporteringen er utarbeidet av UHRs sekretariat etter innspill fra "
                        "strategiske enheter, nettverk og utvalg. Tall for deltakelse og "
                        "studiepoengproduksjon er hentet fra DBH per 1. oktober 2055. Institusjonenes "
                        "egne samarbeidsavtaler med arbeidslivet er ikke tatt med, men flere av dem "
                        "omtales i institusjonenes årsrapporter. UHR har i år valgt å samle omtalen "
                        "under to innsatsområder, fordi ingen av UHRs tiltak retter seg særskilt mot "
                        "voksne med svak tilknytning til arbeidslivet.", body)]
    groups = [("Innsatsområde 1 – Gode valg for den enkelte og for samfunnet", [0, 1, 2]),
              ("Innsatsområde 2 – Læring i arbeidslivet", [3, 4])]
    for head, idxs in groups:
        story.append(Paragraph(head, h2))
        for i in idxs:
            row = spec["rows"][i]
            line = "Delmål %s · Ansvar: %s" % (row["delmal"], row["ans"])
            if row["sam"]:
                line += " · Samarbeid: " + row["sam"]
            story += [Paragraph(esc(row["tiltak"]), h3), Paragraph(esc(line), meta),
                      Paragraph(esc(row["desc"]), body)]
    story += [Paragraph("Videre arbeid", h2),
              Paragraph("UHR vil i 2056 følge opp kartleggingen av rådene og legge fram forslag om "
                        "felles retningslinjer for sammensetning og mandat. UHR vil også bidra til "
                        "at resultatene fra kandidatundersøkelsen blir brukt i dimensjoneringen av "
                        "studietilbudene.", body),
              Paragraph("Kontakt: seniorrådgiver Lars Eide, UHR.", body)]
    doc.build(story)


# ---------------------------------------------------------------------------- Vestland final
def write_vestland_final(spec, path):
    fonts()
    h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=15, leading=19, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, spaceBefore=10,
                        spaceAfter=4)
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=5)
    note = ParagraphStyle("n", parent=body, fontName="DV-I", textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("c", fontName="DV", fontSize=7.5, leading=9.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DV-B")
    story = [Paragraph("Vestland fylkeskommune", h2),
             Paragraph("Rapportering til Kompetansepolitisk råd – rapporteringsåret 2055", h1),
             Paragraph("Endeleg versjon, 3. februar 2056. Denne versjonen erstattar utkastet "
                       "(versjon 0.3) som vart sendt 14. januar 2056.", note),
             Paragraph("1 Innleiing", h2),
             Paragraph("Vestland fylkeskommune har eit lovpålagt ansvar for å samordne det regionale "
                       "kompetansearbeidet. Rapporten gjer greie for tiltak der fylkeskommunen har "
                       "vore ansvarleg eller aktiv partnar i 2055. Tiltaka er plasserte under eitt "
                       "delmål kvar, sjølv om fleire av dei verkar inn på fleire delmål.", body),
             Paragraph("2 Regionalt kompetansearbeid i Vestland", h2),
             Paragraph("Arbeidsmarknaden i Vestland var stram gjennom heile 2055. Havbruk, "
                       "reiseliv, helse og industri melde om mangel på fagarbeidarar, og "
                       "etterspurnaden etter fleksibel opplæring for vaksne auka. Fylkeskommunen "
                       "har difor prioritert tiltak som kombinerer arbeid og opplæring, og tiltak "
                       "som gjer karriererettleiing tilgjengeleg utanfor byane.", body),
             Paragraph("Samarbeidet med partane i arbeidslivet går i hovudsak gjennom Regionalt "
                       "kompetanseforum Vestland og Yrkesopplæringsnemnda. Begge organa har hatt "
                       "jamlege møte, og fleire av tiltaka nedanfor har sitt utspring i desse "
                       "forumma. Fylkestinget handsama den regionale kompetansestrategien på nytt i "
                       "juni 2055, og tiltaka er forankra i handlingsprogrammet til strategien.",
                       body),
             Paragraph("Rapporten er utarbeidd av seksjon for kompetanse og næring i samarbeid med "
                       "seksjon for fagopplæring og Karriere Vestland.", body),
             Paragraph("3 Tiltak i 2055", h2)]
    heads = ["Nr.", "Tiltak", "Delmål", "Type", "Ansvarleg", "Samarbeid", "Skildring"]
    data = [[Paragraph(h, cellb) for h in heads]]
    for i, row in enumerate(spec["rows"], 1):
        data.append([Paragraph(str(i), cell), Paragraph(esc(row["tiltak"]), cell),
                     Paragraph(row["delmal"], cell), Paragraph(esc(row["label"]), cell),
                     Paragraph(esc(row["ans"]), cell), Paragraph(esc(row["sam"]), cell),
                     Paragraph(esc(row["desc"]), cell)])
    t = LongTable(data, colWidths=[0.7 * cm, 3.6 * cm, 1.3 * cm, 2.75 * cm, 2.4 * cm, 2.9 * cm,
                                   4.15 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [t, Spacer(1, 12),
              Paragraph("4 Vidare arbeid", h2),
              Paragraph("I 2056 vil fylkeskommunen særleg følgje opp Praksisløftet Vestland og "
                        "Kompetansedagen. Spørsmål om rapporten kan rettast til rådgjevar Solveig "
                        "Nesse.", body)]

    def page(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, 1.1 * cm, "Vestland fylkeskommune – rapportering 2055 – endeleg versjon")
        c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Side %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            **_meta({}, "Rapportering 2055 endeleg", "Vestland fylkeskommune"))
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------- non-report: notice
def write_innkalling(spec, path):
    fonts()
    h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=15, leading=19, spaceAfter=8)
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=14, spaceAfter=6)
    cell = ParagraphStyle("c", fontName="DV", fontSize=9.5, leading=12.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DV-B")
    story = [Paragraph("Direktoratet for høyere utdanning og kompetanse – sekretariatet for "
                       "Kompetansepolitisk råd", body),
             Paragraph("Innkalling til møte i Kompetansepolitisk råd", h1),
             Paragraph("Tid: torsdag 12. mars 2056 kl. 10.00–15.00<br/>Sted: Kunnskapsdepartementet, "
                       "Kirkegata 18, Oslo, og digitalt", body),
             Paragraph("Til rådets medlemmer og observatører. Saksdokumenter sendes ut senest en "
                       "uke før møtet. Meld forfall til sekretariatet.", body),
             Spacer(1, 6)]
    agenda = [("Sak 1/56", "Godkjenning av innkalling og dagsorden", "Vedtakssak"),
              ("Sak 2/56", "Orientering fra Kompetansebehovsutvalget (KBU) om hovedrapporten 2055",
               "Orientering"),
              ("Sak 3/56", "Oppsummering av medlemmenes rapportering for 2055 – foreløpige tall",
               "Drøfting"),
              ("Sak 4/56", "DigiLøft – erfaringer så langt, presentasjon ved partene", "Orientering"),
              ("Sak 5/56", "Praksisløftet – bør ordningen utvides til flere sektorer?", "Drøfting"),
              ("Sak 6/56", "Møteplan for rådet 2056–2057", "Vedtakssak"),
              ("Sak 7/56", "Eventuelt", "")]
    data = [[Paragraph("Sak", cellb), Paragraph("Tema", cellb), Paragraph("Sakstype", cellb)]]
    data += [[Paragraph(a, cell), Paragraph(esc(b), cell), Paragraph(c, cell)] for a, b, c in agenda]
    t = Table(data, colWidths=[2.2 * cm, 10.5 * cm, 3.3 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 14),
              Paragraph("Lunsj serveres kl. 12.00. Digital deltakelse skjer via lenke som sendes "
                        "ut sammen med saksdokumentene.", body),
              Paragraph("Med vennlig hilsen<br/>sekretariatet for Kompetansepolitisk råd", body)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm,
                            **_meta({}, "Innkalling til møte i Kompetansepolitisk råd",
                                    "Sekretariatet"))
    doc.build(story)
