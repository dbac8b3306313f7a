"""01 Regjeringen (KD) - PDF (reportlab): framed fact boxes laid out in a two-column grid."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from .common import register_fonts, truth_row, xesc

FILE = "01_Regjeringen_KD_rapport_kompetansepolitisk_rad_2068.pdf"
MEMBER = "Regjeringen"
FORMAT = "PDF (reportlab, invariant)"
SHAPE = ("Ministry report laid out as framed «faktabokser» in a two-column grid (boxes read row by row); "
         "each box: shaded title bar, Delmål / Virkemiddel / Ansvar / Med lines, text; a grey «Planlagt 2069» box "
         "and a closing note on measures finished in 2067")

# (seed, delmal, type, title, virkemiddel, ansvar, med, text)
BOXES = [
    ("M01", "1.1", "Råd/utvalg/nettverk", "Kompetansebehovsutvalget (KBU)", "Utvalg",
     "Kunnskapsdepartementet (leder og sekretariat)", "partene i arbeidslivet, forskere og analytikere",
     "KD leder utvalget og har sekretariatet. KBU la i juni 2068 fram sin årlige rapport, denne gangen "
     "med vekt på kompetansebehovet i helse- og omsorgssektoren og i bygg og anlegg."),
    ("U0101", "3.1", "Prosjekt", "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne", "Forsøk",
     "Kunnskapsdepartementet", "fylkeskommunene",
     "Forsøket ble i 2068 utvidet til tolv fylkeskommuner og omfattet om lag 2 400 deltakere. "
     "Opplæringen er bygd opp av moduler som kan tas i eget tempo ved siden av jobb."),
    ("M05", "1.4", "Råd/utvalg/nettverk", "Nasjonalt fagskoleråd", "Råd",
     "Kunnskapsdepartementet", "Fagskolerådet, fylkeskommunene og partene",
     "Departementet oppnevnte nytt råd for perioden 2068–2071 og møter som observatør. Rådet har i år "
     "særlig drøftet styringen av de fylkeskommunale fagskolene."),
    ("U0102", "3.2", "Kurs/utdanning", "Kompetansepluss arbeid – utlysning 2068", "Tilskudd",
     "KD / HK-dir", "",
     "Ordningen ble lyst ut med 210 mill. kroner. Det ble gitt tilskudd til kurs i lesing, skriving, regning "
     "og digitale ferdigheter for ansatte i 640 virksomheter, hvorav 31 i samiske områder."),
    ("J07", "2.2", "FoU", "Læring i arbeidslivet – kartlegging 2068 (LIA 2068)", "Utredning",
     "Kunnskapsdepartementet", "SSB og UHR",
     "Ny runde av undersøkelsen om læring i arbeidslivet ble gjennomført høsten 2068, med et eget utvalg "
     "av små virksomheter. Resultatene publiseres våren 2069."),
    ("U0103", "1.3", "Informasjon", "Nettbasert karriereveiledning", "Digital tjeneste",
     "KD / HK-dir", "",
     "Den nasjonale nettjenesten for karriereveiledning ble utvidet med chat på kveldstid og veiledning "
     "på nordsamisk, lulesamisk og sørsamisk."),
    ("U0104", "2.6", "Prosjekt", "Heldigital søknad om godkjenning av utenlandsk fagutdanning",
     "Digitalisering", "Arbeids- og inkluderingsdepartementet", "HK-dir",
     "Saksbehandlingstiden for godkjenning av utenlandsk fag- og yrkesopplæring ble redusert fra 14 til "
     "seks uker etter at søknadsløsningen ble heldigital."),
]

PLAN_BOX = ("Planlagt 2069", "Pilot: karriereveiledning i arbeidslivet",
            "Departementet tar sikte på å starte en pilot med karriereveiledning for ansatte i små "
            "virksomheter i 2069. Piloten er ikke igangsatt og rapporteres neste år.")


def _styles():
    register_fonts()
    base = "DejaVuSans"
    return {
        "title": ParagraphStyle("t", fontName=base + "-Bold", fontSize=17, leading=21, spaceAfter=4,
                                textColor=colors.HexColor("#1F3864")),
        "sub": ParagraphStyle("s", fontName=base, fontSize=9.5, leading=12, textColor=colors.HexColor("#555555"),
                              spaceAfter=10),
        "body": ParagraphStyle("b", fontName=base, fontSize=9.5, leading=13, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=base + "-Bold", fontSize=11.5, leading=14, spaceBefore=8,
                             spaceAfter=5, textColor=colors.HexColor("#1F3864")),
        "boxtitle": ParagraphStyle("bt", fontName=base + "-Bold", fontSize=9, leading=11,
                                   textColor=colors.white),
        "boxtitle_plan": ParagraphStyle("btp", fontName=base + "-Bold", fontSize=9, leading=11,
                                        textColor=colors.HexColor("#333333")),
        "label": ParagraphStyle("l", fontName=base, fontSize=7.6, leading=9.6,
                                textColor=colors.HexColor("#333333")),
        "boxtext": ParagraphStyle("bx", fontName=base, fontSize=8, leading=10.4),
        "small": ParagraphStyle("sm", fontName=base, fontSize=7.5, leading=9.5,
                                textColor=colors.HexColor("#666666")),
    }


def _box(st, b, width):
    seed, delmal, typ, title, virk, ansvar, med, text = b
    rows = [[Paragraph(xesc(title), st["boxtitle"])]]
    lines = "<b>Delmål:</b> %s<br/><b>Virkemiddel:</b> %s<br/><b>Ansvar:</b> %s" % (
        xesc(delmal), xesc(virk), xesc(ansvar))
    if med:
        lines += "<br/><b>Med:</b> %s" % xesc(med)
    rows.append([Paragraph(lines, st["label"])])
    rows.append([Paragraph(xesc(text), st["boxtext"])])
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E5C8A")),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#EAF0F6")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2E5C8A")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def _plan_box(st, width):
    head, title, text = PLAN_BOX
    rows = [[Paragraph(xesc(head + ": " + title), st["boxtitle_plan"])],
            [Paragraph(xesc(text), st["boxtext"])]]
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#999999")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#999999")),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def _on_page(canv, doc):
    canv.saveState()
    canv.setFont("DejaVuSans", 7.5)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(20 * mm, 12 * mm, "Kunnskapsdepartementet · Rapport til Kompetansepolitisk råd 2068")
    canv.drawRightString(190 * mm, 12 * mm, "Side %d" % doc.page)
    canv.restoreState()


def build(outdir):
    st = _styles()
    path = os.path.join(outdir, FILE)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Regjeringens rapport 2068",
                          author="Kunnskapsdepartementet", creator="", producer="", subject="")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=_on_page)])
    story = [
        Paragraph("Regjeringens rapportering til Kompetansepolitisk råd – 2068", st["title"]),
        Paragraph("Kunnskapsdepartementet, på vegne av KD, AID og KDD · Oslo, februar 2069 · "
                  "Vår ref. 68/4471", st["sub"]),
        Paragraph("Regjeringen rapporterer her på tiltak under Nasjonal kompetansepolitisk strategi som "
                  "departementene har hatt ansvar for eller deltatt i gjennom 2068. Hvert tiltak er "
                  "beskrevet i en faktaboks. Boksene leses radvis fra venstre mot høyre. Tall er foreløpige "
                  "per 31. januar 2069.", st["body"]),
        Paragraph("Tiltak i 2068", st["h2"]),
    ]
    gap = 6 * mm
    colw = (doc.width - gap) / 2.0
    boxes = [_box(st, b, colw) for b in BOXES] + [_plan_box(st, colw)]
    for i in range(0, len(boxes), 2):
        pair = boxes[i:i + 2]
        if len(pair) == 1:
            pair.append("")
        grid = Table([[pair[0], "", pair[1]]], colWidths=[colw, gap, colw])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        story.append(KeepTogether([grid, Spacer(1, 5 * mm)]))
    story += [
        Paragraph("Tiltak avsluttet i 2067", st["h2"]),
        Paragraph("Kompetanseløftet for vekst i distriktene og tilskuddsordningen for bransjeprogram i "
                  "reiselivet ble avsluttet i 2067 og er rapportert i fjorårets rapport. De omtales derfor "
                  "ikke her.", st["body"]),
        Paragraph("Kontakt", st["h2"]),
        Paragraph("Spørsmål om rapporten kan rettes til Kompetansepolitisk seksjon i Kunnskapsdepartementet. "
                  "Departementet takker for et godt samarbeid i rådet i 2068.", st["body"]),
    ]
    doc.build(story)
    rows = []
    for seed, delmal, typ, title, virk, ansvar, med, text in BOXES:
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, title, ansvar, med, text))
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
